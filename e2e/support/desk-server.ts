import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';

const REPO_ROOT = resolve(__dirname, '../..');
const CLI = ['--import', 'tsx', 'src/main/cli/copydesk.ts'];
const URL_LINE = /^Copydesk newsroom server: (ws:\/\/\S+) /;

export type RunningDeskServer = { url: string; stop(): Promise<void> };

/** A new editor's token on the desk server's data folder, as `copydesk server token add NAME` prints it. */
export async function addDeskToken(dataDir: string, name: string): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [...CLI, 'server', 'token', 'add', name, '--data', dataDir], { cwd: REPO_ROOT });
  return stdout.trim();
}

/** The desk's sync server as an administrator runs it (`copydesk server`), on loopback on a free port. */
export function startDeskServer(dataDir: string): Promise<RunningDeskServer> {
  const child = spawn(process.execPath, [...CLI, 'server', '--data', dataDir, '--port', '0'], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolvePromise, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => {
      const url = URL_LINE.exec(line)?.[1];
      if (url === undefined) {
        child.kill();
        reject(new Error(`The desk server printed "${line}" instead of its address.`));
        return;
      }
      resolvePromise({ url, stop: () => stop(child) });
    });
    child.once('exit', (code) => reject(new Error(`The desk server exited (${code}) before printing its address:\n${stderr}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    child.once('exit', () => resolvePromise());
    child.kill('SIGTERM');
  });
}
