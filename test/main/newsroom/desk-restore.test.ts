import { describe, expect, it } from 'vitest';
import { cli } from '../cli/cli-fixtures';
import { paragraphs } from '../store/store-fixtures';
import { documentIn, editDocument, liveDesksForEachTest, withProfile, writeStory } from './desk-fixtures';

const desks = liveDesksForEachTest();

async function run(...argv: string[]): Promise<string> {
  const result = await cli(argv);
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
}

const storyIn = (dir: string, id: string) => withProfile(dir, (store) => store.getStory(id));

describe('restoring a backup on a profile on the desk', () => {
  it('rewinds the profile’s stories as new edits the desk takes, keeping what others wrote that it never saw', async () => {
    const server = await desks.desk();
    const { token } = server;
    const jane = await desks.folder();
    const sam = await desks.folder();
    withProfile(sam, () => undefined);
    const id = writeStory(jane, 'Ward closures', 'Three wards closed.');
    await run('sync', 'join', server.url, `--token=${token}`, '--profile', jane);
    const backup = JSON.parse(await run('backup', 'create', '--json', '--profile', jane)) as { backup: { name: string } };

    // After the backup Jane rewrites the story, and it reaches the desk and Sam.
    editDocument(jane, id, { headline: 'Ward closures: a reversal', body: paragraphs('The wards reopen.') });
    await run('sync', 'now', '--profile', jane);
    await run('sync', 'join', server.url, `--token=${token}`, '--profile', sam);
    expect(storyIn(sam, id)).toMatchObject({ headline: 'Ward closures: a reversal', body: paragraphs('The wards reopen.') });
    // Sam adds a standfirst Jane has not seen.
    editDocument(sam, id, { standfirst: 'Sam’s standfirst.' });
    await run('sync', 'now', '--profile', sam);

    await run('backup', 'restore', backup.backup.name, '--profile', jane);
    expect(storyIn(jane, id)).toMatchObject({ headline: 'Ward closures', body: paragraphs('Three wards closed.') });
    await run('sync', 'now', '--profile', jane);
    await run('sync', 'now', '--profile', sam);

    // The rewind is the story on every side; Sam's edit, made after what Jane rewound, stays.
    for (const profile of [jane, sam]) {
      expect(storyIn(profile, id)).toMatchObject({
        headline: 'Ward closures',
        standfirst: 'Sam’s standfirst.',
        body: paragraphs('Three wards closed.'),
      });
    }
    expect(documentIn(jane, id)).toEqual(documentIn(sam, id));
  });

  it('leaves a profile that never joined a desk as a plain restore', async () => {
    const jane = await desks.folder();
    const id = writeStory(jane, 'Ward closures', 'Three wards closed.');
    const backup = JSON.parse(await run('backup', 'create', '--json', '--profile', jane)) as { backup: { name: string } };
    editDocument(jane, id, { headline: 'Ward closures: a reversal' });

    await run('backup', 'restore', backup.backup.name, '--profile', jane);
    expect(storyIn(jane, id).headline).toBe('Ward closures');
    expect(documentIn(jane, id)).toBeNull();
  });
});
