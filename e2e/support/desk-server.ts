import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { startAnnounced, type AnnouncedProcess } from './announced-process';

const REPO_ROOT = resolve(__dirname, '../..');
const CLI = ['--import', 'tsx', 'src/main/cli/copydesk.ts'];

/** A new editor's token on the desk server's data folder, as `copydesk server token add NAME` prints it. */
export async function addDeskToken(dataDir: string, name: string): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [...CLI, 'server', 'token', 'add', name, '--data', dataDir], { cwd: REPO_ROOT });
  return stdout.trim();
}

/** The desk's sync server as an administrator runs it (`copydesk server`), on loopback on a free port. */
export function startDeskServer(dataDir: string): Promise<AnnouncedProcess> {
  return startAnnounced([...CLI, 'server', '--data', dataDir, '--port', '0'], {
    name: 'The desk server',
    line: /^Copydesk newsroom server: (ws:\/\/\S+) /,
  });
}
