import { existsSync, readFileSync } from 'node:fs';
import { readJsonText } from '../../shared/api/json-text';
import { settingsSchema, type Settings } from '../../shared/settings/settings-schema';
import defaultSettingsJson from '../../../resources/default-settings.json';

export class SettingsError extends Error {
  override name = 'SettingsError';
}

export const defaultSettings: Settings = settingsSchema.parse(defaultSettingsJson);

/**
 * The profile's settings.json over the shipped defaults. A missing file means
 * the defaults; a broken one is an error naming the file and the bad field,
 * never silently replaced.
 */
export function loadSettings(file: string): Settings {
  if (!existsSync(file)) return defaultSettings;
  const read = readJsonText(readFileSync(file, 'utf8'));
  if (!read.ok) throw new SettingsError(`The settings file ${file} is ${read.problem}. Fix or remove it.`);
  const raw = read.value;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new SettingsError(`The settings file ${file} must hold a JSON object.`);
  }
  const result = settingsSchema.safeParse({ ...defaultSettings, ...raw });
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = issue.path.join('.') || '(top level)';
    throw new SettingsError(`The settings file ${file} has a bad value at "${field}": ${issue.message}.`);
  }
  return result.data;
}
