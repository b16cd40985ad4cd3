import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { bodyPlainText } from '../src/shared/story/body-text';
import { countWords } from '../src/shared/text/word-count';
import { median, percentile, type BenchResult } from './bench-report';
import { buildApp, startAppWithStory, type BenchDesk } from './editor/app-preview';
import { startBenchDeskServer } from './editor/bench-desk-server';
import { startBarePage } from './editor/bare-server';
import type { Probe } from './editor/probe';
import { workerHeaps } from './editor/worker-heaps';
import { createStoryGenerator } from './story-generator';
import { resolveChromium } from '../e2e/support/chromium';

export type EditorBenchOptions = {
  /** Keystrokes per side at each place (the middle, the end) in each interleaved run (bench/README.md: at least 600). */
  keystrokes?: number;
  /** Opens per side for the start-to-editable and heap figures. */
  opens?: number;
  /** Use the app already in out/ instead of running `npm run build` first. */
  skipBuild?: boolean;
  /** Only the typing in bursts with the checks running (and its bare-against-bare noise), for work on that phase. */
  burstsOnly?: boolean;
  /** Measure only the start and the heap (the opens), no typing: a quick look at those two. */
  opensOnly?: boolean;
  /** Only typing in a story shared on a desk (its profile joined to `copydesk server` on loopback), against the bare page. */
  shared?: boolean;
  log?: (line: string) => void;
};

/** The budgets of bench/README.md, as ratios of the app to a bare Lexical editor. */
export const EDITOR_BUDGETS = { editable: 1.5, keyP50: 1.1, keyP95: 1.1, keyP99: 1.2, heap: 1.5 } as const;

const STORY_WORDS = 10_000;
const WARM_UP_KEYSTROKES = 40;
/** After the heap's keystroke, time for what a page does after typing (the app: its checks and its autosave). */
const SETTLE_MS = 1_500;
const READY_TIMEOUT_MS = 60_000;
const VIEWPORT = { width: 1440, height: 900 };
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--enable-precise-memory-info',
  // Two pages take turns; neither may be throttled while the other has the keyboard.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

/** What is typed: ordinary prose with the quotes, apostrophes and dashes the typography rules act on. */
const TYPED = ` Managers said "we can't keep doing this" -- and they're right about the '90s too... The trusts - like the ICBs - need room.`;

type Where = Parameters<Probe['placeCaret']>[0];
/** A page to open in a fresh context: its address and the scripts that run before its own. */
export type Target = { url: string; initScripts: string[] };

/** The page-side probe (./editor/probe.ts) as one script, the same for both pages. */
async function probeScript(): Promise<string> {
  const bundled = await build({ entryPoints: [resolve(__dirname, 'editor/probe.ts')], bundle: true, format: 'iife', target: 'es2022', write: false });
  return bundled.outputFiles[0]!.text;
}

/** A fresh browser context (its own renderer process and heap, nothing cached), navigated; resolves once the story is editable. */
async function openStory(browser: Browser, target: Target): Promise<{ page: Page; editableMs: number }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  for (const content of target.initScripts) await context.addInitScript({ content });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error in ${target.url}: ${error.message}`));
  await page.goto(target.url, { waitUntil: 'commit' });
  // (Functions sent to the page stay anonymous: a named one would carry a helper of the bundler that the page lacks.)
  // The probe's own promise, not page.waitForFunction: that one loads Playwright's selector engine into
  // the page's heap (about 0.4 MB), which would count on both sides and flatter the heap ratio.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${target.url} showed no editable story within ${READY_TIMEOUT_MS / 1000} s.`)), READY_TIMEOUT_MS);
  });
  try {
    const editableMs = await Promise.race([page.evaluate(() => window.__probe!.whenReady()), timedOut]);
    return { page, editableMs };
  } finally {
    clearTimeout(timer);
  }
}

async function placeCaret(page: Page, where: Where): Promise<void> {
  await page.evaluate((place) => window.__probe!.placeCaret(place), where);
}

/**
 * Navigation → editable story, in ms; then a keystroke at the end, a pause
 * for what the page does after it, and the whole page's JS heap after a full GC, in bytes,
 * with its workers' heaps (each its own isolate) added up beside it.
 * With `snapshot`, also hands it a heap snapshot of the page in that state (for DevTools' Memory tab).
 */
export async function measureOpen(
  browser: Browser,
  target: Target,
  snapshot?: (chunks: string[]) => void,
): Promise<{ editableMs: number; heapBytes: number; workerHeapBytes: number }> {
  const { page, editableMs } = await openStory(browser, target);
  try {
    await placeCaret(page, 'end');
    await page.keyboard.type('x');
    await page.evaluate((pause) => window.__probe!.settle(pause), SETTLE_MS);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const workerHeapBytes = (await workerHeaps(cdp)).reduce((sum, bytes) => sum + bytes, 0);
    if (snapshot !== undefined) {
      const chunks: string[] = [];
      cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
      await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
      snapshot(chunks);
    }
    return { editableMs, heapBytes: usedSize, workerHeapBytes };
  } finally {
    await page.context().close();
  }
}

async function typeOne(page: Page, key: string, sampleNumber: number): Promise<void> {
  await page.keyboard.type(key);
  await page.evaluate((count) => window.__probe!.whenSamples(count), sampleNumber);
}

/** Two pages take turns, one keystroke each, A, B, A, B …, typing at `where`; returns each side's latency samples. */
async function interleavedKeystrokes(browser: Browser, targets: [Target, Target], where: Where, keystrokes: number): Promise<[number[], number[]]> {
  const pages = [(await openStory(browser, targets[0])).page, (await openStory(browser, targets[1])).page] as const;
  try {
    for (const page of pages) await placeCaret(page, where);
    const total = WARM_UP_KEYSTROKES + keystrokes;
    for (let i = 0; i < total; i += 1) {
      const key = TYPED[i % TYPED.length]!;
      await typeOne(pages[0], key, i + 1);
      await typeOne(pages[1], key, i + 1);
    }
    const samples = await Promise.all(pages.map((page) => page.evaluate(() => window.__probe!.samples)));
    return [samples[0]!.slice(WARM_UP_KEYSTROKES), samples[1]!.slice(WARM_UP_KEYSTROKES)];
  } finally {
    await Promise.all(pages.map((page) => page.context().close()));
  }
}

/**
 * Typing as people type, so the checks run while someone writes: bursts of
 * 20–40 keys (the two pages taking turns key by key), each followed by a
 * pause of 0.6–1.5 s in which house style (after 0.3 s of quiet) and, in the
 * longer pauses, spelling and grammar (after 1 s) check what changed, their
 * findings often landing during the next burst. The text typed has slips for
 * them to find. Lengths come from a fixed seed, so every run types the same.
 */
const BURST_KEYS = { min: 20, max: 40 };
const BURST_PAUSE_MS = { min: 600, max: 1_500 };
const TYPED_WITH_SLIPS = ' The trust will recieve the the report next week, and its a good idea to read it before the board meets.';
/** The generated story's first spelling check, with its invented words, takes tens of seconds on a busy machine. */
const FIRST_SPELLING_CHECK_MS = 120_000;

/** What the app's status line says of spelling: "3,096 spelling, 212 grammar", "Checking spelling… 40%" or "Spelling not checked". */
function spellingStatus(page: Page): Promise<string> {
  return page.evaluate(() => /(?:[\d,]+ spelling, [\d,]+ grammar|Checking spelling[^\n]*|Spelling not checked)/.exec(document.body.innerText)?.[0] ?? 'no spelling status');
}

/**
 * Resolves once the app has checked the whole story's spelling, or given up
 * twice (after the first time it presses Retry, as an editor would), or
 * `timeoutMs` has passed each time; with the status it ended on.
 */
async function whenSpellingSettled(page: Page, timeoutMs: number): Promise<string> {
  let status = 'no spelling status';
  let retried = false;
  for (let attempt = 1; attempt <= 2; attempt += 1) {
    const until = Date.now() + timeoutMs;
    status = await spellingStatus(page);
    while (/^(Checking|no spelling)/.test(status) && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      status = await spellingStatus(page);
    }
    if (status !== 'Spelling not checked' || attempt === 2) break;
    // (The locators below load Playwright's selector engine into the page: this phase measures no heap.)
    await page.getByRole('button', { name: 'Spelling not checked' }).click();
    await page.getByRole('tabpanel', { name: 'House style' }).getByRole('button', { name: 'Retry' }).click();
    retried = true;
  }
  return retried ? `${status} (after Retry)` : status;
}

/**
 * Like interleavedKeystrokes, in bursts with pauses, once the app has read
 * the whole story's spelling (as when someone opens a story, reads it and
 * edits it); also says what the app's status line showed of spelling
 * before the typing and after it.
 */
async function keystrokesInBursts(
  browser: Browser,
  targets: [Target, Target],
  where: Where,
  keystrokes: number,
  /** False when the first page is not the app (the bare-against-bare noise): it has no spelling to wait for. */
  appFirst = true,
): Promise<{ samples: [number[], number[]]; spellingBefore: string; spellingAfter: string }> {
  const pages = [(await openStory(browser, targets[0])).page, (await openStory(browser, targets[1])).page] as const;
  let seed = 20_261_207;
  const between = (range: { min: number; max: number }) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return range.min + Math.floor((seed / 2_147_483_648) * (range.max - range.min + 1));
  };
  try {
    const spellingBefore = appFirst ? await whenSpellingSettled(pages[0], FIRST_SPELLING_CHECK_MS) : 'no spelling';
    for (const page of pages) await placeCaret(page, where);
    const total = WARM_UP_KEYSTROKES + keystrokes;
    for (let i = 0; i < total; ) {
      for (const end = Math.min(total, i + between(BURST_KEYS)); i < end; i += 1) {
        const key = TYPED_WITH_SLIPS[i % TYPED_WITH_SLIPS.length]!;
        await typeOne(pages[0], key, i + 1);
        await typeOne(pages[1], key, i + 1);
      }
      await new Promise((resolve) => setTimeout(resolve, between(BURST_PAUSE_MS)));
    }
    const samples = await Promise.all(pages.map((page) => page.evaluate(() => window.__probe!.samples)));
    const spellingAfter = appFirst ? await spellingStatus(pages[0]) : 'no spelling';
    return { samples: [samples[0]!.slice(WARM_UP_KEYSTROKES), samples[1]!.slice(WARM_UP_KEYSTROKES)], spellingBefore, spellingAfter };
  } finally {
    await Promise.all(pages.map((page) => page.context().close()));
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(2)} MB`;
const verdict = (value: number, budget: number) => (value <= budget ? 'OK' : 'OVER');
const pad = (text: string, width: number) => text.padEnd(width);

/** Words the story ends with: the probe calls it editable once they are on screen. */
function closingText(plain: string): string {
  const lastBlock = plain.trimEnd().split('\n').at(-1)!.trim();
  return lastBlock.slice(-40);
}

/**
 * The editor budgets of bench/README.md, measured on the app as people use
 * it: the built app in the browser preview, a story of 10,000 words stored
 * in a fresh profile and opened by its address in a fresh browser context
 * each time, against a bare Lexical editor of the same version (RichText +
 * History) served the same way, in the same Chromium, interleaved; a bare
 * page against another shows the noise.
 *
 * Results carry ratios: `median` is the ratio, `budget` the ratio allowed.
 */
/** Both pages serving the generated story, and the browser that opens them. */
export type EditorPages = {
  browser: Browser;
  targets: { app: Target; bare: Target };
  /** The story's size, as the results name it. */
  size: string;
  /** e.g. "system Chromium 156.0…". */
  chromium: string;
  stop(): Promise<void>;
};

/**
 * Builds the app (unless `skipBuild`), stores the generated story in a preview profile, serves the bare page with it, and launches Chromium;
 * with `desk`, the profile joins that desk, so the app's story is a shared one.
 */
export async function startEditorPages(options: { skipBuild?: boolean; desk?: BenchDesk; log: (line: string) => void }): Promise<EditorPages> {
  const story = createStoryGenerator(20_260_611).story(STORY_WORDS);
  const plain = bodyPlainText(story.body);
  if (options.skipBuild !== true) buildApp(options.log);
  const expectation = `window.__probeExpect = ${JSON.stringify({ closingText: closingText(plain) })};`;
  const probe = await probeScript();
  const app = await startAppWithStory(story, options.desk);
  const bare = await startBarePage(story.body);
  // The Chromium the e2e tests use: the system's, else the one from npm.
  const resolved = await resolveChromium();
  const browser = await chromium.launch({ executablePath: resolved.executablePath, args: CHROMIUM_ARGS, env: { ...process.env, ...resolved.env } });
  return {
    browser,
    targets: {
      app: { url: app.storyUrl, initScripts: [app.tokenScript, expectation, probe] },
      bare: { url: bare.url, initScripts: [expectation, probe] },
    },
    size: `${countWords(plain).toLocaleString('en-GB')}-word story`,
    chromium: `${resolved.source} Chromium ${browser.version()}`,
    async stop() {
      await browser.close();
      await bare.stop();
      await app.stop();
    },
  };
}

export async function runEditorBench(options: EditorBenchOptions = {}): Promise<BenchResult[]> {
  const keystrokes = Math.max(1, options.keystrokes ?? 600);
  const opens = Math.max(1, options.opens ?? 15);
  const log = options.log ?? ((line: string) => console.log(line));
  if (options.shared === true) return typingInASharedStory(keystrokes, options.skipBuild === true, log);
  const pages = await startEditorPages({ skipBuild: options.skipBuild, log });
  const { browser, targets, size } = pages;

  try {
    if (options.burstsOnly === true) return await burstsOnly(pages, keystrokes, log);
    // Start and heap: one cold open each first (not counted), then rounds of app, bare, bare again, the order rotating.
    await measureOpen(browser, targets.app);
    await measureOpen(browser, targets.bare);
    const editable: Record<'app' | 'bare' | 'bare2', number[]> = { app: [], bare: [], bare2: [] };
    const heap: Record<'app' | 'bare' | 'bare2', number[]> = { app: [], bare: [], bare2: [] };
    const workerHeap: number[] = [];
    const loads = [['app', targets.app], ['bare', targets.bare], ['bare2', targets.bare]] as const;
    for (let i = 0; i < opens; i += 1) {
      for (const [side, target] of [...loads.slice(i % 3), ...loads.slice(0, i % 3)]) {
        const result = await measureOpen(browser, target);
        editable[side].push(result.editableMs);
        heap[side].push(result.heapBytes);
        if (side === 'app') workerHeap.push(result.workerHeapBytes);
      }
    }

    // A round's opens ran back to back, so a round's ratio cancels the machine getting busier or quieter.
    const pairedRatio = (a: number[], b: number[]) => median(a.map((value, i) => value / b[i]!));
    const editableRatio = pairedRatio(editable.app, editable.bare);
    const heapRatio = median(heap.app) / median(heap.bare);
    const results: BenchResult[] = [];
    const lines: string[][] = [];
    const row = (what: string, app: string, bareFigure: string, ratio: number, budget: number) => {
      lines.push([what, app, bareFigure, ratio.toFixed(2), `≤ ${budget}`, verdict(ratio, budget)]);
      results.push({ name: `editor ${what}, ratio to bare Lexical`, size, median: ratio, budget });
    };
    row('navigation → editable story (median)', ms(median(editable.app)), ms(median(editable.bare)), editableRatio, EDITOR_BUDGETS.editable);
    row('whole page JS heap after GC (median)', mb(median(heap.app)), mb(median(heap.bare)), heapRatio, EDITOR_BUDGETS.heap);
    const printTable = (typed: string) => {
      log(`editor benchmark: ${size}, ${opens} opens a side, ${typed}; ${pages.chromium}`);
      const header = ['what', 'app', 'bare', 'ratio', 'budget', ''];
      const widths = header.map((_, column) => Math.max(...[header, ...lines].map((line) => line[column]!.length)));
      for (const line of [header, ...lines]) log(line.map((cell, column) => pad(cell, widths[column]!)).join('   ').trimEnd());
      // Outside the budget (the page's heap is what the editor's thread carries), printed so the whole memory stays in view.
      log(`the app's checks worker, its own heap after GC (median): ${mb(median(workerHeap))}; page and worker together ${mb(median(heap.app) + median(workerHeap))}`);
      // The bare page's heap is the same at every open; the app's is not (what its checks have sent back by then), so a change smaller than this spread needs more opens to show.
      log(`the app's page heap from open to open: ${mb(Math.min(...heap.app))} to ${mb(Math.max(...heap.app))} (the bare page's ${mb(Math.min(...heap.bare))} to ${mb(Math.max(...heap.bare))})`);
    };
    const openNoise = `editable ratio ${pairedRatio(editable.bare2, editable.bare).toFixed(2)}   heap ratio ${(median(heap.bare2) / median(heap.bare)).toFixed(2)}`;
    if (options.opensOnly === true) {
      printTable('no typing (--opens-only)');
      log(`noise, bare against bare: ${openNoise}`);
      return results;
    }

    const keys = {} as Record<Where, [number[], number[]]>;
    for (const where of ['middle', 'end'] as const) keys[where] = await interleavedKeystrokes(browser, [targets.app, targets.bare], where, keystrokes);
    const noiseKeys = await interleavedKeystrokes(browser, [targets.bare, targets.bare], 'end', keystrokes);
    const bursts = await keystrokesInBursts(browser, [targets.app, targets.bare], 'end', keystrokes);

    for (const where of ['middle', 'end'] as const) {
      const [appKeys, bareKeys] = keys[where];
      for (const [p, budget] of [[50, EDITOR_BUDGETS.keyP50], [95, EDITOR_BUDGETS.keyP95], [99, EDITOR_BUDGETS.keyP99]] as const) {
        const [a, b] = [percentile(appKeys, p), percentile(bareKeys, p)];
        row(`keystroke p${p}, typing at the ${where}`, ms(a), ms(b), a / b, budget);
      }
    }
    for (const [p, budget] of [[50, EDITOR_BUDGETS.keyP50], [95, EDITOR_BUDGETS.keyP95], [99, EDITOR_BUDGETS.keyP99]] as const) {
      const [a, b] = [percentile(bursts.samples[0], p), percentile(bursts.samples[1], p)];
      row(`keystroke p${p}, typing in bursts at the end, checks in the pauses`, ms(a), ms(b), a / b, budget);
    }

    printTable(`${keystrokes} keystrokes a side at each place, interleaved`);
    log(`typing in bursts: ${BURST_KEYS.min}–${BURST_KEYS.max} keys, then ${BURST_PAUSE_MS.min}–${BURST_PAUSE_MS.max} ms of pause; the app's spelling status before typing: ${bursts.spellingBefore}, after: ${bursts.spellingAfter}`);
    const [noiseA, noiseB] = noiseKeys;
    log(
      `noise, bare against bare: ${openNoise}   keystroke p50/p95/p99 ratios ${[50, 95, 99].map((p) => (percentile(noiseA, p) / percentile(noiseB, p)).toFixed(2)).join('/')}`,
    );
    return results;
  } finally {
    await pages.stop();
  }
}

const BURST_PERCENTILES = [[50, EDITOR_BUDGETS.keyP50], [95, EDITOR_BUDGETS.keyP95], [99, EDITOR_BUDGETS.keyP99]] as const;

/** The burst phase alone, app against bare and bare against bare, each side typing `keystrokes` keys. */
async function burstsOnly(pages: EditorPages, keystrokes: number, log: (line: string) => void): Promise<BenchResult[]> {
  const { browser, targets, size } = pages;
  const app = await keystrokesInBursts(browser, [targets.app, targets.bare], 'end', keystrokes);
  const noise = await keystrokesInBursts(browser, [targets.bare, targets.bare], 'end', keystrokes, false);
  const ratios = (samples: [number[], number[]]) => BURST_PERCENTILES.map(([p]) => percentile(samples[0], p) / percentile(samples[1], p));
  log(`typing in bursts at the end, checks in the pauses: ${size}, ${keystrokes} keystrokes a side, interleaved; ${pages.chromium}`);
  const figures = BURST_PERCENTILES.map(([p]) => `p${p} ${ms(percentile(app.samples[0], p))} / ${ms(percentile(app.samples[1], p))}`).join('   ');
  log(`app / bare: ${figures}   ratios ${ratios(app.samples).map((ratio) => ratio.toFixed(2)).join('/')}   (budget 1.1/1.1/1.2)`);
  log(`the app's spelling status before typing: ${app.spellingBefore}, after: ${app.spellingAfter}`);
  log(`noise, bare against bare: keystroke p50/p95/p99 ratios ${ratios(noise.samples).map((ratio) => ratio.toFixed(2)).join('/')}`);
  return BURST_PERCENTILES.map(([p, budget], index) => ({
    name: `editor keystroke p${p}, typing in bursts at the end, checks in the pauses, ratio to bare Lexical`,
    size,
    median: ratios(app.samples)[index]!,
    budget,
  }));
}

/**
 * Typing in a story shared on a desk: the app's profile joined to `copydesk server` on loopback, so the body is
 * edited through the collaboration binding and every change goes to the desk as a Yjs update; typed at the middle
 * and at the end against the bare page, interleaved, and a bare page against another for the noise.
 */
async function typingInASharedStory(keystrokes: number, skipBuild: boolean, log: (line: string) => void): Promise<BenchResult[]> {
  const desk = await startBenchDeskServer();
  try {
    const pages = await startEditorPages({ skipBuild, desk, log });
    try {
      const { browser, targets, size } = pages;
      const results: BenchResult[] = [];
      const lines: string[] = [];
      for (const where of ['middle', 'end'] as const) {
        const [appKeys, bareKeys] = await interleavedKeystrokes(browser, [targets.app, targets.bare], where, keystrokes);
        for (const [p, budget] of BURST_PERCENTILES) {
          const [a, b] = [percentile(appKeys, p), percentile(bareKeys, p)];
          lines.push(`keystroke p${p}, typing at the ${where} of a shared story   ${ms(a)}   ${ms(b)}   ${(a / b).toFixed(2)}   ≤ ${budget}   ${verdict(a / b, budget)}`);
          results.push({ name: `editor keystroke p${p}, typing at the ${where} of a story shared on a desk, ratio to bare Lexical`, size, median: a / b, budget });
        }
      }
      const [noiseA, noiseB] = await interleavedKeystrokes(browser, [targets.bare, targets.bare], 'end', keystrokes);
      log(`typing in a story shared on a desk (copydesk server on loopback): ${size}, ${keystrokes} keystrokes a side at each place, interleaved; ${pages.chromium}`);
      log('what   app   bare   ratio   budget');
      lines.forEach((line) => log(line));
      log(`noise, bare against bare: keystroke p50/p95/p99 ratios ${[50, 95, 99].map((p) => (percentile(noiseA, p) / percentile(noiseB, p)).toFixed(2)).join('/')}`);
      return results;
    } finally {
      await pages.stop();
    }
  } finally {
    await desk.stop();
  }
}

/** `--keystrokes N` (per side and place, default 600), `--opens N` (default 15), `--skip-build`, `--bursts-only`, `--opens-only`, `--shared`. */
export function parseEditorBenchOptions(argv: readonly string[]): EditorBenchOptions {
  const options: EditorBenchOptions = {
    skipBuild: argv.includes('--skip-build'),
    burstsOnly: argv.includes('--bursts-only'),
    opensOnly: argv.includes('--opens-only'),
    shared: argv.includes('--shared'),
  };
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
