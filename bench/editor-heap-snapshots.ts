import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { measureOpen, startEditorPages } from './editor-bench';

const OUT_DIR = resolve(__dirname, '.work/heap');

/**
 * One heap snapshot of each page in the state the editor benchmark reads
 * its heap in (the story open, a keystroke, its checks and autosave, two
 * GCs), to open in DevTools' Memory tab and compare: what the app's page
 * holds beyond the bare editor's. `--skip-build` uses the app already in out/.
 */
async function writeHeapSnapshots(skipBuild: boolean): Promise<void> {
  const log = (line: string) => console.log(line);
  const pages = await startEditorPages({ skipBuild, log });
  try {
    mkdirSync(OUT_DIR, { recursive: true });
    for (const side of ['app', 'bare'] as const) {
      const file = join(OUT_DIR, `${side}.heapsnapshot`);
      const { heapBytes, workerHeapBytes } = await measureOpen(pages.browser, pages.targets[side], (chunks) => writeFileSync(file, chunks.join('')));
      const workers = workerHeapBytes === 0 ? '' : `, its workers ${(workerHeapBytes / 1_048_576).toFixed(2)} MB`;
      log(`${side}: ${(heapBytes / 1_048_576).toFixed(2)} MB of JS heap after GC${workers} (${pages.size}); snapshot in ${file}`);
    }
  } finally {
    await pages.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeHeapSnapshots(process.argv.includes('--skip-build')).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  });
}
