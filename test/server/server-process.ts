import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

export type ServerProcess = {
  child: ChildProcess;
  url: string;
  /** The first line the server printed. */
  banner: string;
  /** Resolves when the process has ended, with everything it wrote to stderr. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
};

/**
 * `copydesk server --data DIR --port 0 [options]` as its own process, from the source
 * (node with tsx's loader: one process, so a signal reaches the server
 * itself), resolved once it has printed the line saying where it listens.
 */
export function spawnServer(dataDir: string, options: string[] = []): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/main/cli/copydesk.ts'), 'server', '--data', dataDir, '--port', '0', ...options], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((done) => {
    child.on('exit', (code, signal) => done({ code, signal, stderr }));
  });
  return new Promise((resolveStarted, reject) => {
    child.stdout!.setEncoding('utf8').on('data', (text: string) => {
      stdout += text;
      const match = /^Copydesk newsroom server: (ws:\/\/\S+) \(data .*\)\n/.exec(stdout);
      if (match !== null) resolveStarted({ child, url: match[1]!, banner: match[0], exited });
    });
    void exited.then(({ code }) => reject(new Error(`the server exited (${code}) before it listened: ${stderr}`)));
  });
}
