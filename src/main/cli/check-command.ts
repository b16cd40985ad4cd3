import { createChecker, documentFromStory, filterIgnored, severities, type Finding, type Severity } from '../../shared/house-style';
import { findingPlace, findingText } from '../../shared/house-style/finding-place';
import { spellingCategoryOf } from '../../shared/spelling';
import { SpellingEngineLoadError } from '../spelling/load-spelling-engine';
import { openStorySpelling, type StorySpelling } from '../spelling/story-spelling';
import { readyToPublish, type ReadyChecklist } from '../../shared/export/ready-to-publish';
import { idSchema, workflowStatusSchema } from '../../shared/story/story-schema';
import { defineCommand, jsonOption, type CliOptions, type CommandArgs } from './cli-command';
import { CliError, EXIT, usageError, type CliIo, type ExitCode } from './cli-io';
import { withOperations } from './cli-profile';
import { allSummaries, optionalChoice } from './list-command';
import { existingStoryId, storyIdBySlug } from './story-targets';

type CheckedFinding = {
  ruleId: string;
  severity: Severity;
  message: string;
  advice?: string;
  where: string;
  text: string;
  fixes: string[];
  /** Spelling and grammar findings only: the engine's replacements, best first. */
  suggestions?: string[];
};

/** A text the spelling checker skipped, and why. */
type SkippedText = { where: string; message: string };

type CheckedStory = {
  id: string;
  slug: string;
  headline: string;
  findings: CheckedFinding[];
  spellingSkipped: SkippedText[];
  readyToPublish: ReadyChecklist & { total: number };
};

/** Whether spelling and grammar were checked, and if not, why. */
type SpellingStatus = { checked: true } | { checked: false; reason: string };

/**
 * `copydesk check`: the house-style, spelling and grammar findings and the
 * "Ready to publish" list of stories, as text or JSON; exit 1 when a finding
 * is an error (spelling and grammar findings are warnings) or a story is not
 * ready to publish.
 */
async function checkStories({ values, positionals }: CommandArgs<typeof CHECK_OPTIONS>, io: CliIo): Promise<ExitCode> {
  const status = optionalChoice(values.status, workflowStatusSchema.options, '--status', 'check');
  const slugs = values.slug ?? [];
  const selections = [positionals.length > 0 || slugs.length > 0, status !== undefined, values.all].filter(Boolean).length;
  if (selections !== 1) {
    throw usageError(
      selections === 0
        ? 'Say which stories to check: give ids (or --slug SLUG), --status STATUS or --all.'
        : 'Give only one of: ids or --slug, --status STATUS, --all.',
      'check',
    );
  }

  return withOperations(values.profile, io.env, async (operations) => {
    const settings = await operations.call('getSettings', {});
    const loaded = await operations.call('getHouseStyleRules', {});
    if (loaded.error !== undefined) throw new CliError(EXIT.data, loaded.error.replace(/ The built-in house style is in use.*$/, ' Fix the file, or set houseStyleRules to null in the settings for the built-in rules.'));
    const checker = createChecker(loaded.rules, settings);
    const { spelling, status: spellingStatus } = await startSpelling(values['no-spelling'], () => openStorySpelling(operations, settings, loaded.rules), io);
    const ids: string[] = [];
    if (positionals.length > 0 || slugs.length > 0) {
      for (const id of positionals) {
        if (!idSchema.safeParse(id).success) throw usageError(`"${id}" is not a story id; give a slug with --slug ${id}.`, 'check');
        ids.push(await existingStoryId(operations, id));
      }
      for (const slug of slugs) ids.push(await storyIdBySlug(operations, slug));
    } else {
      ids.push(...(await allSummaries(operations, { view: 'active', status: status ?? null, section: null })).map((s) => s.id));
    }
    const checked: CheckedStory[] = [];
    for (const id of ids) {
      const story = await operations.call('getStory', { id });
      const document = documentFromStory(story, settings);
      const spelt = spelling === null ? { findings: [], notes: [] } : await spelling.check(document);
      if (spelt.failure !== undefined) io.stderr(`Spelling and grammar not checked from story ${story.slug} on: ${spelt.failure}\n`);
      const findings = filterIgnored([...checker.check(document).findings, ...spelt.findings], story.houseStyleIgnores, document);
      const cards = new Map((await operations.call('resolveRelated', { id })).map((card) => [card.storyId, card]));
      const ready = readyToPublish(story, settings.bioTemplate, (storyId) => cards.get(storyId));
      checked.push({
        id: story.id,
        slug: story.slug,
        headline: story.headline,
        findings: findings.map((finding) => describe(finding, findingPlace(finding, document), findingText(finding, document))),
        spellingSkipped: spelt.notes.map((note) => ({ where: findingPlace(note, document), message: note.message })),
        readyToPublish: { ...ready, total: ready.items.length },
      });
    }
    const counts = Object.fromEntries(severities.map((s) => [s, checked.reduce((n, story) => n + story.findings.filter((f) => f.severity === s).length, 0)])) as Record<Severity, number>;
    if (values.json) io.stdout(`${JSON.stringify({ rules: loaded.source, spelling: spellingStatus, stories: checked, counts })}\n`);
    else io.stdout(textReport(checked, counts, loaded.source));
    return counts.error > 0 || checked.some((story) => !story.readyToPublish.ready) ? EXIT.findings : EXIT.ok;
  });
}

/**
 * The spelling checker unless --no-spelling or the settings leave it out. An
 * engine that cannot start is reported on stderr and the house-style check
 * goes on without it.
 */
async function startSpelling(
  off: boolean,
  open: () => Promise<StorySpelling | null>,
  io: CliIo,
): Promise<{ spelling: StorySpelling | null; status: SpellingStatus }> {
  if (off) return { spelling: null, status: { checked: false, reason: '--no-spelling' } };
  try {
    const spelling = await open();
    return { spelling, status: spelling === null ? { checked: false, reason: 'switched off in the settings' } : { checked: true } };
  } catch (error) {
    if (!(error instanceof SpellingEngineLoadError)) throw error;
    io.stderr(`Spelling and grammar not checked: ${error.message}\n`);
    return { spelling: null, status: { checked: false, reason: error.message } };
  }
}

function describe(finding: Finding, where: string, text: string): CheckedFinding {
  const described: CheckedFinding = {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    where,
    text,
    fixes: finding.fixes.map((fix) => fix.label),
  };
  if (finding.advice !== undefined) described.advice = finding.advice;
  if (spellingCategoryOf(finding.ruleId) !== null) described.suggestions = finding.fixes.flatMap((fix) => fix.edits.map((edit) => edit.insert));
  return described;
}

function textReport(stories: CheckedStory[], counts: Record<Severity, number>, rules: string): string {
  const lines: string[] = [];
  for (const story of stories) {
    const title = story.headline.trim() === '' ? '(untitled)' : story.headline;
    lines.push(`${title} (${story.id}): ${story.findings.length === 0 ? 'no findings' : `${story.findings.length} ${story.findings.length === 1 ? 'finding' : 'findings'}`}`);
    for (const f of story.findings) {
      lines.push(`  ${f.severity.padEnd(10)} ${f.ruleId}  ${f.where}${f.text === '' ? '' : ` “${f.text}”`}: ${f.message}`);
    }
    for (const skipped of story.spellingSkipped) lines.push(`  skipped    spelling  ${skipped.where}: ${skipped.message}`);
    lines.push(...readyLines(story.readyToPublish));
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const storyCount = plural(stories.length, 'story').replace('storys', 'stories');
  lines.push(
    `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.suggestion, 'suggestion')} in ${storyCount} (rules: ${rules === 'built-in' ? 'built-in house style' : rules})`,
    `${stories.filter((story) => story.readyToPublish.ready).length} of ${storyCount} ready to publish`,
  );
  return `${lines.join('\n')}\n`;
}

/** The story's "Ready to publish" list as the app shows it: the count, then each item not met. */
function readyLines(ready: CheckedStory['readyToPublish']): string[] {
  const lines = [`  Ready to publish: ${ready.met} of ${ready.total}${ready.ready ? '' : ' (not ready)'}`];
  for (const item of ready.items.filter((unmet) => !unmet.met)) {
    const mark = (item.level === 'required' ? 'not met' : 'advised').padEnd(10);
    lines.push(`  ${mark} ${item.id}  ${item.label}: ${item.detail}`);
    for (const link of item.links) lines.push(`  ${mark} ${item.id}  link ${link.index + 1}: ${link.message}`);
  }
  return lines;
}


const CHECK_OPTIONS = {
  slug: { type: 'string', multiple: true, value: 'SLUG', help: 'the story with this slug (repeat for more)' },
  status: { type: 'string', value: 'STATUS', help: 'instead of ids: every active story in this workflow state, e.g. --status ready' },
  all: { type: 'boolean', default: false, help: 'instead of ids: every active story (not archived, not in the trash)' },
  'no-spelling': { type: 'boolean', default: false, help: 'house style only: leave out the spelling and grammar findings' },
  json: jsonOption(
    '{ "rules", "spelling": { "checked", "reason" }, "stories": [ { "id", "slug", "headline", "findings": [ { "ruleId", "severity", "message", "advice", "where", "text", "fixes", "suggestions" } ], "spellingSkipped": [ { "where", "message" } ], "readyToPublish": { "ready", "met", "total", "items": [ { "id", "label", "met", "level", "detail", "links": [ { "index", "state", "message" } ] } ] } } ], "counts": { "error", "warning", "suggestion" } }',
  ),
} as const satisfies CliOptions;

export const checkCommand = defineCommand({
  name: 'check',
  summary: 'House-style, spelling and grammar findings, and whether stories are ready to publish',
  usage: ['check (ID ... | --slug SLUG ... | --status STATUS | --all) [--no-spelling] [--json] [--profile DIR]'],
  arguments: [{ name: 'ID ...', help: 'the stories with these ids (archived and trashed ones too)' }],
  options: CHECK_OPTIONS,
  notes: `The rules are the profile's (settings: houseStyleRules, else the built-in house style); what the
editors ignored in a story stays ignored. Text output is one line a finding: severity, rule, where
(headline, standfirst, paragraph 3 …), the flagged text and the message.

Spelling and grammar (British English, offline; docs/spelling.md) are checked too unless
--no-spelling or the settings switch them off: their rule ids start with spelling. or grammar.,
they are always warnings, and in JSON they carry "suggestions", the replacements offered. The
house dictionary, the author directory's and the story's author names, URLs and e-mail addresses
are never flagged. A paragraph over 20,000 characters or not in English is skipped with a note.
If the spelling engine cannot start, the check goes on without it and says so on stderr.

Each story also gets the app's "Ready to publish" list: publish date set, slug set, lead image
with alt text (a lead image itself is advised, not required), an author bio for Opinion pieces,
and every related story in the library live and ready: one in the trash or deleted for good is
left out of the export, and a draft or a story in edit is not yet on the site. Text output gives
the count ("Ready to publish: 3 of 5") and one line for each item not met.
Exit status 1 when any finding is an error or any story is not ready to publish (a required item
not met), 0 otherwise; 3 when the rules file is not valid.`,
  run: checkStories,
});
