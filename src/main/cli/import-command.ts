import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ApiError } from '../../shared/api/api-error';
import { webHref } from '../../shared/export/safe-url';
import { readArticlePage, type ArticlePage } from '../../shared/html-import/article-page';
import { IMAGE_TYPE, imageFileName, type SerializedImageNode } from '../../shared/nodes/custom-nodes';
import { storeImageFile } from '../images/store-image';
import { importArticlePage } from '../import/import-page';
import { keepPicturesInProfile } from '../import/pictures-in-profile';
import { importLeadImage, type ImportedLeadImage } from '../import/import-lead-image';
import { prepareWordStory, saveWordStory, type PreparedWordStory } from '../import/import-word';
import type { UpdateRequest, UpdateWording } from '../import/slug-match';
import { readStoryFileKind } from '../import/story-file-kind';
import type { Store } from '../store/store';
import { defineCommand, jsonOption, type CliOptions, type CommandArgs } from './cli-command';
import { CliError, EXIT, usageError, type CliIo, type ExitCode } from './cli-io';
import { withOperations } from './cli-profile';

type Imported = { file: string; id: string; slug: string; headline: string; action: 'created' | 'updated'; warnings: string[] };

/** A file read for import: a web page, or a Word document converted with its pictures already in the images folder. */
type Loaded = { file: string; page: ArticlePage; word?: never } | { file: string; word: PreparedWordStory; page?: never };

/** The command line asks for an update with its flags; --replace names the story, so a script never replaces a published one by chance. */
const CLI_WORDING: UpdateWording = {
  update: () => 'import it again with --update',
  replace: (match) => `import it again with --replace ${match.slug}`,
};

/**
 * `copydesk import`: each HTML file or Word document becomes a story
 * (docs/html-import.md, docs/word-import.md), told apart by its bytes: a
 * page whose slug is a live story's comes in as a new draft with a warning,
 * unless --update (a draft) or --replace SLUG (any story) asks to update it,
 * keeping a revision (chooseImportTarget); a Word document is always a new
 * story; all of the files or, on any error, none.
 */
async function importFiles({ values, positionals }: CommandArgs<typeof IMPORT_OPTIONS>, io: CliIo): Promise<ExitCode> {
  if (positionals.length === 0) throw usageError('Name the HTML or Word files to import, e.g. copydesk import story.html or copydesk import piece.docx.', 'import');
  const files = positionals.map((file) => resolve(file));

  return withOperations(values.profile, io.env, async (operations) => {
    const { context: { store, settings, profileDir }, paths } = operations;
    let imagesBrought = 0;
    const section = values.section;
    if (section !== undefined && !settings.sections.some((s) => s.name === section)) {
      throw usageError(`Unknown section "${section}". The sections are: ${settings.sections.map((s) => s.name).join(', ')}.`, 'import');
    }
    const baseUrl = values['base-url'];
    if (baseUrl !== undefined && webHref(baseUrl) === null) {
      throw usageError(`--base-url must be the page's http or https address, e.g. https://www.example.org/news/story; got "${baseUrl}".`, 'import');
    }
    const update = updateRequest(values);
    const loaded = await loadFiles(files, baseUrl, paths.images);
    const pages = loaded.filter((entry): entry is Loaded & { page: ArticlePage } => entry.page !== undefined);
    let imported: Imported[];
    try {
      checkReplacedSlugs(store, values.replace ?? [], pages);
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
            const { story, action, notes } = importArticlePage(store, settings, page, CLI_WORDING, { section, update, leadImage });
            const warnings = [...page.warnings.map((w) => w.message), ...kept.notes, ...notes, ...(lead.warning === null ? [] : [lead.warning])];
            return { file, id: story.id, slug: story.slug, headline: story.headline, action, warnings };
          } catch (error) {
            const why = error instanceof ApiError || error instanceof Error ? error.message : String(error);
            throw new CliError(EXIT.data, `${entry.file} could not be imported: ${why.replace(/\.$/, '')}. Nothing was imported.`);
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

/** --update and --replace ask to update matched stories; --as-new (the default, kept for older scripts) cannot go with them. */
function updateRequest(values: { 'as-new': boolean; update: boolean; replace?: string[] }): UpdateRequest {
  const replace = values.replace ?? [];
  if (values['as-new'] && (values.update || replace.length > 0)) {
    throw usageError('--as-new cannot go with --update or --replace: choose whether the pages update stories or come in as new ones.', 'import');
  }
  return { drafts: values.update, named: new Set(replace) };
}

/** Each --replace SLUG must name a live story that one of the pages carries the slug of: a mistyped slug replaces nothing silently. */
function checkReplacedSlugs(store: Store, slugs: readonly string[], pages: readonly { page: ArticlePage }[]): void {
  for (const slug of slugs) {
    if (store.findStoryIdBySlug(slug) === undefined) {
      throw usageError(`--replace ${slug}: no story in the library has that slug. Check it with copydesk list; nothing was imported.`, 'import');
    }
    if (!pages.some(({ page }) => page.own && page.slug === slug)) {
      throw usageError(`--replace ${slug}: none of the pages given is that story's page (none carries its slug); nothing was imported.`, 'import');
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
    store.recordImage(stored);
    count += 1;
  }
  return count;
}

const IMPORT_OPTIONS = {
  section: {
    type: 'string',
    value: 'NAME',
    help: "the section of the stories (default: the page's own section when the settings have it, else the first in the settings)",
  },
  update: {
    type: 'boolean',
    default: false,
    help: "a page whose slug is a draft's (in edit or draft, never exported) updates it; refused (nothing imported) when that story is ready or has been exported",
  },
  replace: {
    type: 'string',
    multiple: true,
    value: 'SLUG',
    help: 'the page carrying this slug replaces that story, even a ready or exported one (repeat for more)',
  },
  'as-new': { type: 'boolean', default: false, help: 'new drafts only (the default; cannot go with --update or --replace)' },
  'base-url': {
    type: 'string',
    value: 'URL',
    help: "where the saved page came from, for its relative links (default: the page's own <base> or canonical URL; without any, relative links keep only their text)",
  },
  json: jsonOption('{ "imported": [ { "file", "id", "slug", "headline", "action" ("created" or "updated"), "warnings" } ] }'),
} as const satisfies CliOptions;

export const importCommand = defineCommand({
  name: 'import',
  summary: 'Make stories from web pages and Word documents',
  usage: ['import FILE.html|FILE.docx ... [--section NAME] [--update] [--replace SLUG] [--base-url URL] [--json] [--profile DIR]'],
  arguments: [{ name: 'FILE ...', help: 'HTML files (.html) and Word documents (.docx), told apart by their contents' }],
  options: IMPORT_OPTIONS,
  notes: `A Copydesk export comes back as the story it was: headline, standfirst, section, slug, social
headline and description, publish date, tags, bylines (matched to the author directory by name, new
names added to it), lead image, body with its pull-quotes, images and end mark, bio and related
stories; its pictures are copied in from the images/ folder beside it (a lead image whose picture
is neither there nor in the profile is left out with a warning). A page whose slug is a live story's
comes in as a new draft under a free slug (slug-2), with a warning naming that story; it updates the
story only with --update or --replace SLUG, keeping its previous version as a revision. A related link
whose URL is a story in the store becomes a link to that story. Another site's page gives its
h1, standfirst (a standfirst/dek/summary element, else the description), bylines (schema.org,
rel="author" or a byline element), the main content as the body (its pull-quotes and end mark
too; site furniture left out), a closing author bio and its aside of related links
(docs/html-import.md). A Word document is always a new story: its Title is the headline, its
Subtitle (or a short first paragraph in italic) the standfirst, and its headings, bold, italic,
links, lists, tables and pictures the body, with tracked changes accepted and comments left out
(docs/word-import.md). What a file is comes from its contents, not its name; anything else (a PDF,
a picture, an old .doc, a password-protected or damaged document) is refused. What could not be
kept is listed on stderr as warnings. All the files are imported in one go: if one cannot be read
or stored, none is.`,
  run: importFiles,
});

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
