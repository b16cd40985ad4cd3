import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under a folder, at any depth. */
export function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const file = join(folder, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

/** The files under the folder whose bytes hold the text. */
export function filesHolding(folder: string, text: string): string[] {
  return filesUnder(folder).filter((file) => readFileSync(file).includes(Buffer.from(text)));
}
