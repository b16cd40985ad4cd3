import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addToken } from '../../src/server/newsroom-tokens';
import { spawnServer } from '../../test/server/server-process';
import type { BenchDesk } from './app-preview';

/** `copydesk server` in its own process on loopback, with one editor's token, for the app's profile to join. */
export async function startBenchDeskServer(): Promise<BenchDesk & { stop(): Promise<void> }> {
  const data = mkdtempSync(join(tmpdir(), 'copydesk-bench-desk-'));
  try {
    const token = addToken(data, 'bench', new Date());
    const server = await spawnServer(data);
    return {
      url: server.url,
      token,
      async stop() {
        server.child.kill('SIGTERM');
        await server.exited;
        rmSync(data, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(data, { recursive: true, force: true });
    throw error;
  }
}
