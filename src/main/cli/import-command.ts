import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ApiError } from '../../shared/api/api-error';
import { webHref } from '../../shared/export/safe-url';
import { readArticlePage, type ArticlePage } from '../../shared/html-import/article-page';
import { IMAGE_TYPE, imageFileName, type SerializedImageNode } from '../../shared/nodes/custom-nodes';
import { storeImageFile } from '../images/store-image';
import { importArticlePage } from '../import/import-page';
import { keepPicturesInProfile } from '../import/pictures-in-profile';
import { importLeadImage, type ImportedLeadImage } from '../import/import-lead-image';
import { prepareWordStory, saveWordStory, type PreparedWordStory } from '../import/import-word';
import { readStoryFileKind } from '../import/story-file-kind';
import type { Store } from '../store/store';
import { CliError, EXIT, usageError, type CliIo, type ExitCode } from './cli-io';
import { cliProfileDir, withProfile } from './cli-profile';
import { IMPORT_HELP } from './help-text';

type Imported = { file: string; id: string; slug: string; headline: string; action: 'created' | 'updated'; warnings: string[] };

/** A file read for import: a web page, or a Word document converted with its pictures already in the images folder. */
type Loaded = { file: string; page: ArticlePage; word?: never } | { file: string; word: PreparedWordStory; page?: never };

/**
 * `copydesk import`: each HTML file or Word document becomes a story
 * (docs/html-import.md, docs/word-import.md), told apart by its bytes: a
 * page whose slug is a live story's updates it, keeping a revision, unless
 * --as-new; a Word document is always a new story; all of the files or, on
 * any error, none.
 */
export async function importCommand(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs(args);
  if (values.help) {
    io.stdout(IMPORT_HELP);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw usageError('Name the HTML or Word files to import, e.g. copydesk import story.html or copydesk import piece.docx.', 'import');
  const files = positionals.map((file) => resolve(file));

  return withProfile(cliProfileDir(values.profile, io.env), async ({ store, settings, paths, profileDir }) => {
    let imagesBrought = 0;
    const section = values.section;
    if (section !== undefined && !settings.sections.some((s) => s.name === section)) {
      throw usageError(`Unknown section "${section}". The sections are: ${settings.sections.map((s) => s.name).join(', ')}.`, 'import');
    }
    const baseUrl = values['base-url'];
    if (baseUrl !== undefined && webHref(baseUrl) === null) {
      throw usageError(`--base-url must be the page's http or https address, e.g. https://www.example.org/news/story; got "${baseUrl}".`, 'import');
    }
    const loaded = await loadFiles(files, baseUrl, paths.images);
    const pages = loaded.filter((entry): entry is Loaded & { page: ArticlePage } => entry.page !== undefined);
    let imported: Imported[];
    try {
      // Pictures exported beside the page (images/<sha256>.<ext>) come into the profile first, so the stories find them.
      const broughtImages = new Map<string, number>();
      const leadImages = new Map<string, ImportedLeadImage>();
      for (const { file, page } of pages) {
        broughtImages.set(file, await bringImages(store, paths.images, file, page));
        leadImages.set(file, await importLeadImage(page.leadImage, file, store, profileDir));
      }
      imported = store.runInTransaction(() =>
        loaded.map((entry): Imported => {
          try {
            if (entry.word !== undefined) {
              const story = saveWordStory(store, settings, entry.word, section);
              return { file: entry.file, id: story.id, slug: story.slug, headline: story.headline, action: 'created', warnings: entry.word.notes };
            }
            const { file } = entry;
            const kept = keepPicturesInProfile(store, entry.page, 'Put the images folder exported with the page beside it and import again, or add the pictures in the editor.');
            const page = kept.page;
            const lead = leadImages.get(file)!;
            if (lead.record !== null) store.recordImage(lead.record);
            const leadImage = page.leadImage === null ? null : (lead.change ?? undefined);
            const { story, action, notes } = importArticlePage(store, settings, page, { section, asNew: values['as-new'], leadImage });
            const warnings = [...page.warnings.map((w) => w.message), ...kept.notes, ...notes, ...(lead.warning === null ? [] : [lead.warning])];
            return { file, id: story.id, slug: story.slug, headline: story.headline, action, warnings };
          } catch (error) {
            const why = error instanceof ApiError || error instanceof Error ? error.message : String(error);
            throw new CliError(EXIT.data, `${entry.file} could not be imported: ${why}. Nothing was imported.`);
          }
        }),
      );
      imagesBrought = [...broughtImages.values()].reduce((sum, n) => sum + n, 0);
    } catch (error) {
      for (const entry of loaded) await entry.word?.discard();
      throw error;
    }
    for (const entry of imported) {
      for (const warning of entry.warnings) io.stderr(`${basename(entry.file)}: warning: ${warning}\n`);
    }
    if (values.json) {
      io.stdout(`${JSON.stringify({ imported })}\n`);
    } else {
      for (const entry of imported) io.stdout(`${entry.id}\t${entry.file}\t${entry.headline}\n`);
      const created = imported.filter((entry) => entry.action === 'created').length;
      const updated = imported.length - created;
      const images = imagesBrought + loaded.reduce((sum, entry) => sum + (entry.word?.pictures.length ?? 0), 0);
      io.stderr(
        `Imported ${imported.length} ${imported.length === 1 ? 'story' : 'stories'}: ${created} new, ${updated} updated (each keeps its previous version as a revision)${images > 0 ? `, with ${images} ${images === 1 ? 'picture' : 'pictures'}` : ''}.\n`,
      );
    }
    return EXIT.ok;
  });
}

/** Copies the body's pictures found beside the page into the profile; how many were found. */
async function bringImages(store: Store, imagesDir: string, file: string, page: ArticlePage): Promise<number> {
  let count = 0;
  for (const node of page.body.root.children) {
    if (node.type !== IMAGE_TYPE) continue;
    const source = join(dirname(file), imageFileName(node as unknown as SerializedImageNode));
    if (!existsSync(source)) continue;
    const stored = await storeImageFile(imagesDir, { fileName: basename(source), bytes: readFileSync(source) });
    store.recordImage(stored);
    count += 1;
  }
  return count;
}

function parseCommandArgs(args: string[]) {
  try {
    return parseArgs({
      args,
      options: {
        section: { type: 'string' },
        'as-new': { type: 'boolean', default: false },
        'base-url': { type: 'string' },
        json: { type: 'boolean', default: false },
        profile: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw usageError((error as Error).message, 'import');
  }
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
      const kind = await refusedAsCliError(() => readStoryFileKind(basename(file), bytes));
      if (kind.kind === 'html') {
        loaded.push({ file, page: readArticlePage(kind.text, baseUrl === undefined ? {} : { baseUrl }) });
      } else {
        loaded.push({ file, word: await refusedAsCliError(() => prepareWordStory({ fileName: basename(file), bytes, zip: kind.zip, imagesDir })) });
      }
    }
  } catch (error) {
    for (const entry of loaded) await entry.word?.discard();
    throw error;
  }
  return loaded;
}

async function refusedAsCliError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ApiError) throw new CliError(EXIT.data, `${error.message} Nothing was imported.`);
    throw error;
  }
}

function readBytes(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const why = code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw new CliError(EXIT.data, `Cannot read ${file}: ${why}. Check the path; nothing was imported.`);
  }
}
