import { storyViewSchema, workflowStatusSchema, type StorySummary } from '../../shared/story/story-schema';
import type { StoryView, WorkflowStatus } from '../../shared/story/story-constants';
import type { Operations } from '../api/open-operations';
import { defineCommand, jsonOption, type CliOptions, type CommandArgs } from './cli-command';
import { EXIT, usageError, type CliIo, type ExitCode } from './cli-io';
import { withOperations } from './cli-profile';

const PAGE = 500;

/** `copydesk list`: the library, one story a line or as JSON. */
async function listStories({ values }: CommandArgs<typeof LIST_OPTIONS>, io: CliIo): Promise<ExitCode> {
  const status = optionalChoice(values.status, workflowStatusSchema.options, '--status', 'list');
  const view = optionalChoice(values.view, storyViewSchema.options, '--view', 'list') ?? 'active';
  return withOperations(values.profile, io.env, async (operations) => {
    const settings = await operations.call('getSettings', {});
    if (values.section !== undefined && !settings.sections.some((s) => s.name === values.section)) {
      throw usageError(
        `Unknown section "${values.section}". The sections are: ${settings.sections.map((s) => s.name).join(', ')}.`,
        'list',
      );
    }
    const stories = await allSummaries(operations, { view, status: status ?? null, section: values.section ?? null });
    if (values.json) io.stdout(`${JSON.stringify({ total: stories.length, stories })}\n`);
    else io.stdout(stories.map(summaryLine).join(''));
    return EXIT.ok;
  });
}

const LIST_OPTIONS = {
  status: { type: 'string', value: 'STATUS', help: 'only stories in this workflow state: draft, in_edit or ready' },
  section: { type: 'string', value: 'NAME', help: 'only stories in this section, e.g. Opinion' },
  view: { type: 'string', value: 'VIEW', help: 'active (default), archived or trash' },
  json: jsonOption(
    '{ "total": N, "stories": [ … ] } with every story\'s id, headline, standfirst, status, section, bylines, word count, dates and export state',
  ),
} as const satisfies CliOptions;

export const listCommand = defineCommand({
  name: 'list',
  summary: 'List the stories in the library, newest change first',
  usage: ['list [--status STATUS] [--section NAME] [--view VIEW] [--json] [--profile DIR]'],
  options: LIST_OPTIONS,
  notes: `Text output is one story a line, tab-separated: id, status, section, words, last change (UTC),
export state (not exported / exported / changed since export), headline.`,
  run: listStories,
});

export function optionalChoice<T extends string>(
  value: string | undefined,
  choices: readonly T[],
  flag: string,
  command: string,
): T | undefined {
  if (value === undefined) return undefined;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw usageError(`${flag} must be one of ${choices.join(', ')} (got "${value}").`, command);
}

/** Every story matching the filters, paged through the library's own query. */
export async function allSummaries(
  operations: Operations,
  filters: { view: StoryView; status: WorkflowStatus | null; section: string | null },
): Promise<StorySummary[]> {
  const rows: StorySummary[] = [];
  for (;;) {
    const page = await operations.call('listStories', { ...filters, query: '', sort: 'modified', offset: rows.length, limit: PAGE });
    rows.push(...page.rows);
    if (page.rows.length < PAGE || rows.length >= page.total) return rows;
  }
}

function summaryLine(story: StorySummary): string {
  const exported =
    story.lastExportedAt === null ? 'not exported' : story.changedSinceExport ? 'changed since export' : 'exported';
  const headline = story.headline.trim() === '' ? '(untitled)' : story.headline.replaceAll('\t', ' ');
  return `${[story.id, story.status, story.section, story.wordCount, story.modifiedAt, exported, headline].join('\t')}\n`;
}
