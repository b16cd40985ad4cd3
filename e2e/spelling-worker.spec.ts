import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import type { ChecksReply, ChecksRequest } from '../src/renderer/checks/checks-protocol';

/** The built checks worker's file, if the build has one (it does once the editor uses the checks client). */
function builtWorker(): string | undefined {
  return readdirSync(join(__dirname, '..', 'out', 'renderer', 'assets')).find((file) => /^checks-worker-.*\.js$/.test(file));
}

test('spelling: the worker loads harper’s WebAssembly under the app’s Content-Security-Policy and flags “recieve”', async ({ page, preview }) => {
  const worker = builtWorker();
  test.skip(worker === undefined, 'the build has no checks worker: nothing in the renderer starts it yet');
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy|wasm/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(preview.url);
  await expect(page.getByRole('button', { name: 'New story', exact: true })).toBeVisible();

  const request: ChecksRequest = {
    type: 'spelling',
    id: 1,
    page: 'story-page-1',
    texts: [{ scope: 'body', blockKey: 'p1', text: 'The trust will recieve the report, said MiP.' }],
    settings: { dialect: 'british-ise', spelling: true, grammar: true },
    words: { houseWords: ['MiP'], names: [] },
  };
  const replies = await page.evaluate(
    ({ url, request }) =>
      new Promise<ChecksReply[]>((resolve, reject) => {
        const replies: ChecksReply[] = [];
        const spelling = new Worker(url, { type: 'module' });
        spelling.onerror = (event) => reject(new Error(`worker error: ${event.message}`));
        spelling.onmessage = (event: MessageEvent<ChecksReply>) => {
          replies.push(event.data);
          if (event.data.type !== 'spelling-ready') resolve(replies);
        };
        spelling.postMessage(request);
      }),
    { url: `/assets/${worker}`, request },
  );

  expect(replies.map((reply) => reply.type)).toEqual(['spelling-ready', 'spelling-result']);
  const result = replies[1];
  expect(result?.type === 'spelling-result' && result.result.findings.map((f) => [f.ruleId, f.from, f.to])).toEqual([['spelling.spell-check', 15, 22]]);
  expect(violations).toEqual([]);
});
