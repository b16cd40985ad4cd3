import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';

const REPO_ROOT = resolve(__dirname, '../..');

/** A process of the repository's own running, at the URL it announced. */
export type AnnouncedProcess = { url: string; stop(): Promise<void> };

/** How a process announces itself: its first line on stdout matches `line`, whose first group is its URL. */
export type Announcement = {
  /** What the process is, for errors ("The preview"). */
  name: string;
  line: RegExp;
};

/**
 * Starts `node ARGS` in the repository, as a person runs it from there, and
 * resolves once its first line gives the URL; rejects with that line, or
 * with what it wrote on stderr if it exits first.
 */
export function startAnnounced(args: string[], { name, line }: Announcement): Promise<AnnouncedProcess> {
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  return new Promise((resolvePromise, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (first) => {
      const url = line.exec(first)?.[1];
      if (url === undefined) {
        child.kill();
        reject(new Error(`${name} printed "${first}" instead of its URL.`));
        return;
      }
      resolvePromise({ url, stop: () => stop(child, name) });
    });
    child.once('exit', (code) => reject(new Error(`${name} exited (${code}) before printing its URL:\n${stderr}`)));
  });
}

/** Stops the process as a person would (SIGTERM); rejects unless it exits cleanly. */
function stop(child: ChildProcess, name: string): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolvePromise, reject) => {
    child.once('exit', (code, signal) => {
      if (code === 0) resolvePromise();
      else reject(new Error(`${name} did not stop cleanly (exit ${code}, signal ${signal}).`));
    });
    child.kill('SIGTERM');
  });
}
