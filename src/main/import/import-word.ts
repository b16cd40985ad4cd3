import type JSZip from 'jszip';
import { ApiError } from '../../shared/api/api-error';
import type { ImportProgress } from '../../shared/api/contract/import';
import { IMAGE_TYPE } from '../../nodes/image/image-names';
import type { Settings } from '../../shared/settings/settings-schema';
import { storyChangesSchema, type Story, type StoryBody } from '../../shared/story/story-schema';
import type { StoredImage } from '../images/store-image';
import type { Store } from '../store/store';
import { WordPictures } from './word-pictures';
import { wordPictureCount, wordRevisionNotes } from './word-revisions';
import { wordStory, type WordStory } from './word-story';
import { wordToHtml } from './word-to-html';

export type ProgressListener = (progress: ImportProgress) => void;

/** A Word document converted, its pictures in the images folder but nothing recorded yet. */
export type PreparedWordStory = {
  story: WordStory;
  pictures: StoredImage[];
  notes: string[];
  /** Takes the pictures this import wrote back out of the images folder, when the story is not saved after all. */
  discard: () => Promise<void>;
};

/**
 * Converts a Word document (the zip readStoryFileKind opened) and stores its
 * pictures; saveWordStory then records the story. On failure nothing is left
 * in the images folder.
 */
export async function prepareWordStory(
  input: { fileName: string; bytes: Uint8Array; zip: JSZip; imagesDir: string },
  onProgress: ProgressListener = () => undefined,
): Promise<PreparedWordStory> {
  onProgress({ stage: 'converting', done: 0, total: 0 });
  const revisionNotes = await wordRevisionNotes(input.zip);
  const pictures = new WordPictures(input.imagesDir, await wordPictureCount(input.zip), (done, total) =>
    onProgress({ stage: 'storing-images', done, total }),
  );
  try {
    let converted;
    try {
      converted = await wordToHtml(input.bytes, pictures.convert);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new ApiError('invalid_input', `“${input.fileName}” is a damaged Word document and could not be read (${why}). Open it in Word, save it again and import the new copy.`, 'bytes');
    }
    const story = wordStory(converted.html);
    const used = picturesIn(story.body);
    await pictures.removeUnused(used);
    const notes = [...revisionNotes, ...story.notes, ...converted.notes, ...unique(story.warnings.map((w) => w.message))];
    const leftOut = pictures.leftOutNote();
    if (leftOut !== null) notes.push(leftOut);
    return { story, pictures: pictures.records(used), notes, discard: () => pictures.removeUnused() };
  } catch (error) {
    await pictures.removeUnused();
    throw error;
  }
}

/** Records the pictures and saves the story as a new draft; call inside a transaction, and discard the prepared story if it throws. */
export function saveWordStory(store: Store, settings: Settings, prepared: PreparedWordStory, section?: string): Story {
  for (const picture of prepared.pictures) store.images.record(picture);
  const { headline, standfirst, body } = prepared.story;
  const changes = storyChangesSchema.safeParse({ headline, standfirst, body });
  if (!changes.success) {
    const issue = changes.error.issues[0];
    throw new ApiError('invalid_input', `The document does not fit a story: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim());
  }
  const created = store.createStory({ section: section ?? settings.sections[0]!.name, headline });
  store.saveStory(created.id, created.revision, changes.data);
  return store.getStory(created.id);
}

function picturesIn(body: StoryBody): Set<string> {
  const used = new Set<string>();
  for (const node of body.root.children) {
    if (node.type === IMAGE_TYPE) used.add((node as unknown as { sha256: string }).sha256);
  }
  return used;
}

function unique(messages: string[]): string[] {
  return [...new Set(messages)];
}
