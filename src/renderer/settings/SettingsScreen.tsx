import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../shared/api/api-error';
import { canonicalUrl } from '../../shared/export/site-urls';
import type { SiteImage } from '../../shared/settings/settings-schema';
import { spellingSettingsOf, type SpellingSettings } from '../../shared/spelling/spelling-settings';
import { generatedAuthorBio } from '../../shared/story/author-bio';
import { useApi } from '../api/api-context';
import { useBackToLibrary } from '../app/use-back-to-library';
import { errorMessage } from '../api/client';
import { useLeaveConfirm } from '../app/use-leave-confirm';
import { useReplaceSettings, useSettings } from '../app/settings-context';
import { Button } from '../ui/Button';
import { Icon } from '../ui/Icon';
import { useToasts } from '../ui/toasts';
import { BackupsSection } from './BackupsSection';
import { HouseDictionarySection } from './HouseDictionarySection';
import { NewsroomSection } from './NewsroomSection';
import { RulesFileField } from './RulesFileField';
import { Field } from './SettingsField';
import { SiteImageField } from './SiteImageField';
import { draftFromSettings, newSectionDraft, settingsFromDraft, type FieldErrors, type SettingsDraft } from './settings-draft';

const EXAMPLE_BYLINE = { name: 'Jane Smith', role: 'chief executive', organisation: 'Example Trust' };

/** The canonical URL of an example story, or '' while the base URL is not valid yet. */
function exampleUrl(draft: SettingsDraft): string {
  try {
    const section = draft.sections[0]?.name.trim() || 'News';
    return canonicalUrl(draft, { section, slug: 'an-example-story' });
  } catch {
    return '';
  }
}

/** Search engines ask for a logo of at least 112 pixels each way. */
function logoAdvice(image: SiteImage): string | null {
  return image.width < 112 || image.height < 112
    ? `This logo is ${image.width} × ${image.height} pixels: search engines want at least 112 × 112. Choose a larger one.`
    : null;
}

/** Social networks show a picture under 600 × 315 pixels small, or not at all. */
function socialImageAdvice(image: SiteImage): string | null {
  return image.width < 600 || image.height < 315
    ? `This picture is ${image.width} × ${image.height} pixels: social cards want at least 600 × 315 (1200 × 630 is best). Choose a larger one.`
    : null;
}

/**
 * Site and export settings (docs/export-format.md), checked with the same schema
 * the main process applies before it writes settings.json, errors beside
 * the fields they concern.
 */
export function SettingsScreen() {
  const api = useApi();
  const toasts = useToasts();
  const settings = useSettings();
  const replaceSettings = useReplaceSettings();
  const [draft, setDraft] = useState<SettingsDraft | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const socialAltRef = useRef<HTMLTextAreaElement>(null);
  const [focusSocialAlt, setFocusSocialAlt] = useState(false);

  // A newly chosen fallback image needs its alt text next; the field appears with it.
  useEffect(() => {
    if (!focusSocialAlt) return;
    socialAltRef.current?.focus();
    setFocusSocialAlt(false);
  }, [focusSocialAlt]);

  // Leaving with changes not saved asks first: settings are easy to lose and tedious to retype.
  const unsaved = draft !== null && settings !== null && JSON.stringify(settingsFromDraft(draft)) !== JSON.stringify({ settings });
  const leaveQuestion = useLeaveConfirm(() => !unsaved);

  useEffect(() => {
    if (settings !== null && draft === null) setDraft(draftFromSettings(settings));
  }, [settings, draft]);

  const back = useBackToLibrary();

  const change = (patch: Partial<SettingsDraft>) => setDraft((current) => (current === null ? current : { ...current, ...patch }));
  const changeSection = (index: number, patch: Partial<SettingsDraft['sections'][number]>) =>
    setDraft((current) =>
      current === null ? current : { ...current, sections: current.sections.map((s, i) => (i === index ? { ...s, ...patch } : s)) },
    );

  const save = async () => {
    if (draft === null) return;
    const checked = settingsFromDraft(draft);
    if ('errors' in checked) {
      setErrors(checked.errors);
      toasts.show({ message: 'Some settings need fixing before they can be saved.', tone: 'error' });
      // Straight to the first field to fix, once it is marked.
      requestAnimationFrame(() => document.querySelector<HTMLElement>('.settings-screen [aria-invalid="true"]')?.focus());
      return;
    }
    setSaving(true);
    try {
      const saved = await api.saveSettings(checked.settings);
      replaceSettings(saved);
      setErrors({});
      toasts.show({ message: 'Settings saved' });
    } catch (error) {
      if (error instanceof ApiError && error.field !== undefined) setErrors({ [error.field]: error.message });
      toasts.show({ message: errorMessage(error), tone: 'error' });
    } finally {
      setSaving(false);
    }
  };

  const changeSpelling = (patch: Partial<SpellingSettings>) =>
    setDraft((current) => {
      if (current === null || settings === null) return current;
      const spelling = { ...spellingSettingsOf(current), ...patch };
      // Back to what the file holds (or, by leaving it out, means): nothing to save, so leaving asks nothing.
      const asSaved = JSON.stringify(spelling) === JSON.stringify(spellingSettingsOf(settings));
      return { ...current, spelling: asSaved ? settings.spelling : spelling };
    });

  const bioExample = draft === null ? '' : generatedAuthorBio([EXAMPLE_BYLINE], draft.bioTemplate);

  return (
    <div className="settings-screen">
      <header className="settings-screen__bar">
        <Button variant="quiet" onClick={back}>
          <Icon name="back" size={16} />
          Library
        </Button>
        <h1 className="settings-screen__title">Settings</h1>
        <Button variant="primary" disabled={draft === null || saving} onClick={() => void save()}>
          Save settings
        </Button>
      </header>
      <main className="settings-screen__body" aria-label="Settings" aria-busy={draft === null}>
        {draft !== null && (
          <form
            className="settings-screen__inner"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
          >
            <section className="settings-group" aria-labelledby="settings-site">
              <h2 id="settings-site" className="settings-group__title">
                The website
              </h2>
              <Field label="Site name" error={errors.siteName}>
                {({ input, described }) => (
                  <input id={input} aria-describedby={described} aria-invalid={errors.siteName !== undefined} className="form-field__input" value={draft.siteName} onChange={(e) => change({ siteName: e.target.value })} />
                )}
              </Field>
              <Field label="Site base URL" error={errors.siteBaseUrl} hint="Where the website lives, e.g. https://www.example.org">
                {({ input, described }) => (
                  <input id={input} type="url" aria-describedby={described} aria-invalid={errors.siteBaseUrl !== undefined} className="form-field__input" value={draft.siteBaseUrl} onChange={(e) => change({ siteBaseUrl: e.target.value })} />
                )}
              </Field>
              <Field
                label="Canonical URL pattern"
                error={errors.canonicalUrlPattern}
                hint={
                  <>
                    A path with {'{section}'} and {'{slug}'}.{exampleUrl(draft) !== '' && <> For example: <code>{exampleUrl(draft)}</code></>}
                  </>
                }
              >
                {({ input, described }) => (
                  <input id={input} aria-describedby={described} aria-invalid={errors.canonicalUrlPattern !== undefined} className="form-field__input" spellCheck={false} value={draft.canonicalUrlPattern} onChange={(e) => change({ canonicalUrlPattern: e.target.value })} />
                )}
              </Field>
              <Field label="Asset base URL" error={errors.assetBaseUrl} hint="Images are served from here, as images/<sha256>.<ext>.">
                {({ input, described }) => (
                  <input id={input} type="url" aria-describedby={described} aria-invalid={errors.assetBaseUrl !== undefined} className="form-field__input" value={draft.assetBaseUrl} onChange={(e) => change({ assetBaseUrl: e.target.value })} />
                )}
              </Field>
            </section>

            <section className="settings-group" aria-labelledby="settings-pictures">
              <h2 id="settings-pictures" className="settings-group__title">
                Pictures for search and social cards
              </h2>
              <SiteImageField
                label="Site logo"
                hint="Search engines show it as the publisher of every story (the page’s JSON-LD). A square PNG works best."
                image={draft.siteLogo}
                onChange={(siteLogo) => change({ siteLogo })}
                error={errors.siteLogo}
                sizeAdvice={logoAdvice}
                alt={`${draft.siteName} logo`}
                testId="site-logo-file-input"
              />
              <SiteImageField
                label="Fallback social image"
                hint="Shared links (Facebook, LinkedIn, X) show it for a story without a lead image."
                image={draft.socialImage}
                // A new picture starts without alt text: the old words describe another picture.
                onChange={(image) => change({ socialImage: image === undefined ? undefined : { ...image, alt: '' } })}
                error={errors.socialImage}
                onChosen={() => setFocusSocialAlt(true)}
                sizeAdvice={socialImageAdvice}
                alt={draft.socialImage?.alt ?? ''}
                testId="social-image-file-input"
              />
              {draft.socialImage !== undefined && (
                <Field label="Alt text of the fallback social image" error={errors['socialImage.alt']} hint="Describe the picture for people who cannot see it; social cards pass it on.">
                  {({ input, described }) => (
                    <textarea
                      ref={socialAltRef}
                      id={input}
                      rows={2}
                      aria-describedby={described}
                      aria-invalid={errors['socialImage.alt'] !== undefined}
                      className="form-field__input"
                      value={draft.socialImage?.alt ?? ''}
                      onChange={(e) => setDraft((current) => (current?.socialImage === undefined ? current : { ...current, socialImage: { ...current.socialImage, alt: e.target.value } }))}
                    />
                  )}
                </Field>
              )}
            </section>

            <section className="settings-group" aria-labelledby="settings-sections">
              <h2 id="settings-sections" className="settings-group__title">
                Sections and target lengths
              </h2>
              <p className="form-field__hint">The word count in the status line is measured against these. Renaming a section does not move its stories.</p>
              {errors.sections !== undefined && <p className="form-field__error">{errors.sections}</p>}
              <table className="settings-sections">
                <thead>
                  <tr>
                    <th scope="col">Section</th>
                    <th scope="col">Fewest words</th>
                    <th scope="col">Most words</th>
                    <th scope="col">
                      <span className="visually-hidden">Remove</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {draft.sections.map((section, index) => {
                    const label = section.name.trim() === '' ? `section ${index + 1}` : section.name;
                    const rowError = errors[`sections.${index}.name`] ?? errors[`sections.${index}.targetWords.min`] ?? errors[`sections.${index}.targetWords.max`] ?? errors[`sections.${index}.targetWords`];
                    return (
                      <tr key={section.key}>
                        <td>
                          <input className="form-field__input form-field__input--small" aria-label={`Name of ${label}`} aria-invalid={errors[`sections.${index}.name`] !== undefined} value={section.name} onChange={(e) => changeSection(index, { name: e.target.value })} />
                          {rowError !== undefined && <p className="form-field__error">{rowError}</p>}
                        </td>
                        <td>
                          <input className="form-field__input form-field__input--small" inputMode="numeric" aria-label={`Fewest words for ${label}`} aria-invalid={errors[`sections.${index}.targetWords.min`] !== undefined || errors[`sections.${index}.targetWords`] !== undefined} value={section.min} onChange={(e) => changeSection(index, { min: e.target.value })} />
                        </td>
                        <td>
                          <input className="form-field__input form-field__input--small" inputMode="numeric" aria-label={`Most words for ${label}`} aria-invalid={errors[`sections.${index}.targetWords.max`] !== undefined || errors[`sections.${index}.targetWords`] !== undefined} value={section.max} onChange={(e) => changeSection(index, { max: e.target.value })} />
                        </td>
                        <td>
                          <Button variant="quiet" size="small" aria-label={`Remove ${label}`} disabled={draft.sections.length === 1} onClick={() => change({ sections: draft.sections.filter((_, i) => i !== index) })}>
                            <Icon name="close" size={14} />
                          </Button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
              <Button size="small" onClick={() => change({ sections: [...draft.sections, newSectionDraft()] })}>
                <Icon name="plus" size={14} />
                Add a section
              </Button>
            </section>

            <section className="settings-group" aria-labelledby="settings-bylines">
              <h2 id="settings-bylines" className="settings-group__title">
                Author bio
              </h2>
              <Field
                label="Bio template"
                error={errors.bioTemplate}
                hint={
                  <>
                    {'{name}'}, {'{role}'} and {'{organisation}'} are filled in from each byline. Example: <q className="settings-example">{bioExample}</q>
                  </>
                }
              >
                {({ input, described }) => (
                  <input id={input} aria-describedby={described} aria-invalid={errors.bioTemplate !== undefined} className="form-field__input" value={draft.bioTemplate} onChange={(e) => change({ bioTemplate: e.target.value })} />
                )}
              </Field>
            </section>

            <section className="settings-group" aria-labelledby="settings-house-style">
              <h2 id="settings-house-style" className="settings-group__title">
                House style
              </h2>
              <fieldset className="settings-rules">
                <legend className="form-field__label">Rules</legend>
                <label className="settings-rules__choice">
                  <input type="radio" name="rules" checked={draft.rulesMode === 'built-in'} onChange={() => change({ rulesMode: 'built-in' })} />
                  The built-in rules
                </label>
                <label className="settings-rules__choice">
                  <input type="radio" name="rules" checked={draft.rulesMode === 'file'} onChange={() => change({ rulesMode: 'file' })} />
                  A rules file in the profile folder
                </label>
                {draft.rulesMode === 'file' && (
                  <RulesFileField path={draft.rulesPath} onChange={(rulesPath) => change({ rulesPath })} error={errors.houseStyleRules} />
                )}
              </fieldset>
            </section>

            <section className="settings-group" aria-labelledby="settings-spelling">
              <h2 id="settings-spelling" className="settings-group__title">
                Spelling and grammar
              </h2>
              <fieldset className="settings-rules">
                <legend className="form-field__label">Spelling</legend>
                <label className="settings-rules__choice">
                  <input type="radio" name="dialect" checked={spellingSettingsOf(draft).dialect === 'british-ise'} onChange={() => changeSpelling({ dialect: 'british-ise' })} />
                  British -ise
                </label>
                <label className="settings-rules__choice">
                  <input type="radio" name="dialect" checked={spellingSettingsOf(draft).dialect === 'oxford-ize'} onChange={() => changeSpelling({ dialect: 'oxford-ize' })} />
                  Oxford -ize
                </label>
                <p className="form-field__hint">
                  British -ise is the house style (organise, organisation); Oxford -ize writes organize and organization but keeps analyse, advise and exercise. The house-style
                  check follows the choice.
                </p>
              </fieldset>
              <fieldset className="settings-rules">
                <legend className="form-field__label">Check as you write</legend>
                <label className="settings-rules__choice">
                  <input type="checkbox" checked={spellingSettingsOf(draft).spelling} onChange={(e) => changeSpelling({ spelling: e.target.checked })} />
                  Spelling: words the dictionary and the house dictionary do not know
                </label>
                <label className="settings-rules__choice">
                  <input type="checkbox" checked={spellingSettingsOf(draft).grammar} onChange={(e) => changeSpelling({ grammar: e.target.checked })} />
                  Grammar: doubled words, its and it’s, their and there, a and an
                </label>
              </fieldset>
            </section>
          </form>
        )}
        {/* Not part of the form: joining the desk, the house dictionary, a backup or a restore changes at once, not with "Save settings". */}
        <div className="settings-screen__inner settings-screen__after">
          <NewsroomSection />
          <HouseDictionarySection />
          <BackupsSection />
        </div>
      </main>
      {leaveQuestion('Leave without saving the settings?', 'Your changes to the settings are not saved. If you leave now, they are lost.')}
    </div>
  );
}
