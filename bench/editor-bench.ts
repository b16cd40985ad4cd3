import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { chromium, type Browser, type Page } from 'playwright-core';
import { defaultRules } from '../src/shared/house-style';
import { bodyPlainText } from '../src/shared/story/body-text';
import { countWords } from '../src/shared/text/word-count';
import { median, percentile, type BenchResult } from './bench-report';
import { createStoryGenerator } from './story-generator';
import { resolveChromium } from '../e2e/support/chromium';

export type EditorBenchOptions = {
  /** Keystrokes per side in each interleaved run (bench/README.md: at least 600). */
  keystrokes?: number;
  /** Page loads per side for the open time and heap figures (25: with 9, bare-against-bare medians still moved by ±0.08). */
  opens?: number;
  log?: (line: string) => void;
};

/** The budgets of bench/README.md, as ratios of Copydesk's editor to a bare Lexical editor. */
export const EDITOR_BUDGETS = { open: 1.25, keystrokeP95: 1.2, heap: 1.5 } as const;

const STORY_WORDS = 10_000;
const WARM_UP_KEYSTROKES = 40;
const PAGES_DIR = resolve(__dirname, 'editor');
const OUT_DIR = resolve(__dirname, '.work/editor');
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--enable-precise-memory-info',
  '--js-flags=--expose-gc',
  // Two pages take turns; neither may be throttled while the other has the keyboard.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

/** What is typed: ordinary prose with the quotes, apostrophes and dashes the typography rules act on. */
const TYPED = ` Managers said "we can't keep doing this" -- and they're right about the '90s too... The trusts - like the ICBs - need room.`;

type Side = 'copydesk' | 'bare';

async function buildPages(): Promise<void> {
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
      chunkSizeWarningLimit: 4_000,
      rollupOptions: { input: { bare: join(PAGES_DIR, 'bare.html'), copydesk: join(PAGES_DIR, 'copydesk.html') } },
    },
  });
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/** The built pages, the story and the house-style rules (validated here, as the app's main process does), on 127.0.0.1 only. */
async function serve(storyJson: string): Promise<{ origin: string; server: Server }> {
  const data: Record<string, string> = { '/story.json': storyJson, '/house-style-rules.json': JSON.stringify(defaultRules()) };
  const server = createServer((request, response) => {
    const path = decodeURIComponent((request.url ?? '/').split('?')[0]!);
    const json = data[path];
    if (json !== undefined) {
      response.writeHead(200, { 'content-type': CONTENT_TYPES['.json']! });
      response.end(json);
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
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** Each side gets its own browser context, so its own renderer process and heap. */
async function openPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw new Error(`The benchmark page failed: ${error.message}`);
  });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__bench?.readyAt != null, null, { polling: 'raf', timeout: 60_000 });
  return page;
}

async function closePage(page: Page): Promise<void> {
  await page.context().close();
}

/**
 * Start of loading → the first keystroke in the text, in ms; then, once the
 * page has done what it does after opening (Copydesk's first house-style
 * check), the JS heap after a full GC, in bytes.
 */
async function measureOpen(browser: Browser, url: string): Promise<{ openMs: number; heapBytes: number }> {
  const page = await openPage(browser, url);
  try {
    await page.keyboard.type('x');
    // (Functions sent to the page stay anonymous: the bundler would name them with a helper the page lacks.)
    await page.waitForFunction(() => window.__bench?.firstKeyAt != null, null, { polling: 'raf' });
    const openMs = await page.evaluate(() => window.__bench!.firstKeyAt!);
    await page.waitForFunction(() => window.__bench?.settledAt != null, null, { polling: 'raf', timeout: 60_000 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return { openMs, heapBytes: usedSize };
  } finally {
    await closePage(page);
  }
}

async function typeOne(page: Page, key: string, sampleNumber: number): Promise<void> {
  await page.keyboard.type(key);
  await page.evaluate((count) => window.__bench!.whenSamples(count), sampleNumber);
}

/** Two pages take turns, one keystroke each, A, B, A, B …; returns each side's latency samples. */
async function interleavedKeystrokes(browser: Browser, urls: [string, string], keystrokes: number): Promise<[number[], number[]]> {
  const pages = [await openPage(browser, urls[0]), await openPage(browser, urls[1])] as const;
  try {
    const total = WARM_UP_KEYSTROKES + keystrokes;
    for (let i = 0; i < total; i += 1) {
      const key = TYPED[i % TYPED.length]!;
      await typeOne(pages[0], key, i + 1);
      await typeOne(pages[1], key, i + 1);
    }
    const samples = await Promise.all(pages.map((page) => page.evaluate(() => window.__bench!.samples)));
    return [samples[0]!.slice(WARM_UP_KEYSTROKES), samples[1]!.slice(WARM_UP_KEYSTROKES)];
  } finally {
    await Promise.all(pages.map(closePage));
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(2)} MB`;
const ratio = (a: number, b: number) => a / b;
const verdict = (value: number, budget: number) => (value <= budget ? 'OK' : 'OVER');

/**
 * The editor's three ratio budgets (bench/README.md): Copydesk's body editor (the
 * real component, every plugin) against a bare Lexical editor of the same
 * version (RichText + History), on the same generated 10,000-word story, in
 * the same Debian Chromium, interleaved, plus a bare-against-bare run that
 * shows how noisy this machine is.
 *
 * Results carry ratios: `median` is the ratio of medians (p95 for the
 * keystroke budget), `budget` the ratio allowed.
 */
export async function runEditorBench(options: EditorBenchOptions = {}): Promise<BenchResult[]> {
  const keystrokes = Math.max(1, options.keystrokes ?? 600);
  const opens = Math.max(1, options.opens ?? 25);
  const log = options.log ?? ((line: string) => console.log(line));

  const story = createStoryGenerator(20_260_611).story(STORY_WORDS).body;
  const words = countWords(bodyPlainText(story));
  const size = `${words.toLocaleString('en-GB')}-word story`;
  await buildPages();
  const { origin, server } = await serve(JSON.stringify(story));
  // The Chromium the e2e tests use: the system's, else the one from npm.
  const resolved = await resolveChromium();
  const browser = await chromium.launch({ executablePath: resolved.executablePath, args: CHROMIUM_ARGS, env: { ...process.env, ...resolved.env } });
  const url: Record<Side, string> = { copydesk: `${origin}/copydesk.html`, bare: `${origin}/bare.html` };

  try {
    // Open and heap: one cold load each first (not counted), then alternate.
    await measureOpen(browser, url.copydesk);
    await measureOpen(browser, url.bare);
    const open: Record<Side | 'bare2', number[]> = { copydesk: [], bare: [], bare2: [] };
    const heap: Record<Side | 'bare2', number[]> = { copydesk: [], bare: [], bare2: [] };
    // Each round rotates the order: a load's place in its round (right after another page closed, or later) moves its time.
    const loads = [['copydesk', url.copydesk], ['bare', url.bare], ['bare2', url.bare]] as const;
    for (let i = 0; i < opens; i += 1) {
      for (const [side, target] of [...loads.slice(i % 3), ...loads.slice(0, i % 3)]) {
        const result = await measureOpen(browser, target);
        open[side].push(result.openMs);
        heap[side].push(result.heapBytes);
      }
    }

    const [copydeskKeys, bareKeys] = await interleavedKeystrokes(browser, [url.copydesk, url.bare], keystrokes);
    const [bareKeysA, bareKeysB] = await interleavedKeystrokes(browser, [url.bare, url.bare], keystrokes);

    // Each round's loads ran back to back, so a round's ratio cancels the machine getting busier or quieter.
    const pairedRatio = (a: number[], b: number[]) => median(a.map((value, i) => value / b[i]!));
    const openRatio = pairedRatio(open.copydesk, open.bare);
    const p95Ratio = ratio(percentile(copydeskKeys, 95), percentile(bareKeys, 95));
    const heapRatio = ratio(median(heap.copydesk), median(heap.bare));

    log(`editor benchmark: ${size}; ${opens} opens and ${keystrokes} keystrokes a side, interleaved; Debian Chromium`);
    log(
      `open (loading → first keystroke)   Copydesk median ${ms(median(open.copydesk))}   bare median ${ms(median(open.bare))}   ratio (median of rounds) ${openRatio.toFixed(2)}   budget ≤ ${EDITOR_BUDGETS.open}   ${verdict(openRatio, EDITOR_BUDGETS.open)}`,
    );
    log(
      `keystroke (keydown → next frame)   Copydesk p50 ${ms(median(copydeskKeys))} p95 ${ms(percentile(copydeskKeys, 95))}   bare p50 ${ms(median(bareKeys))} p95 ${ms(percentile(bareKeys, 95))}   p95 ratio ${p95Ratio.toFixed(2)}   budget ≤ ${EDITOR_BUDGETS.keystrokeP95}   ${verdict(p95Ratio, EDITOR_BUDGETS.keystrokeP95)}`,
    );
    log(
      `JS heap after GC                   Copydesk median ${mb(median(heap.copydesk))}   bare median ${mb(median(heap.bare))}   ratio ${heapRatio.toFixed(2)}   budget ≤ ${EDITOR_BUDGETS.heap}   ${verdict(heapRatio, EDITOR_BUDGETS.heap)}`,
    );
    log(
      `noise, bare against bare           open ratio ${pairedRatio(open.bare2, open.bare).toFixed(2)}   keystroke p50 ${ms(median(bareKeysA))}/${ms(median(bareKeysB))} p95 ${ms(percentile(bareKeysA, 95))}/${ms(percentile(bareKeysB, 95))} ratio ${ratio(percentile(bareKeysA, 95), percentile(bareKeysB, 95)).toFixed(2)}   heap ratio ${ratio(median(heap.bare2), median(heap.bare)).toFixed(2)}`,
    );

    return [
      { name: 'editor open, ratio to bare Lexical', size, median: openRatio, budget: EDITOR_BUDGETS.open },
      { name: 'editor keystroke p95, ratio to bare Lexical', size, median: p95Ratio, budget: EDITOR_BUDGETS.keystrokeP95 },
      { name: 'editor JS heap, ratio to bare Lexical', size, median: heapRatio, budget: EDITOR_BUDGETS.heap },
    ];
  } finally {
    await browser.close();
    server.close();
  }
}

/** `--keystrokes N` (per side, default 600) and `--opens N` (default 25). */
export function parseEditorBenchOptions(argv: readonly string[]): EditorBenchOptions {
  const options: EditorBenchOptions = {};
  for (const name of ['keystrokes', 'opens'] as const) {
    const index = argv.indexOf(`--${name}`);
    if (index === -1) continue;
    const value = Number(argv[index + 1]);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} needs a whole number, e.g. --${name} 600`);
    options[name] = value;
  }
  return options;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runEditorBench(parseEditorBenchOptions(process.argv.slice(2))).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  });
}
