import { existsSync, mkdirSync, realpathSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ApiError } from '../../shared/api/api-error';
import { HouseStyleRulesError, parseRules } from '../../shared/house-style';
import { writeFileAtomic } from '../export/atomic-write';

/** Where a rules file the person picks is copied: <profile>/house-rules/<its name>. */
export const RULES_FOLDER = 'house-rules';

const OUTSIDE =
  'must be a file inside the profile folder, given relative to it (e.g. house-rules/house-style.json). Choose the file with “Choose a rules file…” in the settings, which copies it into the profile.';

/**
 * The file a settings path to a rules file names, or why it may not be read:
 * only files inside the profile folder are, so the settings cannot make the
 * app read (and report on) any file of the machine. A link that leads out of
 * the profile counts as outside.
 */
export function rulesFileInProfile(profileDir: string, path: string): { file: string } | { problem: string } {
  const root = resolve(profileDir);
  const file = resolve(root, path);
  if (isAbsolute(path) || !isInside(root, file)) return { problem: `The rules file “${path}” ${OUTSIDE}` };
  if (existsSync(file) && !isInside(realpathSync(root), realpathSync(file))) {
    return { problem: `The rules file “${path}” leads outside the profile folder (it is a link); it ${OUTSIDE}` };
  }
  return { file };
}

/** Refuses settings whose rules file is outside the profile, naming the field. */
export function requireRulesFileInProfile(profileDir: string, path: string | null): void {
  if (path === null) return;
  const found = rulesFileInProfile(profileDir, path);
  if ('problem' in found) throw new ApiError('invalid_input', found.problem, 'houseStyleRules');
}

/**
 * Copies a rules file the person picked into the profile, after checking
 * that it holds valid rules (nothing is copied otherwise); the settings'
 * path of the copy. A file of the same name is replaced: picking it again
 * brings in its new version.
 */
export function copyRulesFileIntoProfile(profileDir: string, input: { fileName: string; bytes: Uint8Array }): string {
  const name = safeFileName(input.fileName);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(input.bytes);
  } catch {
    throw new ApiError('invalid_input', `${name} is not a text file, so it cannot be a rules file. Nothing was copied; choose the JSON file of house-style rules.`, 'bytes');
  }
  try {
    parseRules(text, name);
  } catch (error) {
    if (!(error instanceof HouseStyleRulesError)) throw error;
    throw new ApiError('invalid_input', `The rules file is not valid: ${error.message}. Nothing was copied; fix the file and choose it again.`, 'bytes');
  }
  const folder = join(profileDir, RULES_FOLDER);
  mkdirSync(folder, { recursive: true });
  const found = rulesFileInProfile(profileDir, `${RULES_FOLDER}/${name}`);
  // The house-rules folder, or a file in it, may be a link out of the profile: then nothing is written.
  if ('problem' in found || !isInside(realpathSync(profileDir), realpathSync(folder))) {
    throw new ApiError('rejected', `${RULES_FOLDER}/${name} in the profile leads outside the profile folder (it is a link), so the file was not copied. Remove the link and choose the file again.`);
  }
  writeFileAtomic(found.file, input.bytes);
  return `${RULES_FOLDER}/${name}`;
}

function isInside(root: string, file: string): boolean {
  const path = relative(root, file);
  return path !== '' && !path.startsWith(`..${sep}`) && path !== '..' && !isAbsolute(path);
}

/** The picked file's own name, reduced to characters safe in any file system; always .json. */
function safeFileName(fileName: string): string {
  const stem = basename(fileName.replace(/\\/g, '/'))
    .replace(/\.json$/i, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 100);
  return `${stem === '' ? 'house-style' : stem}.json`;
}
