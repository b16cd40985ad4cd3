/**
 * The `copydesk` command (npm bin; plain Node, no Electron): list and export
 * the stories of a profile, also while the app is open. See help-text.ts.
 */
import { runCli } from './run-cli';

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
}).then((code) => {
  process.exitCode = code;
});
