#!/usr/bin/env node
// The copydesk command (see `copydesk --help`); `npm run build` makes the bundle it loads.
import('../out/cli/copydesk.cjs').catch((error) => {
  globalThis.process.stderr.write(`copydesk could not start (${error.message}). Run "npm run build" first.\n`);
  globalThis.process.exitCode = 3;
});
