import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ApiError } from '../../shared/api/api-error';
import type { Settings } from '../../shared/settings/settings-schema';
import { readArticlePage, type ArticlePage } from '../../shared/html-import/article-page';
import { IMAGE_TYPE, imageFileName } from '../../nodes/image/image-names';
import type { SerializedImageNode } from '../../nodes/image/image-schema';
import { storeImageFile } from '../images/store-image';
import { profilePaths } from '../profile/profile-dir';
import type { Store } from '../store/store';
import { importArticlePage } from './import-page';
import { importLeadImage, type ImportedLeadImage } from './import-lead-image';
import { prepareWordStory, saveWordStory, type PreparedWordStory } from './import-word';
import { keepPicturesInProfile } from './pictures-in-profile';
import type { UpdateRequest, UpdateWording } from './slug-match';
import { readStoryFileKind } from './story-file-kind';

export type ImportedFile = { file: string; id: string; slug: string; headline: string; action: 'created' | 'updated'; warnings: string[] };

export type ImportFilesRequest = {
  /** Whole paths. */
  files: string[];
  section: string | undefined;
  baseUrl: string | undefined;
  update: UpdateRequest;
};

/** A file read for import: a web page, or a Word document converted with its pictures already in the images folder. */
type Loaded = { file: string; page: ArticlePage; word?: never } | { file: string; word: PreparedWordStory; page?: never };

/** The command line asks for an update with its flags; --replace names the story, so a script never replaces a published one by chance. */
const CLI_WORDING: UpdateWording = {
  update: () => 'import it again with --update',
  replace: (match) => `import it again with --replace ${match.slug}`,
};

/**
 * The command line's import of files by path (docs/html-import.md,
 * docs/word-import.md), told apart by their bytes: a page whose slug is a
 * live story's comes in as a new draft with a warning, unless the request
 * asks to update it (a draft) or names it (any story), keeping a revision
 * (chooseImportTarget); a Word document is always a new story; all of the
 * files or, on any error, none. A named slug that no page carries is refused
 * as invalid_input on the field `replace`.
 */
export async function importFiles(
  context: { store: Store; settings: Settings; profileDir: string },
  request: ImportFilesRequest,
): Promise<{ imported: ImportedFile[]; pictures: number }> {
  const { store, settings, profileDir } = context;
  const imagesDir = profilePaths(profileDir).images;
  const { section, update } = request;
  const loaded = await loadFiles(request.files, request.baseUrl, imagesDir);
  const pages = loaded.filter((entry): entry is Loaded & { page: ArticlePage } => entry.page !== undefined);
  let imported: ImportedFile[];
  let imagesBrought: number;
  try {
    checkReplacedSlugs(store, [...(update.named ?? [])], pages);
    // Pictures exported beside the page (images/<sha256>.<ext>) come into the profile first, so the stories find them.
    const broughtImages = new Map<string, number>();
    const leadImages = new Map<string, ImportedLeadImage>();
    for (const { file, page } of pages) {
      broughtImages.set(file, await bringImages(store, imagesDir, file, page));
      leadImages.set(file, await importLeadImage(page.leadImage, file, store, profileDir));
    }
    imported = store.runInTransaction(() =>
      loaded.map((entry): ImportedFile => {
        try {
          if (entry.word !== undefined) {
            const story = saveWordStory(store, settings, entry.word, section);
            return { file: entry.file, id: story.id, slug: story.slug, headline: story.headline, action: 'created', warnings: entry.word.notes };
          }
          const { file } = entry;
          const kept = keepPicturesInProfile(store, entry.page, 'Put the images folder exported with the page beside it and import again, or add the pictures in the editor.');
          const page = kept.page;
          const lead = leadImages.get(file)!;
          if (lead.record !== null) store.images.record(lead.record);
          const leadImage = page.leadImage === null ? null : (lead.change ?? undefined);
          const { story, action, notes } = importArticlePage(store, settings, page, CLI_WORDING, { section, update, leadImage });
          const warnings = [...page.warnings.map((w) => w.message), ...kept.notes, ...notes, ...(lead.warning === null ? [] : [lead.warning])];
          return { file, id: story.id, slug: story.slug, headline: story.headline, action, warnings };
        } catch (error) {
          const why = error instanceof Error ? error.message : String(error);
          throw new ApiError('rejected', `${entry.file} could not be imported: ${why.replace(/\.$/, '')}. Nothing was imported.`);
        }
      }),
    );
    imagesBrought = [...broughtImages.values()].reduce((sum, n) => sum + n, 0);
  } catch (error) {
    for (const entry of loaded) await entry.word?.discard();
    throw error;
  }
  const pictures = imagesBrought + loaded.reduce((sum, entry) => sum + (entry.word?.pictures.length ?? 0), 0);
  return { imported, pictures };
}

/** Each named slug must be a live story's that one of the pages carries: a mistyped slug replaces nothing silently. */
function checkReplacedSlugs(store: Store, slugs: readonly string[], pages: readonly { page: ArticlePage }[]): void {
  for (const slug of slugs) {
    if (store.findStoryIdBySlug(slug) === undefined) {
      throw new ApiError('invalid_input', `--replace ${slug}: no story in the library has that slug. Check it with copydesk list; nothing was imported.`, 'replace');
    }
    if (!pages.some(({ page }) => page.own && page.slug === slug)) {
      throw new ApiError('invalid_input', `--replace ${slug}: none of the pages given is that story's page (none carries its slug); nothing was imported.`, 'replace');
    }
  }
}

/** Copies the body's pictures found beside the page into the profile; how many were found. */
async function bringImages(store: Store, imagesDir: string, file: string, page: ArticlePage): Promise<number> {
  let count = 0;
  for (const node of page.body.root.children) {
    if (node.type !== IMAGE_TYPE) continue;
    const source = join(dirname(file), imageFileName(node as unknown as SerializedImageNode));
    if (!existsSync(source)) continue;
    const stored = await storeImageFile(imagesDir, { fileName: basename(source), bytes: readFileSync(source) });
    store.images.record(stored);
    count += 1;
  }
  return count;
}

/**
 * Reads every file and tells what it is by its bytes; Word documents are
 * converted and their pictures stored now. On any refusal the pictures
 * already stored are taken back and nothing is imported.
 */
async function loadFiles(files: string[], baseUrl: string | undefined, imagesDir: string): Promise<Loaded[]> {
  const loaded: Loaded[] = [];
  try {
    for (const file of files) {
      const bytes = readBytes(file);
      const kind = await nothingImported(() => readStoryFileKind(basename(file), bytes));
      if (kind.kind === 'html') {
        loaded.push({ file, page: readArticlePage(kind.text, baseUrl === undefined ? {} : { baseUrl }) });
      } else {
        loaded.push({ file, word: await nothingImported(() => prepareWordStory({ fileName: basename(file), bytes, zip: kind.zip, imagesDir })) });
      }
    }
  } catch (error) {
    for (const entry of loaded) await entry.word?.discard();
    throw error;
  }
  return loaded;
}

/** A file refused as a story says so, and that the other files were not imported either. */
async function nothingImported<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ApiError) throw new ApiError(error.code, `${error.message} Nothing was imported.`, error.field);
    throw error;
  }
}

function readBytes(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const why = code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw new ApiError(code === 'ENOENT' ? 'not_found' : 'rejected', `Cannot read ${file}: ${why}. Check the path; nothing was imported.`);
  }
}
