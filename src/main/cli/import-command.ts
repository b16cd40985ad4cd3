import { basename, resolve } from 'node:path';
import { ApiError } from '../../shared/api/api-error';
import { webHref } from '../../shared/export/safe-url';
import { defineCommand, jsonOption, type CliOptions, type CommandArgs } from './cli-command';
import { EXIT, usageError, type CliIo, type ExitCode } from './cli-io';
import { withOperations } from './cli-profile';

/**
 * `copydesk import`: each HTML file or Word document becomes a story
 * (importStoriesFromPaths says how). The flags are checked here, so a
 * mistake is a usage error before any file is read.
 */
async function importFiles({ values, positionals }: CommandArgs<typeof IMPORT_OPTIONS>, io: CliIo): Promise<ExitCode> {
  if (positionals.length === 0) throw usageError('Name the HTML or Word files to import, e.g. copydesk import story.html or copydesk import piece.docx.', 'import');
  const files = positionals.map((file) => resolve(file));

  return withOperations(values.profile, io.env, async (operations) => {
    const settings = await operations.call('getSettings', {});
    const section = values.section;
    if (section !== undefined && !settings.sections.some((s) => s.name === section)) {
      throw usageError(`Unknown section "${section}". The sections are: ${settings.sections.map((s) => s.name).join(', ')}.`, 'import');
    }
    const baseUrl = values['base-url'];
    if (baseUrl !== undefined && webHref(baseUrl) === null) {
      throw usageError(`--base-url must be the page's http or https address, e.g. https://www.example.org/news/story; got "${baseUrl}".`, 'import');
    }
    const replace = values.replace ?? [];
    if (values['as-new'] && (values.update || replace.length > 0)) {
      throw usageError('--as-new cannot go with --update or --replace: choose whether the pages update stories or come in as new ones.', 'import');
    }
    const { imported, pictures } = await operations
      .call('importStoriesFromPaths', {
        files,
        ...(section === undefined ? {} : { section }),
        ...(baseUrl === undefined ? {} : { baseUrl }),
        updateDrafts: values.update,
        replace,
      })
      .catch((error: unknown) => {
        // A --replace slug that names no story, or none of the pages: the flag is wrong.
        if (error instanceof ApiError && error.code === 'invalid_input' && error.field === 'replace') throw usageError(error.message, 'import');
        throw error;
      });
    for (const entry of imported) {
      for (const warning of entry.warnings) io.stderr(`${basename(entry.file)}: warning: ${warning}\n`);
    }
    if (values.json) {
      io.stdout(`${JSON.stringify({ imported })}\n`);
    } else {
      for (const entry of imported) io.stdout(`${entry.id}\t${entry.file}\t${entry.headline}\n`);
      const created = imported.filter((entry) => entry.action === 'created').length;
      const updated = imported.length - created;
      io.stderr(
        `Imported ${imported.length} ${imported.length === 1 ? 'story' : 'stories'}: ${created} new, ${updated} updated (each keeps its previous version as a revision)${pictures > 0 ? `, with ${pictures} ${pictures === 1 ? 'picture' : 'pictures'}` : ''}.\n`,
      );
    }
    return EXIT.ok;
  });
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
