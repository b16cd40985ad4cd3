import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const HOLDER = resolve(__dirname, '../../support/profile-holder.ts');

/** Starts a process that holds the profile (as the preview does); resolves once it has the lock. */
export function startHolder(profileDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', HOLDER, profileDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolveHolder, reject) => {
    child.stdout!.once('data', () => resolveHolder(child));
    child.once('exit', (code) => reject(new Error(`the holder exited (${code}) before holding: ${stderr}`)));
  });
}

/** Kills with SIGKILL, as a crash would, and waits until the process is gone. */
export function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolveKill) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolveKill();
    child.once('exit', () => resolveKill());
    child.kill('SIGKILL');
  });
}
