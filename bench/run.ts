import { measureAutosaveRead } from './autosave-read-bench';
import { runBatchExportBench } from './batch-export-bench';
import { parseBenchOptions } from './bench-options';
import { withinBudget } from './bench-report';
import { runEditorBench } from './editor-bench';
import { runExportBench } from './export-bench';
import { runHouseStyleBench } from './house-style-bench';
import { runOfflineMergeBench } from './offline-merge-bench';
import { measureSharedSave } from './shared-save-bench';
import { runSpellingBench } from './spelling-bench';
import { runStoreBench } from './store-bench';
import { runStoryUpdatesSizeBench } from './story-updates-size-bench';
import { runSyncLatencyBench } from './sync-latency-bench';

/** `npm run bench [-- --stories N] [--keystrokes N]`: every benchmark in turn, then a one-line verdict. */
async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  console.log('== store');
  const results = await runStoreBench({ stories: options.stories });
  console.log('== autosave in the page');
  measureAutosaveRead(console.log);
  console.log('== saves of a shared story (through its Yjs document)');
  measureSharedSave(console.log);
  console.log('== newsroom sync (two profiles and copydesk server on loopback)');
  results.push(...(await runSyncLatencyBench()));
  await runOfflineMergeBench();
  runStoryUpdatesSizeBench();
  console.log('== house style');
  results.push(...(await runHouseStyleBench()));
  console.log('== spelling and grammar');
  results.push(...(await runSpellingBench()));
  console.log('== export');
  results.push(...(await runExportBench()));
  console.log('== batch export (command line)');
  results.push(...(await runBatchExportBench()));
  console.log('== editor in Chromium (Copydesk vs bare Lexical, interleaved)');
  results.push(...(await runEditorBench({ keystrokes: options.keystrokes })));
  console.log('== editor in Chromium, typing in a story shared on a desk');
  results.push(...(await runEditorBench({ keystrokes: options.keystrokes, shared: true, skipBuild: true })));
  const over = results.filter((result) => !withinBudget(result));
  console.log(over.length === 0 ? 'All budgets met.' : `Over budget: ${over.map((result) => result.name).join(', ')}.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
});
