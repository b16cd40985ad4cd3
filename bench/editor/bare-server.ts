import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import react from '@vitejs/plugin-react';
import type { StoryBody } from '../../src/shared/story/story-schema';

const PAGES_DIR = __dirname;
const OUT_DIR = resolve(__dirname, '../.work/editor');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

export type BarePage = { url: string; stop(): Promise<void> };

/** The bare page, built for production as the app is. */
async function buildBarePage(): Promise<void> {
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: PAGES_DIR,
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: {
      outDir: OUT_DIR,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      rollupOptions: { input: { bare: join(PAGES_DIR, 'bare.html') } },
    },
  });
}

/** Builds the bare Lexical page and serves it with the story on 127.0.0.1, over HTTP as the preview serves the app. */
export async function startBarePage(story: StoryBody): Promise<BarePage> {
  await buildBarePage();
  const storyJson = JSON.stringify(story);
  const server = createServer((request, response) => {
    const path = decodeURIComponent((request.url ?? '/').split('?')[0]!);
    if (path === '/story.json') {
      response.writeHead(200, { 'content-type': CONTENT_TYPES['.json']! });
      response.end(storyJson);
      return;
    }
    const file = normalize(join(OUT_DIR, path));
    if (!file.startsWith(OUT_DIR + sep)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (bytes) => {
        response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
        response.end(bytes);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/bare.html`,
    stop: () => new Promise((done) => server.close(() => done())),
  };
}
