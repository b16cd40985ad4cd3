import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../main/cli/cli-fixtures';
import { makeTempDir, removeTempDir } from '../main/store/store-fixtures';
import { allAcknowledged, connectEditor, pause, startTestServer, waitUntil, type TestEditor } from './server-fixtures';

let dataDir: string;
let editors: TestEditor[];
let stop: (() => Promise<void>) | undefined;

beforeEach(async () => {
  dataDir = await makeTempDir();
  editors = [];
});
afterEach(async () => {
  for (const editor of editors) editor.close();
  await stop?.();
  await removeTempDir(dataDir);
});

async function tokenFor(name: string): Promise<string> {
  const added = await cli(['server', 'token', 'add', name, '--data', dataDir]);
  expect(added.code).toBe(0);
  return added.stdout.trim();
}

describe('copydesk server token add and revoke on a running server', () => {
  it('closes the connection of the revoked token within two seconds, refuses it from then on, and leaves the others be', async () => {
    const janeToken = await tokenFor('jane');
    const samToken = await tokenFor('sam');
    const server = await startTestServer(dataDir);
    stop = server.stop;
    const jane = connectEditor(server.url, 'story-1', janeToken);
    const sam = connectEditor(server.url, 'story-1', samToken);
    editors.push(jane, sam);
    await Promise.all([allAcknowledged(jane), allAcknowledged(sam)]);
    jane.text.insert(0, 'Before. ');
    await waitUntil(() => sam.text.toString() === 'Before. ', 'sam sees jane’s edit');
    let disconnectedAt = 0;
    jane.provider.on('close', () => (disconnectedAt ||= Date.now()));

    const revokedAt = Date.now();
    const revoked = await cli(['server', 'token', 'revoke', 'jane', '--data', dataDir]);
    expect(revoked).toMatchObject({ code: 0, stdout: 'Revoked jane.\n' });

    await waitUntil(() => disconnectedAt > 0, 'jane is disconnected', 2_000);
    expect(disconnectedAt - revokedAt).toBeLessThan(2_000);
    // The provider reconnects by itself a second later, and its token is refused.
    await waitUntil(() => jane.refusals.length > 0, 'jane’s reconnection is refused', 5_000);
    jane.text.insert(jane.text.length, 'After revoking.');
    sam.text.insert(sam.text.length, 'Sam goes on.');
    await allAcknowledged(sam);
    await pause(500);
    expect(sam.text.toString()).toBe('Before. Sam goes on.');
    expect(server.log).toContainEqual(expect.stringContaining('the token "jane" was revoked'));

    const list = await cli(['server', 'token', 'list', '--json', '--data', dataDir]);
    expect((JSON.parse(list.stdout) as { tokens: { name: string }[] }).tokens.map((token) => token.name)).toEqual(['sam']);
  });

  it('lets in a token added while the server runs, at once', async () => {
    await tokenFor('jane');
    const server = await startTestServer(dataDir);
    stop = server.stop;
    const lee = connectEditor(server.url, 'story-1', await tokenFor('lee'));
    editors.push(lee);
    await allAcknowledged(lee);
    lee.text.insert(0, 'New on the desk.');
    await allAcknowledged(lee);
    expect(lee.refusals).toEqual([]);
  });
});
