import { resolve } from 'node:path';
import { EXIT } from '../main/api/error-report';
import { parsePreviewArgs, USAGE, UsageError } from './preview-args';
import { startPreviewServer } from './preview-server';

const RENDERER_DIR = resolve(__dirname, '../../out/renderer');

/** Exit codes as for the command line: 2 usage error, 3 data or setup error. */
async function main(): Promise<void> {
  let args;
  try {
    args = parsePreviewArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(EXIT.usage);
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  let preview;
  try {
    preview = await startPreviewServer({ profileDir: args.profileDir, rendererDir: RENDERER_DIR, port: args.port });
  } catch (error) {
    process.stderr.write(`Copydesk preview: ${(error as Error).message}\n`);
    process.exit(EXIT.data);
  }
  const stop = (): void => {
    preview.close().then(
      () => process.exit(EXIT.ok),
      (error: unknown) => {
        process.stderr.write(`Copydesk preview: closing failed: ${String(error)}\n`);
        process.exit(EXIT.data);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  process.stdout.write(`Copydesk preview: ${preview.url}\n`);
}

void main();
