import Database from 'better-sqlite3';
import { runCli } from '../../src/main/cli/run-cli';

/**
 * `copydesk ARGS` as another user: every module is loaded first, as the
 * caller, so only the profile is touched as that user (the checkout itself
 * may be in a folder only the caller can read). Usage: UID ARGS...
 */
const [uid, ...args] = process.argv.slice(2);
// The driver loads its native addon on first use: load it now, while the checkout can still be read.
new Database(':memory:').close();
if (process.setgid === undefined || process.setuid === undefined) throw new Error('cli-as-user needs a POSIX system');
process.setgid(Number(uid));
process.setuid(Number(uid));
void runCli(args, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
}).then((code) => {
  process.exitCode = code;
});
