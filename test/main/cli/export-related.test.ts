import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openStore } from '../../../src/main/store/store';
import { makeTempDir, removeTempDir } from '../store/store-fixtures';
import { cli, outDir, seedProfile } from './cli-fixtures';

let dir: string;
let profile: Awaited<ReturnType<typeof seedProfile>>;

beforeEach(async () => {
  dir = await makeTempDir();
  profile = await seedProfile(dir);
});
afterEach(() => removeTempDir(dir));

it('copydesk export leaves out a related story in the trash and links a draft, warning about both on stderr and in --json', async () => {
  const store = openStore({ file: profile.file, Database });
  try {
    store.setTrashed(profile.ids.other, true);
    const featured = store.getStory(profile.ids.featured);
    store.saveStory(featured.id, featured.revision, { related: [...featured.related, { kind: 'story', storyId: profile.ids.draft }] });
  } finally {
    store.close();
  }
  const out = outDir(dir);
  const run = await cli(['export', 'trust-managers-to-lead', '--out', out, '--json', '--profile', dir]);
  expect(run.code).toBe(0);
  const report = JSON.parse(run.stdout) as { exported: { file: string; warnings: { code: string; message: string; path: number[] }[] }[] };
  const [exported] = report.exported;
  expect(exported!.warnings.filter((w) => w.code.startsWith('related-story-'))).toEqual([
    { code: 'related-story-not-live', message: 'Related story “Pay talks resume” is in the trash: it is left out of the export.', field: 'related', path: [0] },
    {
      code: 'related-story-not-ready',
      message: 'Related story “A draft feature” is a draft, not yet on the site: the link will not work until it is published.',
      field: 'related',
      path: [2],
    },
  ]);
  expect(run.stderr).toContain('trust-managers-to-lead.html: warning: Related story “Pay talks resume” is in the trash: it is left out of the export.\n');
  const html = readFileSync(exported!.file, 'utf8');
  expect(html).not.toContain('pay-talks-resume');
  expect(html).toContain('>A draft feature</a>');
  expect(html).toContain('>An older piece</a>');
});
