import { Dialect, LocalLinter } from 'harper.js';
import { binary } from 'harper.js/binary';
import { createSpellChecker, harperSpellingEngine, type SpellChecker } from '../../shared/spelling';
import { letOthersRun } from './let-others-run';

/**
 * harper.js (16 MB of WebAssembly, about two seconds to start) with the
 * shared checker and its per-block cache. The checks worker loads this
 * module with the first spelling check, so house style never fails with it;
 * between the steps of its start, house-style checks that came meanwhile run.
 */
export async function startSpellChecker(): Promise<SpellChecker> {
  // LocalLinter's constructor starts loading the WebAssembly and drops a failure (an uncaught error in
  // the worker): it is built only once the binary has loaded, so a failure is ours to report.
  await binary.setup();
  await letOthersRun();
  const engine = await harperSpellingEngine(new LocalLinter({ binary, dialect: Dialect.British }), Dialect.British);
  await letOthersRun();
  return createSpellChecker(engine);
}
