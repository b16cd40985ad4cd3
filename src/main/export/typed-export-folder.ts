import { accessSync, constants, existsSync, realpathSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { ApiError } from '../../shared/api/api-error';

/**
 * The folder a person typed for a batch export in the browser preview, which
 * has no folder dialog: a whole path (~ is the home folder), outside the
 * Copydesk profile, a folder that can be written (made when only its last
 * part is missing). Returns it resolved; refuses anything else saying why.
 */
export function checkTypedExportFolder(typed: string, profileDir: string): string {
  const text = typed.trim();
  if (text === '') throw refuse('Type the folder to export the stories into, e.g. ~/exports.');
  const expanded = text === '~' || text.startsWith('~/') ? join(homedir(), text.slice(1)) : text;
  if (!isAbsolute(expanded)) throw refuse(`“${text}” is not a whole path. Type it from the top, e.g. ~/exports or /home/you/exports.`);
  const folder = resolve(expanded);
  const existing = existsSync(folder) ? folder : dirname(folder);
  if (!existsSync(existing)) throw refuse(`The folder ${existing} does not exist. Create it first, or type another folder.`);
  if (!statSync(existing).isDirectory()) throw refuse(`${existing} is a file, not a folder. Type a folder to export into.`);
  if (isWithin(realpathSync(existing), realpathSync(profileDir))) {
    throw refuse(`${folder} is inside the Copydesk profile (${profileDir}), which keeps only the library itself. Type a folder outside it, e.g. ~/exports.`);
  }
  try {
    accessSync(existing, constants.W_OK);
  } catch {
    throw refuse(`The folder ${existing} cannot be written. Type a folder you can write to.`);
  }
  return folder;
}

function refuse(message: string): ApiError {
  return new ApiError('invalid_input', message, 'folder');
}

function isWithin(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
