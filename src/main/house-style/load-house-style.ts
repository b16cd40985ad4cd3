import { readFileSync, statSync } from 'node:fs';
import { MAX_RULES_FILE_BYTES } from '../../shared/api/contract/house-style';
import { defaultRules, HouseStyleRulesError, parseRules, type HouseStyleRules } from '../../shared/house-style';
import type { Settings } from '../../shared/settings/settings-schema';
import { rulesFileInProfile } from './rules-file';

/** The rules in use, where they came from, and why the profile's own file is not in use when it is not. */
export type LoadedHouseStyle = {
  /** 'built-in', or the settings' path of the profile's rules file. */
  source: string;
  rules: HouseStyleRules;
  error?: string;
};

/**
 * The house-style rules of a profile (settings.houseStyleRules, a file inside
 * the profile folder; null for the built-in ones). A file that cannot be read,
 * or lies outside the profile,
 * or is not valid never stops the app: the built-in rules are used, and the
 * error names the file and the bad rule so it can be fixed.
 */
export function loadHouseStyleRules(profileDir: string, settings: Pick<Settings, 'houseStyleRules'>): LoadedHouseStyle {
  const path = settings.houseStyleRules;
  if (path === null) return { source: 'built-in', rules: defaultRules() };
  const found = rulesFileInProfile(profileDir, path);
  if ('problem' in found) return builtInBecause(`${found.problem}`);
  const { file } = found;
  let text: string;
  try {
    if (statSync(file).size > MAX_RULES_FILE_BYTES) {
      return builtInBecause(`The house-style rules file ${file} is larger than ${MAX_RULES_FILE_BYTES / 1024 / 1024} MB, more than any rules file needs.`);
    }
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : (error as Error).message;
    return builtInBecause(`The house-style rules file ${file} could not be read (${detail}).`);
  }
  try {
    return { source: path, rules: parseRules(text, path) };
  } catch (error) {
    if (!(error instanceof HouseStyleRulesError)) throw error;
    return builtInBecause(`The house-style rules file is not valid: ${error.message}`);
  }
}

function builtInBecause(problem: string): LoadedHouseStyle {
  return {
    source: 'built-in',
    rules: defaultRules(),
    error: `${problem} The built-in house style is in use until it is fixed (settings: houseStyleRules).`,
  };
}
