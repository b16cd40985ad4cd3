import { settingsSchema, type Settings } from '../../shared/settings/settings-schema';

export type SectionDraft = { key: number; name: string; min: string; max: string };

/** The settings as the form holds them: numbers as typed, the rules file as a choice plus a path. */
export type SettingsDraft = Omit<Settings, 'sections' | 'houseStyleRules'> & {
  sections: SectionDraft[];
  rulesMode: 'built-in' | 'file';
  rulesPath: string;
};

let nextKey = 1;

export function newSectionDraft(): SectionDraft {
  return { key: nextKey++, name: '', min: '', max: '' };
}

export function draftFromSettings(settings: Settings): SettingsDraft {
  const { sections, houseStyleRules, ...rest } = settings;
  return {
    ...rest,
    sections: sections.map((s) => ({ key: nextKey++, name: s.name, min: String(s.targetWords.min), max: String(s.targetWords.max) })),
    rulesMode: houseStyleRules === null ? 'built-in' : 'file',
    rulesPath: houseStyleRules ?? '',
  };
}

function wholeNumber(text: string): number {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}

/** Field path ("sections.0.targetWords.min") → the sentence to show beside it. */
export type FieldErrors = Record<string, string>;

/** Checks the form with the same schema the main process uses; the settings, or what is wrong where. */
export function settingsFromDraft(draft: SettingsDraft): { settings: Settings } | { errors: FieldErrors } {
  const { sections, rulesMode, rulesPath, ...rest } = draft;
  const candidate = {
    ...rest,
    sections: sections.map((s) => ({ name: s.name.trim(), targetWords: { min: wholeNumber(s.min), max: wholeNumber(s.max) } })),
    houseStyleRules: rulesMode === 'built-in' ? null : rulesPath.trim(),
  };
  const result = settingsSchema.safeParse(candidate);
  if (result.success) return { settings: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const path = issue.path.join('.');
    if (errors[path] !== undefined) continue;
    const last = issue.path.at(-1);
    errors[path] =
      last === 'min' || last === 'max'
        ? 'Enter a whole number of words.'
        : last === 'targetWords'
          ? 'The fewest words must not be more than the most.'
          : last === 'name' && issue.code === 'too_small'
          ? 'Give the section a name.'
          : last === 'houseStyleRules'
            ? 'Give the rules file’s path, or choose the built-in rules.'
            : sentence(issue.message);
  }
  return { errors };
}

function sentence(message: string): string {
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
