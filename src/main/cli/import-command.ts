import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { storyChangesSchema } from '../../shared/story/story-schema';
import { CliError, EXIT, usageError, type CliIo, type ExitCode } from './cli-io';
import { cliProfileDir, withProfile } from './cli-profile';
import { IMPORT_HELP } from './help-text';
import { readHtmlStory, type HtmlStory } from './html-story';
import { importLeadImage, type ImportedLeadImage } from './import-lead-image';

/** Files larger than this are not stories (the store's body limit is 20 MB of JSON). */
const MAX_FILE_BYTES = 32 * 1024 * 1024;

type Imported = { file: string; id: string; slug: string; headline: string; warnings: string[] };

/** `copydesk import`: each HTML file becomes a new draft; all of them or, on any error, none. */
export async function importCommand(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs(args);
  if (values.help) {
    io.stdout(IMPORT_HELP);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw usageError('Name the HTML files to import, e.g. copydesk import story.html.', 'import');
  const files = positionals.map((file) => resolve(file));

  return withProfile(cliProfileDir(values.profile, io.env), async ({ store, settings, profileDir }) => {
    const section = values.section ?? settings.sections[0]!.name;
    if (!settings.sections.some((s) => s.name === section)) {
      throw usageError(`Unknown section "${section}". The sections are: ${settings.sections.map((s) => s.name).join(', ')}.`, 'import');
    }
    const stories: { file: string; story: HtmlStory; lead: ImportedLeadImage }[] = [];
    for (const file of files) {
      const story = readStoryFile(file);
      stories.push({ file, story, lead: await importLeadImage(story.leadImage, file, store, profileDir) });
    }
    const imported = store.runInTransaction(() =>
      stories.map(({ file, story, lead }): Imported => {
        const changes = storyChangesSchema.safeParse({
          standfirst: story.standfirst,
          body: story.body,
          ...(lead.change === null ? {} : { leadImage: lead.change }),
        });
        if (!changes.success) {
          throw new CliError(EXIT.data, `${file} could not be imported: ${changes.error.issues[0]?.message}. Nothing was imported.`);
        }
        if (lead.record !== null) store.recordImage(lead.record);
        const created = store.createStory({ section, headline: story.headline });
        const saved = store.saveStory(created.id, created.revision, changes.data);
        const warnings = story.warnings.map((w) => w.message);
        if (lead.warning !== null) warnings.push(lead.warning);
        return { file, id: saved.id, slug: saved.slug, headline: saved.headline, warnings };
      }),
    );
    for (const entry of imported) {
      for (const warning of entry.warnings) io.stderr(`${basename(entry.file)}: warning: ${warning}\n`);
    }
    if (values.json) {
      io.stdout(`${JSON.stringify({ imported })}\n`);
    } else {
      for (const entry of imported) io.stdout(`${entry.id}\t${entry.file}\t${entry.headline}\n`);
      io.stderr(`Imported ${imported.length} ${imported.length === 1 ? 'story' : 'stories'} as drafts in ${section}.\n`);
    }
    return EXIT.ok;
  });
}

function parseCommandArgs(args: string[]) {
  try {
    return parseArgs({
      args,
      options: {
        section: { type: 'string' },
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

function readStoryFile(file: string): HtmlStory {
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
  return readHtmlStory(bytes.toString('utf8'));
}
