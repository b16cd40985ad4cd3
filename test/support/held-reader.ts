import { spawn } from 'node:child_process';
import { once } from 'node:events';

/**
 * Another process (as the preview or a long command would be) reading the
 * database: `hold` starts a read transaction, whose snapshot stops a
 * checkpoint from finishing; `letGo` ends it but keeps the connection open
 * (closing it would checkpoint the WAL by itself); `close` ends the process.
 */
export async function startReader(file: string): Promise<{ hold(): Promise<void>; letGo(): Promise<void>; close(): Promise<void> }> {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(process.argv[1]);
    const steps = {
      hold: () => { db.exec('BEGIN'); db.prepare('SELECT count(*) FROM stories').get(); },
      letGo: () => db.exec('COMMIT'),
    };
    require('node:readline').createInterface({ input: process.stdin }).on('line', (line) => {
      steps[line]();
      process.stdout.write(line + ' done\\n');
    });
    process.stdout.write('ready done\\n');
  `;
  const child = spawn(process.execPath, ['-e', script, file], { stdio: ['pipe', 'pipe', 'inherit'] });
  const answered = async (step: string): Promise<void> => {
    const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
    if (chunk.toString().trim() !== `${step} done`) throw new Error(`the reader did not ${step}: ${chunk.toString()}`);
  };
  const run = async (step: string): Promise<void> => {
    const answer = answered(step);
    child.stdin.write(`${step}\n`);
    await answer;
  };
  await answered('ready');
  return {
    hold: () => run('hold'),
    letGo: () => run('letGo'),
    async close() {
      const exited = once(child, 'exit');
      child.stdin.end();
      child.kill();
      await exited;
    },
  };
}
