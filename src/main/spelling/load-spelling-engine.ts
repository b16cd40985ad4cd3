import { harperSpellingEngine } from '../../shared/spelling/harper-engine';
import type { SpellingEngine } from '../../shared/spelling';

/** The spelling engine could not start: the check goes on without spelling and grammar. */
export class SpellingEngineLoadError extends Error {
  override readonly name = 'SpellingEngineLoadError';
}

let loading: Promise<SpellingEngine> | null = null;

/**
 * Loads harper.js in Node (the command line and the benchmark), once per
 * process. harper.js is ES modules only and finds its WebAssembly file next
 * to itself through import.meta.url, so it stays outside the CommonJS bundle
 * and is loaded with a dynamic import from node_modules.
 */
export function loadSpellingEngine(): Promise<SpellingEngine> {
  loading ??= startEngine().catch((error: unknown) => {
    loading = null; // a later check tries again
    throw error;
  });
  return loading;
}

async function startEngine(): Promise<SpellingEngine> {
  try {
    const harper = await import('harper.js');
    const { binary } = await import('harper.js/binary');
    // LocalLinter's constructor starts loading the WebAssembly and drops a failure, which would end
    // the process as an unhandled rejection: load it first, so a failure is caught here.
    await binary.setup();
    const linter = new harper.LocalLinter({ binary, dialect: harper.Dialect.British });
    return await harperSpellingEngine(linter, harper.Dialect.British);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SpellingEngineLoadError(
      `The spelling engine (harper.js) could not be loaded: ${reason}. Reinstall Copydesk's packages (npm ci) to restore it, or check with --no-spelling.`,
      { cause: error },
    );
  }
}
