import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ApiError } from '../../shared/api/api-error';
import { webHref } from '../../shared/export/safe-url';
import { readArticlePage, type ArticlePage } from '../../shared/html-import/article-page';
import { IMAGE_TYPE, imageFileName, type SerializedImageNode } from '../../shared/nodes/custom-nodes';
import { storeImageFile } from '../images/store-image';
import { importArticlePage } from '../import/import-page';
import { importLeadImage, type ImportedLeadImage } from '../import/import-lead-image';
import type { Store } from '../store/store';
import { CliError, EXIT, usageError, type CliIo, type ExitCode } from './cli-io';
import { cliProfileDir, withProfile } from './cli-profile';
import { IMPORT_HELP } from './help-text';

/** Files larger than this are not stories (the store's body limit is 20 MB of JSON). */
const MAX_FILE_BYTES = 32 * 1024 * 1024;

type Imported = { file: string; id: string; slug: string; headline: string; action: 'created' | 'updated'; warnings: string[] };

/**
 * `copydesk import`: each HTML file becomes a story (docs/html-import.md):
 * a page whose slug is a live story's updates it, keeping a revision, unless
 * --as-new; all of the files or, on any error, none.
 */
export async function importCommand(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs(args);
  if (values.help) {
    io.stdout(IMPORT_HELP);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw usageError('Name the HTML files to import, e.g. copydesk import story.html.', 'import');
  const files = positionals.map((file) => resolve(file));

  return withProfile(cliProfileDir(values.profile, io.env), async ({ store, settings, paths, profileDir }) => {
    const section = values.section;
    if (section !== undefined && !settings.sections.some((s) => s.name === section)) {
      throw usageError(`Unknown section "${section}". The sections are: ${settings.sections.map((s) => s.name).join(', ')}.`, 'import');
    }
    const baseUrl = values['base-url'];
    if (baseUrl !== undefined && webHref(baseUrl) === null) {
      throw usageError(`--base-url must be the page's http or https address, e.g. https://www.example.org/news/story; got "${baseUrl}".`, 'import');
    }
    const pages = files.map((file) => ({ file, page: readStoryFile(file, baseUrl) }));
    // Pictures exported beside the page (images/<sha256>.<ext>) come into the profile first, so the stories find them.
    const broughtImages = new Map<string, number>();
    const leadImages = new Map<string, ImportedLeadImage>();
    for (const { file, page } of pages) {
      broughtImages.set(file, await bringImages(store, paths.images, file, page));
      leadImages.set(file, await importLeadImage(page.leadImage, file, store, profileDir));
    }
    const imported = store.runInTransaction(() =>
      pages.map(({ file, page }): Imported => {
        const lead = leadImages.get(file)!;
        try {
          if (lead.record !== null) store.recordImage(lead.record);
          const leadImage = page.leadImage === null ? null : (lead.change ?? undefined);
          const { story, action, notes } = importArticlePage(store, settings, page, { section, asNew: values['as-new'], leadImage });
          const warnings = [...page.warnings.map((w) => w.message), ...notes, ...(lead.warning === null ? [] : [lead.warning])];
          return { file, id: story.id, slug: story.slug, headline: story.headline, action, warnings };
        } catch (error) {
          const why = error instanceof ApiError || error instanceof Error ? error.message : String(error);
          throw new CliError(EXIT.data, `${file} could not be imported: ${why}. Nothing was imported.`);
        }
      }),
    );
    for (const entry of imported) {
      for (const warning of entry.warnings) io.stderr(`${basename(entry.file)}: warning: ${warning}\n`);
    }
    if (values.json) {
      io.stdout(`${JSON.stringify({ imported })}\n`);
    } else {
      for (const entry of imported) io.stdout(`${entry.id}\t${entry.file}\t${entry.headline}\n`);
      const created = imported.filter((entry) => entry.action === 'created').length;
      const updated = imported.length - created;
      const images = [...broughtImages.values()].reduce((sum, n) => sum + n, 0);
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

function readStoryFile(file: string, baseUrl: string | undefined): ArticlePage {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const why = code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw new CliError(EXIT.data, `Cannot read ${file}: ${why}. Check the path; nothing was imported.`);
  }
  if (bytes.length > MAX_FILE_BYTES) {
    throw new CliError(EXIT.data, `${file} is larger than ${MAX_FILE_BYTES / 1_048_576} MB, too large for one story. Split it; nothing was imported.`);
  }
  return readArticlePage(bytes.toString('utf8'), baseUrl === undefined ? {} : { baseUrl });
}
