import { readArticlePage, type ArticlePage } from '../../shared/html-import/article-page';
import type { Settings } from '../../shared/settings/settings-schema';
import { leadImageChangeSchema, type LeadImageChange, type Story } from '../../shared/story/story-schema';
import type { Store } from '../store/store';
import { importArticlePage } from './import-page';
import { keepPicturesInProfile } from './pictures-in-profile';
import { prepareWordStory, saveWordStory, type ProgressListener } from './import-word';
import { readStoryFileKind } from './story-file-kind';

export type StoryFileImport = { story: Story; notes: string[] };

/**
 * A file the app was given (picked or dropped) as a NEW story, whatever its
 * name says: a Word document with its pictures, or a web page. It never
 * updates an existing story; on any error nothing is stored.
 */
export async function importStoryFile(
  context: { store: Store; settings: Settings; imagesDir: string },
  input: { fileName: string; bytes: Uint8Array },
  onProgress: ProgressListener = () => undefined,
): Promise<StoryFileImport> {
  const { store, settings } = context;
  onProgress({ stage: 'reading', done: 0, total: 0 });
  const file = await readStoryFileKind(input.fileName, input.bytes);
  if (file.kind === 'html') {
    onProgress({ stage: 'saving', done: 0, total: 0 });
    return store.runInTransaction(() => importPageAsNew(store, settings, readArticlePage(file.text)));
  }
  const prepared = await prepareWordStory({ ...input, zip: file.zip, imagesDir: context.imagesDir }, onProgress);
  onProgress({ stage: 'saving', done: 0, total: 0 });
  try {
    const story = store.runInTransaction(() => saveWordStory(store, settings, prepared));
    return { story, notes: prepared.notes };
  } catch (error) {
    await prepared.discard();
    throw error;
  }
}

/**
 * A page from the app has no folder beside it to bring pictures from: its
 * lead and body images are kept when this profile has them already, the
 * others left out with a note.
 */
function importPageAsNew(store: Store, settings: Settings, page: ArticlePage): StoryFileImport {
  const kept = keepPicturesInProfile(store, page, 'Import the page with its images folder beside it (copydesk import), or add the pictures in the editor.');
  const notes = [...page.warnings.map((warning) => warning.message), ...kept.notes];
  const leadImage = keptLeadImage(store, page, notes);
  const result = importArticlePage(store, settings, kept.page, { asNew: true, leadImage });
  return { story: result.story, notes: [...notes, ...result.notes] };
}

function keptLeadImage(store: Store, page: ArticlePage, notes: string[]): LeadImageChange | null | undefined {
  const found = page.leadImage;
  if (found === null) return null;
  if (found.kind === 'image' && store.hasImage(found.image.sha256)) {
    const change = leadImageChangeSchema.safeParse(found.image);
    if (change.success) return change.data;
  }
  notes.push('The lead image was left out: its picture is not in this profile. Add it in the editor.');
  return undefined;
}
