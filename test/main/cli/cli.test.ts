import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/main/store/store';
import { makeTempDir, removeTempDir, withDatabase } from '../store/store-fixtures';
import { version as packageVersion } from '../../../package.json';
import { GLOBAL_OPTIONS } from '../../../src/main/cli/cli-command';
import { COMMANDS } from '../../../src/main/cli/commands';
import { commandHelp } from '../../../src/main/cli/help-text';
import { cli, outDir, seedProfile } from './cli-fixtures';

let dir: string;
let profile: Awaited<ReturnType<typeof seedProfile>>;

beforeEach(async () => {
  dir = await makeTempDir();
  profile = await seedProfile(dir);
});
afterEach(() => removeTempDir(dir));

function storyState(id: string) {
  const store = openStore({ file: profile.file, Database });
  try {
    return store.getStory(id);
  } finally {
    store.close();
  }
}

function exportLog(): { story_id: string; format: string; destination: string; story_revision: number }[] {
  return withDatabase(profile.file, (db) =>
    db.prepare('SELECT story_id, format, destination, story_revision FROM export_log ORDER BY destination').all(),
  ) as never;
}

describe('copydesk list', () => {
  it('prints one story a line, newest change first', async () => {
    const run = await cli(['list', '--profile', dir]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('A draft feature');
    expect(lines.map((line) => line.split('\t')[0])).toEqual([profile.ids.draft, profile.ids.featured, profile.ids.other]);
    expect(lines[1]!.split('\t').slice(1, 3)).toEqual(['ready', 'Opinion']);
    expect(lines[1]).toContain('not exported');
  });

  it('filters by status and prints JSON for scripts, finding the profile through COPYDESK_PROFILE', async () => {
    const run = await cli(['list', '--status', 'ready', '--json'], { COPYDESK_PROFILE: dir });
    expect(run.code).toBe(0);
    const parsed = JSON.parse(run.stdout) as { total: number; stories: { id: string; headline: string; status: string }[] };
    expect(parsed.total).toBe(2);
    expect(parsed.stories.map((s) => s.headline).sort()).toEqual(['Pay talks resume', 'Trust managers to lead']);
    expect(parsed.stories.every((s) => s.status === 'ready')).toBe(true);
  });

  it('shows a story as exported after an export', async () => {
    await cli(['export', profile.ids.other, '--out', outDir(dir), '--profile', dir]);
    const run = await cli(['list', '--status', 'ready', '--json', '--profile', dir]);
    const stories = (JSON.parse(run.stdout) as { stories: { id: string; lastExportedAt: string | null }[] }).stories;
    expect(stories.find((s) => s.id === profile.ids.other)?.lastExportedAt).not.toBeNull();
    expect(stories.find((s) => s.id === profile.ids.featured)?.lastExportedAt).toBeNull();
  });
});

describe('copydesk export', () => {
  it('writes the page, copies the images and logs the export without changing the story', async () => {
    const before = storyState(profile.ids.featured);
    const out = outDir(dir);
    const run = await cli(['export', profile.ids.featured, '--out', out, '--profile', dir]);
    expect(run.stderr).not.toContain('error');
    expect(run.code).toBe(0);
    const file = join(out, 'trust-managers-to-lead.html');
    expect(run.stdout).toBe(`${file}\n`);
    const html = readFileSync(file, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<h1 class="cd-headline">Trust managers to lead</h1>');
    expect(html).toContain('<p class="cd-bio">Jane Smith is chief executive of Example Trust.</p>');
    expect(html).toContain(`src="https://www.example.org/assets/images/${profile.images.photo.sha256}.png"`);
    // The related story in the store, by its current URL and headline; the external one as given.
    expect(html).toContain('<a class="cd-related-headline" href="https://www.example.org/news/pay-talks-resume">Pay talks resume</a>');
    expect(html).toContain('href="https://www.example.org/news/older-piece">An older piece</a>');
    expect(readdirSync(join(out, 'images')).sort()).toEqual(
      [`${profile.images.chart.sha256}.png`, `${profile.images.photo.sha256}.png`].sort(),
    );
    expect(readdirSync(out).filter((name) => name.endsWith('.tmp'))).toEqual([]);

    expect(exportLog()).toEqual([
      { story_id: profile.ids.featured, format: 'page', destination: file, story_revision: before.revision },
    ]);
    const after = storyState(profile.ids.featured);
    expect(after).toEqual(before);
  });

  it('exports by slug, and by status, in the form asked for', async () => {
    const out = outDir(dir);
    const bySlug = await cli(['export', 'pay-talks-resume', '--form', 'body', '--out', out, '--profile', dir]);
    expect(bySlug.code).toBe(0);
    expect(readFileSync(join(out, 'pay-talks-resume.body.html'), 'utf8')).toBe('<p>Talks resumed today.</p>\n');

    const byStatus = await cli(['export', '--status', 'ready', '--out', out, '--json', '--profile', dir]);
    expect(byStatus.code).toBe(0);
    const report = JSON.parse(byStatus.stdout) as { folder: string; exported: { id: string; slug: string; file: string }[] };
    expect(report.folder).toBe(out);
    expect(report.exported.map((e) => e.slug).sort()).toEqual(['pay-talks-resume', 'trust-managers-to-lead']);
    expect(existsSync(join(out, 'a-draft-feature.html'))).toBe(false);
    expect(exportLog().map((entry) => entry.format)).toEqual(['body', 'page', 'page']);
  });

  it('exports every active story with --all and leaves identical images alone', async () => {
    const out = outDir(dir);
    mkdirSync(join(out, 'images'), { recursive: true });
    const photoName = `${profile.images.photo.sha256}.png`;
    const existing = join(out, 'images', photoName);
    writeFileSync(existing, readFileSync(join(dir, 'images', photoName)));
    const stamp = new Date('2020-01-01T00:00:00Z');
    utimesSync(existing, stamp, stamp);

    const run = await cli(['export', '--all', '--out', out, '--profile', dir]);
    expect(run.code).toBe(0);
    expect(readdirSync(out).filter((name) => name.endsWith('.html')).sort()).toEqual([
      'a-draft-feature.html',
      'pay-talks-resume.html',
      'trust-managers-to-lead.html',
    ]);
    expect(statSync(existing).mtime.toISOString()).toBe(stamp.toISOString());
    expect(run.stderr).toContain('Exported 3 stories');
    // The draft has no publish date: a warning, not a failure.
    expect(run.stderr).toMatch(/a-draft-feature\.html: warning: .*publish date/i);
  });

  it('refuses bad usage with exit 2 and says how to fix it, writing nothing', async () => {
    const out = outDir(dir);
    const cases: [string[], RegExp][] = [
      [['export', '--out', out], /give ids or slugs, --status STATUS or --all/],
      [['export', '--all'], /--out DIR/],
      [['export', '--all', '--status', 'ready', '--out', out], /only one of/],
      [['export', '--status', 'done', '--out', out], /--status must be one of draft, in_edit, ready/],
      [['export', '--all', '--form', 'pdf', '--out', out], /--form must be one of article, body, page/],
      [['export', '--all', '--colour', '--out', out], /Unknown option '--colour'/],
      [['frobnicate'], /Unknown command "frobnicate"/],
      [['list', 'extra'], /Unexpected argument 'extra'/],
      [['import'], /Name the HTML or Word files to import/],
      [['import', 'a.html', '--section', 'Sport'], /Unknown section "Sport"/],
    ];
    for (const [argv, message] of cases) {
      const run = await cli([...argv, '--profile', dir]);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).toMatch(/Run "copydesk( \w+)? --help"/);
    }
    expect(existsSync(out)).toBe(false);
    expect(exportLog()).toEqual([]);
  });

  it('refuses an unknown id or slug with exit 3 before exporting anything', async () => {
    const out = outDir(dir);
    const run = await cli(['export', profile.ids.other, 'no-such-story', '--out', out, '--profile', dir]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('No story has the slug "no-such-story". Run "copydesk list"');
    expect(existsSync(out)).toBe(false);
  });

  it('exits 3 when an image file is missing from the profile, naming it', async () => {
    rmSync(join(dir, 'images', `${profile.images.chart.sha256}.png`));
    const run = await cli(['export', 'trust-managers-to-lead', '--out', outDir(dir), '--profile', dir]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(`images/${profile.images.chart.sha256}.png is not in the profile's images folder`);
    expect(run.stderr).toContain('Restore the profile from a backup');
  });
});

describe('copydesk and the profile', () => {
  it('exits 3 with the fix when there is no profile', async () => {
    const missing = join(dir, 'nowhere');
    const run = await cli(['list', '--profile', missing]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(`There is no Copydesk profile in ${missing}`);
    expect(run.stderr).toContain('--profile DIR or set COPYDESK_PROFILE');
    expect(existsSync(missing)).toBe(false);
  });

  it('exits 3 and leaves the file alone when the database is from a newer Copydesk', async () => {
    withDatabase(profile.file, (db) => db.pragma('user_version = 99'));
    const bytes = readFileSync(profile.file);
    const run = await cli(['list', '--profile', dir]);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/made by a newer version of Copydesk .*Update Copydesk/);
    expect(readFileSync(profile.file).equals(bytes)).toBe(true);
  });

  it('exits 3 with a clear message when the app holds the database for too long', async () => {
    const app = new Database(profile.file);
    try {
      app.exec('BEGIN IMMEDIATE');
      const run = await cli(['export', profile.ids.other, '--out', outDir(dir), '--profile', dir]);
      expect(run.code).toBe(3);
      expect(run.stderr).toContain('The database is busy');
      expect(run.stderr).toContain('Run the command again in a moment');
    } finally {
      app.exec('ROLLBACK');
      app.close();
    }
  }, 30_000);

  it('works while the app has the profile open and saving', async () => {
    const app = openStore({ file: profile.file, Database });
    try {
      const story = app.getStory(profile.ids.other);
      app.saveStory(story.id, story.revision, { headline: 'Pay talks resume at last' });
      const run = await cli(['export', profile.ids.other, '--out', outDir(dir), '--profile', dir]);
      expect(run.code).toBe(0);
      expect(readFileSync(join(outDir(dir), 'pay-talks-resume-at-last.html'), 'utf8')).toContain('Pay talks resume at last');
    } finally {
      app.close();
    }
  });
});

describe('copydesk --help', () => {
  it('lists every command one a line, indented, its name first, then the global options and the exit codes', async () => {
    const run = await cli(['--help']);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    const commandLines = lines.slice(lines.indexOf('Commands:') + 1, lines.indexOf(''  , lines.indexOf('Commands:')));
    expect(commandLines.map((line) => line.match(/^ {2}(\S+) {2,}\S/)?.[1])).toEqual([...COMMANDS.map((c) => c.name), 'help']);
    for (const [i, command] of COMMANDS.entries()) expect(commandLines[i]).toContain(command.summary);
    for (const text of ['--profile DIR', '--json', '--help, -h', '--version, -v', 'COPYDESK_PROFILE', '2  usage error', '3  data or database error']) {
      expect(run.stdout).toContain(text);
    }
    expect(lines.findIndex((line) => line.startsWith('Global options'))).toBeGreaterThan(lines.indexOf('Commands:'));
    const bare = await cli([]);
    expect(bare.code).toBe(2);
    expect(bare.stdout).toBe(run.stdout);
  });

  it("gives a command's usage, options and notes for help COMMAND and COMMAND --help alike", async () => {
    for (const command of COMMANDS) {
      const viaHelp = await cli(['help', command.name]);
      expect(viaHelp.code).toBe(0);
      expect(viaHelp.stdout).toMatch(new RegExp(`^copydesk ${command.name}: .*\n\nusage: copydesk ${command.name}`));
      expect((await cli([command.name, '--help'])).stdout).toBe(viaHelp.stdout);
      expect((await cli(['-h', command.name])).stdout).toBe(viaHelp.stdout);
    }
    expect((await cli(['export', '--help'])).stdout).toMatch(/\n {2}--status STATUS +instead of ids: every active story/);
    const unknown = await cli(['help', 'publish']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "publish"');
  });

  it('names in its help only the options the command takes, so the help and the parser cannot drift', () => {
    const globals = Object.keys(GLOBAL_OPTIONS);
    for (const command of COMMANDS) {
      const named = new Set([...commandHelp(command).matchAll(/(?<![\w-])--([a-z][a-z-]*)/g)].map((m) => m[1]!));
      expect([...named].filter((name) => !Object.hasOwn(command.options, name) && !globals.includes(name)), command.name).toEqual([]);
      for (const name of Object.keys(command.options)) expect(named, `${command.name} --${name}`).toContain(name);
    }
  });
});

describe('copydesk global options', () => {
  it('reads --profile and --json before the command as after it', async () => {
    const after = await cli(['list', '--status', 'ready', '--json', '--profile', dir]);
    expect(after.code).toBe(0);
    for (const argv of [
      ['--profile', dir, 'list', '--status', 'ready', '--json'],
      ['--json', '--profile', dir, 'list', '--status', 'ready'],
      [`--profile=${dir}`, '--json', 'list', '--status=ready'],
    ]) {
      const before = await cli(argv);
      expect(before.stderr, argv.join(' ')).toBe('');
      expect(before.stdout).toBe(after.stdout);
    }
    const backups = await cli(['--profile', dir, 'backup', 'list']);
    expect(backups.code).toBe(0);
    expect(backups.stdout).toContain(`No backups yet in ${join(dir, 'backups')}`);
  });

  it('prints the version from package.json for --version or -v, before or after a command', async () => {
    for (const argv of [['--version'], ['-v'], ['list', '--version'], ['--version', 'export']]) {
      const run = await cli(argv);
      expect(run.code, argv.join(' ')).toBe(0);
      expect(run.stdout).toBe(`copydesk ${packageVersion}\n`);
    }
  });

  it('refuses an unknown option or a missing value with exit 2, naming the option and giving the usage', async () => {
    const cases: [string[], string][] = [
      [['list', '--colour'], "Unknown option '--colour' for copydesk list."],
      [['export', '--all', '--out'], "The option '--out' needs a value: --out DIR."],
      [['export', '--all', '--out', '--json'], "The option '--out' needs a value: --out DIR."],
      [['list', '--json=yes'], "The option '--json' takes no value (got 'yes')."],
      [['--status', 'ready', 'list'], "'--status' is not a global option: put it after the command (copydesk COMMAND --status …)"],
      [['--profile'], "The option '--profile' needs a value: --profile DIR."],
    ];
    for (const [argv, message] of cases) {
      const run = await cli(argv);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.stdout).toBe('');
    }
    const unknown = await cli(['list', '--colour']);
    expect(unknown.stderr).toContain('usage: copydesk list [--status STATUS]');
    expect(unknown.stderr).toContain('Run "copydesk list --help" for the options.');
  });
});
