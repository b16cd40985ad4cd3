import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';

const REPO_ROOT = resolve(__dirname, '../..');
const URL_LINE = /^Copydesk preview: (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)$/;

export type RunningPreview = { url: string; stop(): Promise<void> };

/**
 * The preview exactly as a reviewer runs it (src/preview/server.ts in its own
 * process), on a free port; resolves with the URL it prints.
 */
export function startPreview(profileDir: string): Promise<RunningPreview> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/preview/server.ts', '--profile', profileDir, '--port', '0'],
    { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  return new Promise((resolvePromise, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => {
      const url = URL_LINE.exec(line)?.[1];
      if (url === undefined) {
        child.kill();
        reject(new Error(`The preview printed "${line}" instead of its URL.`));
        return;
      }
      resolvePromise({ url, stop: () => stop(child) });
    });
    child.once('exit', (code) => reject(new Error(`The preview exited (${code}) before printing its URL:\n${stderr}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolvePromise, reject) => {
    child.once('exit', (code, signal) => {
      if (code === 0) resolvePromise();
      else reject(new Error(`The preview did not stop cleanly (exit ${code}, signal ${signal}).`));
    });
    child.kill('SIGTERM');
  });
}
