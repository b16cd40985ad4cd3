import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../src/main/settings/load-settings';
import { draftFromSettings, newSectionDraft, settingsFromDraft } from '../../../src/renderer/settings/settings-draft';

describe('the settings form', () => {
  it('gives back the settings it was made from', () => {
    expect(settingsFromDraft(draftFromSettings(defaultSettings))).toEqual({ settings: defaultSettings });
  });

  it('names each bad field in words a person can act on', () => {
    const draft = draftFromSettings(defaultSettings);
    draft.siteBaseUrl = 'example.org';
    draft.sections[0] = { ...draft.sections[0]!, min: 'lots' };
    draft.sections[1] = { ...draft.sections[1]!, min: '900', max: '100' };
    draft.sections.push(newSectionDraft());
    draft.rulesMode = 'file';
    const checked = settingsFromDraft(draft);
    expect(checked).toEqual({
      errors: {
        siteBaseUrl: 'Must be an http or https URL.',
        'sections.0.targetWords.min': 'Enter a whole number of words.',
        'sections.1.targetWords': 'The fewest words must not be more than the most.',
        'sections.5.name': 'Give the section a name.',
        'sections.5.targetWords.min': 'Enter a whole number of words.',
        'sections.5.targetWords.max': 'Enter a whole number of words.',
        houseStyleRules: 'Give the rules file’s path, or choose the built-in rules.',
      },
    });
  });

  it('keeps the site logo and fallback social image, and asks for the fallback image’s alt text', () => {
    const settings = {
      ...defaultSettings,
      siteLogo: { sha256: 'a'.repeat(64), ext: 'png' as const, width: 512, height: 512 },
      socialImage: { sha256: 'b'.repeat(64), ext: 'jpg' as const, width: 1200, height: 630, alt: 'Our masthead' },
    };
    expect(settingsFromDraft(draftFromSettings(settings))).toEqual({ settings });
    const draft = draftFromSettings(settings);
    draft.socialImage = { ...settings.socialImage, alt: '  ' };
    expect(settingsFromDraft(draft)).toEqual({
      errors: { 'socialImage.alt': 'The fallback social image needs alt text: describe the picture for readers who cannot see it.' },
    });
  });
});
