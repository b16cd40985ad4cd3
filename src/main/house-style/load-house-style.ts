import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { defaultRules, HouseStyleRulesError, parseRules, type HouseStyleRules } from '../../shared/house-style';
import type { Settings } from '../../shared/settings/settings-schema';

/** The rules in use, where they came from, and why the profile's own file is not in use when it is not. */
export type LoadedHouseStyle = {
  /** 'built-in', or the settings' path of the profile's rules file. */
  source: string;
  rules: HouseStyleRules;
  error?: string;
};

/**
 * The house-style rules of a profile (settings.houseStyleRules, relative to
 * the profile folder; null for the built-in ones). A file that cannot be read
 * or is not valid never stops the app: the built-in rules are used, and the
 * error names the file and the bad rule so it can be fixed.
 */
export function loadHouseStyleRules(profileDir: string, settings: Pick<Settings, 'houseStyleRules'>): LoadedHouseStyle {
  const path = settings.houseStyleRules;
  if (path === null) return { source: 'built-in', rules: defaultRules() };
  const file = isAbsolute(path) ? path : join(profileDir, path);
  let text: string;
  try {
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
