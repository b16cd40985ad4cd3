/**
 * The `copydesk` command (npm bin; plain Node, no Electron): the stories and
 * backups of a profile, also while the app is open. The commands are listed
 * in commands.ts.
 */
import { runCli } from './run-cli';

/**
 * Writes to stdout or stderr until the reader goes away: a reader that stops
 * early (`copydesk list | head -1`) closes the pipe, and the rest of the
 * output is dropped without a word while the command finishes its work.
 */
function writerTo(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (!closed && error.code !== 'EPIPE') throw error;
    closed = true;
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}

runCli(process.argv.slice(2), {
  stdout: writerTo(process.stdout),
  stderr: writerTo(process.stderr),
  env: process.env,
}).then((code) => {
  process.exitCode = code;
});
