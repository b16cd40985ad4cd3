import { resolve } from 'node:path';
import { exportForms } from '../../shared/export/export-input';
import type { ApiOutput } from '../../shared/api/contract';
import { idSchema, workflowStatusSchema } from '../../shared/story/story-schema';
import { defineCommand, jsonOption, type CliOptions, type CommandArgs } from './cli-command';
import { EXIT, usageError, type CliIo, type ExitCode } from './cli-io';
import { withOperations } from './cli-profile';
import { allSummaries, optionalChoice } from './list-command';
import { existingStoryId, storyIdBySlug } from './story-targets';

/** `copydesk export`: stories by id, slug, status or all, as website HTML in a folder. */
async function exportStories({ values, positionals }: CommandArgs<typeof EXPORT_OPTIONS>, io: CliIo): Promise<ExitCode> {
  const status = optionalChoice(values.status, workflowStatusSchema.options, '--status', 'export');
  const form = optionalChoice(values.form, exportForms, '--form', 'export') ?? 'page';
  const selections = [positionals.length > 0, status !== undefined, values.all].filter(Boolean).length;
  if (selections !== 1) {
    throw usageError(
      selections === 0
        ? 'Say which stories to export: give ids or slugs, --status STATUS or --all.'
        : 'Give only one of: ids or slugs, --status STATUS, --all.',
      'export',
    );
  }
  if (values.out === undefined || values.out === '') {
    throw usageError('Say where to write the files with --out DIR, e.g. --out site/stories.', 'export');
  }
  if (values.stylesheet !== undefined && form !== 'page') {
    throw usageError('--stylesheet applies only to the page form; leave it out or use --form page.', 'export');
  }
  const folder = resolve(values.out);

  return withOperations(values.profile, io.env, async (operations) => {
    const ids: string[] = [];
    if (positionals.length > 0) {
      for (const target of positionals) {
        ids.push(idSchema.safeParse(target).success ? await existingStoryId(operations, target) : await storyIdBySlug(operations, target));
      }
    } else {
      ids.push(...(await allSummaries(operations, { view: 'active', status: status ?? null, section: null })).map((s) => s.id));
    }
    const results =
      ids.length === 0
        ? []
        : await operations.call('exportStoriesToPath', {
            ids,
            folder,
            form,
            ...(values.stylesheet === undefined ? {} : { stylesheetHref: values.stylesheet }),
          });
    report(io, folder, results, values.json);
    const missing = results.filter((result) => result.missingImages.length > 0);
    if (missing.length > 0) {
      io.stderr(
        `${missing.length} exported ${missing.length === 1 ? 'story refers' : 'stories refer'} to image files missing from the profile's images folder (listed above). Restore the profile from a backup, or replace the images in the app and export again.\n`,
      );
      return EXIT.data;
    }
    return EXIT.ok;
  });
}

const EXPORT_OPTIONS = {
  status: { type: 'string', value: 'STATUS', help: 'instead of ids: every active story in this workflow state, e.g. --status ready' },
  all: { type: 'boolean', default: false, help: 'instead of ids: every active story (not archived, not in the trash)' },
  out: { type: 'string', short: 'o', value: 'DIR', help: 'the folder to write into (created if needed)' },
  form: { type: 'string', value: 'FORM', help: 'page (default: a whole HTML document), article or body (docs/export-format.md)' },
  stylesheet: { type: 'string', value: 'HREF', help: 'page form only: a <link rel="stylesheet"> to a relative path or an http(s) URL' },
  json: jsonOption('{ "folder": DIR, "exported": [ { "id", "slug", "file", "warnings", "missingImages" } ] }'),
} as const satisfies CliOptions;

export const exportCommand = defineCommand({
  name: 'export',
  summary: 'Write stories as website HTML into a folder',
  usage: ['export (ID|SLUG ... | --status STATUS | --all) --out DIR [options]'],
  arguments: [{ name: 'ID|SLUG ...', help: 'the stories with these ids or slugs (archived and trashed ones too)' }],
  options: EXPORT_OPTIONS,
  notes: `Each story becomes SLUG.html (SLUG.article.html, SLUG.body.html for the other forms; the id when
it has no slug), and the images it uses are copied to DIR/images/. Files are replaced whole, never
half-written; an identical image already there is left alone. Each export is recorded in the
story's export log; the story itself is not changed. Export warnings (no publish date, a link that
is not allowed, a related story in the trash and so left out, or still a draft …) go to stderr and
do not fail the export.`,
  run: exportStories,
});

function report(io: CliIo, folder: string, results: ApiOutput<'exportStoriesToPath'>, json: boolean): void {
  for (const result of results) {
    const name = result.file.slice(folder.length + 1);
    for (const warning of result.warnings) io.stderr(`${name}: warning: ${warning.message}\n`);
    for (const image of result.missingImages) io.stderr(`${name}: error: ${image} is not in the profile's images folder.\n`);
  }
  if (json) {
    io.stdout(`${JSON.stringify({ folder, exported: results })}\n`);
    return;
  }
  for (const result of results) io.stdout(`${result.file}\n`);
  io.stderr(`Exported ${results.length} ${results.length === 1 ? 'story' : 'stories'} to ${folder}.\n`);
}
