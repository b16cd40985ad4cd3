import { ApiError } from '../../shared/api/api-error';
import type { SlugMatch } from '../../shared/api/contract/import';
import { readArticlePage, type ArticlePage } from '../../shared/html-import/article-page';
import type { Settings } from '../../shared/settings/settings-schema';
import { leadImageChangeSchema, type LeadImageChange, type Story } from '../../shared/story/story-schema';
import type { Store } from '../store/store';
import { importArticlePage } from './import-page';
import { keepPicturesInProfile } from './pictures-in-profile';
import { prepareWordStory, saveWordStory, type ProgressListener } from './import-word';
import { findSlugMatch, type UpdateWording } from './slug-match';
import { readStoryFileKind } from './story-file-kind';

export type StoryFileImport = { story: Story; notes: string[]; action: 'created' | 'updated'; match: SlugMatch | null };

/** The app offers the update beside the note, in the import's result. */
const APP_WORDING: UpdateWording = {
  update: () => 'choose “Update that story instead” in the import’s result',
  replace: () => 'choose “Replace that story…” in the import’s result and confirm',
};

/**
 * A file the app was given (picked or dropped), whatever its name says: a
 * Word document with its pictures, or a web page, as a new story. A page
 * with a live story's slug updates it only when `updateStoryId` names that
 * story (chooseImportTarget); on any error nothing is stored.
 */
export async function importStoryFile(
  context: { store: Store; settings: Settings; imagesDir: string },
  input: { fileName: string; bytes: Uint8Array; updateStoryId?: string },
  onProgress: ProgressListener = () => undefined,
): Promise<StoryFileImport> {
  const { store, settings } = context;
  onProgress({ stage: 'reading', done: 0, total: 0 });
  const file = await readStoryFileKind(input.fileName, input.bytes);
  if (file.kind === 'html') {
    onProgress({ stage: 'saving', done: 0, total: 0 });
    const page = readArticlePage(file.text);
    return store.runInTransaction(() => importPageFromApp(store, settings, page, input));
  }
  if (input.updateStoryId !== undefined) throw notThatStorysPage(input.fileName);
  const prepared = await prepareWordStory({ ...input, zip: file.zip, imagesDir: context.imagesDir }, onProgress);
  onProgress({ stage: 'saving', done: 0, total: 0 });
  try {
    const story = store.runInTransaction(() => saveWordStory(store, settings, prepared));
    return { story, notes: prepared.notes, action: 'created', match: null };
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
function importPageFromApp(store: Store, settings: Settings, page: ArticlePage, input: { fileName: string; updateStoryId?: string }): StoryFileImport {
  const { updateStoryId } = input;
  if (updateStoryId !== undefined && findSlugMatch(store, page.own ? page.slug : '')?.storyId !== updateStoryId) {
    throw notThatStorysPage(input.fileName);
  }
  const kept = keepPicturesInProfile(store, page, 'Import the page with its images folder beside it (copydesk import), or add the pictures in the editor.');
  const notes = [...page.warnings.map((warning) => warning.message), ...kept.notes];
  const leadImage = keptLeadImage(store, page, notes);
  const update = updateStoryId === undefined ? {} : { named: new Set([updateStoryId]) };
  const result = importArticlePage(store, settings, kept.page, APP_WORDING, { update, leadImage });
  return { story: result.story, notes: [...result.notes, ...notes], action: result.action, match: result.match };
}

function notThatStorysPage(fileName: string): ApiError {
  return new ApiError(
    'invalid_input',
    `“${fileName}” is not the page of the story to update: only a web page carrying that story’s slug can update it. Nothing was imported; import it as a new story instead.`,
    'updateStoryId',
  );
}

function keptLeadImage(store: Store, page: ArticlePage, notes: string[]): LeadImageChange | null | undefined {
  const found = page.leadImage;
  if (found === null) return null;
  if (found.kind === 'image' && store.images.has(found.image.sha256)) {
    const change = leadImageChangeSchema.safeParse(found.image);
    if (change.success) return change.data;
  }
  notes.push('The lead image was left out: its picture is not in this profile. Add it in the editor.');
  return undefined;
}
