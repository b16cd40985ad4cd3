import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { operationNames, type CopydeskBridge } from '../../src/shared/api/contract';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/security/content-security-policy';
import { startPreviewServer, type PreviewServer } from '../../src/preview/preview-server';
import { pngBytes } from '../support/image-bytes';

const INDEX_HTML = `<!doctype html>
<html lang="en-GB">
  <head>
    <title>Copydesk</title>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
  </head>
  <body><div id="root"></div></body>
</html>`;

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/** Raw HTTP, so tests can send what a browser would refuse to (a foreign Host, an unnormalised path). */
function send(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string | number>; body?: string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

let root: string;
let rendererDir: string;
let profileDir: string;
let preview: PreviewServer;

/**
 * The globals a browser gives the preview's bridge script, over the running
 * preview: its requests are noted (`sent`) and its event listeners kept, so
 * a test can fire one as the browser would.
 */
function browserPage(server: PreviewServer) {
  const origin = `http://127.0.0.1:${server.port}`;
  const storage = new Map<string, string>();
  const listeners = new Map<string, (() => void)[]>();
  const replaced: string[] = [];
  const sent: RequestInit[] = [];
  return {
    window: {} as { copydeskBridge?: CopydeskBridge },
    document: { visibilityState: 'visible' },
    location: { hash: `#token=${server.token}`, pathname: '/', search: '' },
    sessionStorage: { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => storage.set(k, v) },
    history: { state: null, replaceState: (_s: unknown, _t: string, url: string) => replaced.push(url) },
    addEventListener: (type: string, listener: () => void) => listeners.set(type, [...(listeners.get(type) ?? []), listener]),
    setTimeout,
    Blob,
    fetch: (path: string, init: RequestInit) => {
      sent.push(init);
      // Node's fetch has no keepalive to honour; the flag is what the test reads.
      const { keepalive: _browsersOnly, ...rest } = init;
      return fetch(origin + path, { ...rest, headers: { ...init.headers, origin } });
    },
    replaced,
    sent,
    fire: (type: string) => listeners.get(type)?.forEach((listener) => listener()),
  };
}

function callApi(operation: string, input: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return send(preview.port, {
    method: 'POST',
    path: `/api/${operation}`,
    headers: { 'content-type': 'application/json', 'x-copydesk-token': preview.token, ...headers },
    body: JSON.stringify(input),
  });
}

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'copydesk-preview-'));
  rendererDir = join(root, 'renderer');
  profileDir = join(root, 'profile');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), INDEX_HTML);
  writeFileSync(join(rendererDir, 'assets', 'index-abc.js'), 'console.log("app");');
  writeFileSync(join(rendererDir, 'assets', 'inter.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  writeFileSync(join(root, 'secret.txt'), 'not for the browser');
  preview = await startPreviewServer({ profileDir, rendererDir });
});

afterEach(async () => {
  await preview.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the browser preview server', () => {
  it('listens on a random loopback port and prints a URL carrying a 32-byte token', () => {
    expect(preview.port).toBeGreaterThan(0);
    expect(Buffer.from(preview.token, 'base64url')).toHaveLength(32);
    expect(preview.url).toBe(`http://127.0.0.1:${preview.port}/#token=${preview.token}`);
  });

  it('gives every start a different token', async () => {
    const other = await startPreviewServer({ profileDir: join(root, 'other'), rendererDir });
    try {
      expect(other.token).not.toBe(preview.token);
      expect(other.port).not.toBe(preview.port);
    } finally {
      await other.close();
    }
  });

  it("serves the renderer with the bridge script before the app's and the app's Content-Security-Policy", async () => {
    const reply = await send(preview.port, { path: '/' });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    const bridgeAt = reply.body.indexOf('<script src="/preview-bridge.js"></script>');
    expect(bridgeAt).toBeGreaterThan(0);
    expect(bridgeAt).toBeLessThan(reply.body.indexOf('type="module"'));
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('serves built assets with their content types', async () => {
    const script = await send(preview.port, { path: '/assets/index-abc.js' });
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.body).toBe('console.log("app");');
    const font = await send(preview.port, { path: '/assets/inter.woff2' });
    expect(font.headers['content-type']).toBe('font/woff2');
    expect((await send(preview.port, { path: '/assets/missing.js' })).status).toBe(404);
  });

  it.each(['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt'])(
    'refuses to serve a path outside the renderer: %s',
    async (path) => {
      const reply = await send(preview.port, { path });
      expect(reply.status).toBe(403);
      expect(reply.body).not.toContain('not for the browser');
    },
  );

  it('refuses a request whose Host is not the loopback address (DNS rebinding)', async () => {
    const page = await send(preview.port, { path: '/', headers: { host: `evil.example:${preview.port}` } });
    expect(page.status).toBe(403);
    const api = await callApi('listStories', {}, { host: `evil.example:${preview.port}` });
    expect(api.status).toBe(403);
    const localhost = await send(preview.port, { path: '/', headers: { host: `localhost:${preview.port}` } });
    expect(localhost.status).toBe(200);
  });

  it('refuses API calls from another origin even with the token', async () => {
    const reply = await callApi('listStories', {}, { origin: 'http://evil.example' });
    expect(reply.status).toBe(403);
    const own = await callApi('listStories', {}, { origin: `http://127.0.0.1:${preview.port}` });
    expect(own.status).toBe(200);
  });

  it('answers 401 to an API call without the token or with a wrong one, and changes nothing', async () => {
    const without = await send(preview.port, {
      method: 'POST',
      path: '/api/createStory',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(without.status).toBe(401);
    expect(JSON.parse(without.body)).toMatchObject({ ok: false, error: { code: 'rejected' } });
    const wrong = await callApi('createStory', {}, { 'x-copydesk-token': `${preview.token.slice(0, -1)}x` });
    expect(wrong.status).toBe(401);
    const list = JSON.parse((await callApi('listStories', {})).body);
    expect(list.value.total).toBe(0);
  });

  it('accepts API calls only as JSON POSTs', async () => {
    const get = await send(preview.port, { path: '/api/listStories', headers: { 'x-copydesk-token': preview.token } });
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
    const form = await callApi('listStories', {}, { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(415);
    const broken = await send(preview.port, {
      method: 'POST',
      path: '/api/listStories',
      headers: { 'content-type': 'application/json', 'x-copydesk-token': preview.token },
      body: '{"view":',
    });
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('refuses a body over the size cap with 413', async () => {
    const reply = await send(preview.port, {
      method: 'POST',
      path: '/api/createStory',
      headers: { 'content-type': 'application/json', 'x-copydesk-token': preview.token, 'content-length': 65 * 1024 * 1024 },
    });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body).error.message).toMatch(/^The input is larger than 64 MB\. It was refused and nothing was changed\./);
  });

  it('refuses JSON nested deeper than the limit for its depth, not as broken JSON, and changes nothing', async () => {
    const deep = `${'['.repeat(1_500)}1${']'.repeat(1_500)}`;
    for (const body of [`{"headline":${deep}}`, `{"headline":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}`]) {
      const reply = await send(preview.port, {
        method: 'POST',
        path: '/api/createStory',
        headers: { 'content-type': 'application/json', 'x-copydesk-token': preview.token },
        body,
      });
      expect(reply.status).toBe(400);
      expect(JSON.parse(reply.body)).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', message: expect.stringMatching(/^The input is nested deeper than 200 levels/) },
      });
    }
    // Brackets inside a text are words, not nesting.
    const bracketed = JSON.parse((await callApi('createStory', { headline: `Lists ${'['.repeat(250)}` })).body);
    expect(bracketed).toMatchObject({ ok: true });
    const listed = JSON.parse((await callApi('listStories', {})).body);
    expect(listed.value.total).toBe(1);
  });

  it('refuses a list, an object or a text over the limits, naming the limit and the field', async () => {
    const wide = JSON.parse((await callApi('listStories', Object.fromEntries(Array.from({ length: 1_001 }, (_, i) => [`k${i}`, i])))).body);
    expect(wide).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('more than 1,000 fields') } });
    const long = JSON.parse((await callApi('storyCards', { ids: Array.from({ length: 100_001 }, () => 0) })).body);
    expect(long).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'ids', message: expect.stringContaining('more than 100,000 items (at ids)') } });
  });

  it('runs the real handlers: a story created is listed and found by its standfirst', async () => {
    const created = JSON.parse(
      (await callApi('createStory', { headline: 'Waiting lists fall', standfirst: 'Trusts report shorter queues' })).body,
    );
    expect(created).toMatchObject({ ok: true, value: { headline: 'Waiting lists fall', section: 'Opinion' } });
    const listed = JSON.parse((await callApi('listStories', { query: 'queues' })).body);
    expect(listed.ok).toBe(true);
    expect(listed.value.rows.map((row: { id: string }) => row.id)).toEqual([created.value.id]);
  });

  it('returns the structured error for invalid input and for unknown operations', async () => {
    const invalid = JSON.parse((await callApi('createStory', { headline: 'Two\nlines' })).body);
    expect(invalid).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'headline: Headline must be one line', field: 'headline' },
    });
    const unknown = JSON.parse((await callApi('dropDatabase', {})).body);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'Unknown operation "dropDatabase".' } });
  });

  it('keeps the stories when stopped and started again on the same profile', async () => {
    await callApi('createStory', { headline: 'Still here' });
    await preview.close();
    preview = await startPreviewServer({ profileDir, rendererDir });
    const listed = JSON.parse((await callApi('listStories', {})).body);
    expect(listed.value.rows.map((row: { headline: string }) => row.headline)).toEqual(['Still here']);
  });

  it('serves a bridge script that puts every operation on window and calls the server with the token', async () => {
    const script = await send(preview.port, { path: '/preview-bridge.js' });
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const page = browserPage(preview);
    runInNewContext(script.body, page);
    const bridge = page.window.copydeskBridge!;
    expect(Object.keys(bridge).sort()).toEqual([...operationNames, 'onCommand'].sort());
    expect(page.replaced).toEqual(['/']);
    const created = await bridge.createStory({ headline: 'Through the bridge' });
    expect(created).toMatchObject({ ok: true, value: { headline: 'Through the bridge' } });
    const invalid = await bridge.getStory({ id: 'not-a-uuid' });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'id' } });
  });

  it('sends the saves a closing page makes as keepalive, so the browser still delivers them once the page is gone', async () => {
    const script = await send(preview.port, { path: '/preview-bridge.js' });
    const page = browserPage(preview);
    runInNewContext(script.body, page);
    const bridge = page.window.copydeskBridge!;
    await bridge.createStory({ headline: 'Open' });
    page.fire('beforeunload');
    const created = await bridge.createStory({ headline: 'Saved on the way out' });
    expect(created).toMatchObject({ ok: true });
    // A large body cannot go keepalive (browsers allow 64 KB in flight): it goes as an ordinary request.
    await bridge.createStory({ headline: 'Large', standfirst: 'x'.repeat(40_000) });
    expect(page.sent.map((request) => request.keepalive)).toEqual([false, true, false]);
    // The page stayed (its beforeunload was answered with Stay): requests are ordinary again.
    await new Promise((resolve) => setTimeout(resolve, 10));
    await bridge.createStory({ headline: 'Still open' });
    expect(page.sent.at(-1)?.keepalive).toBe(false);
  });

  it('imports an image sent through the bridge as bytes, then serves it from the profile at images/<sha256>.<ext>', async () => {
    const script = await send(preview.port, { path: '/preview-bridge.js' });
    const origin = `http://127.0.0.1:${preview.port}`;
    const page = browserPage(preview);
    runInNewContext(script.body, page);
    // The bytes are made in the page's own realm, as a File's would be.
    const png = pngBytes(640, 480);
    const bytes = runInNewContext(`new Uint8Array([${png.join(',')}])`, page) as Uint8Array<ArrayBuffer>;
    const imported = await page.window.copydeskBridge!.importImage({ fileName: 'ward.png', bytes });
    expect(imported).toMatchObject({ ok: true, value: { ext: 'png', width: 640, height: 480, byteSize: png.length } });
    const sha256 = (imported as { value: { sha256: string } }).value.sha256;

    const served = await fetch(`${origin}/images/${sha256}.png`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(png);
    for (const path of [`/images/${sha256}.svg`, `/images/${sha256.slice(2)}.png`, '/images/..%2f..%2fsecret.txt', '/images/']) {
      expect((await send(preview.port, { path })).status).toBe(404);
    }
  });

  it('refuses to start without a built renderer and says how to build it', async () => {
    await expect(startPreviewServer({ profileDir, rendererDir: join(root, 'nothing') })).rejects.toThrow(
      /run npm run build first/,
    );
  });
});
