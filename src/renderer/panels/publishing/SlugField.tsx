import { useEffect, useId, useRef, useState } from 'react';
import { canonicalUrl } from '../../../shared/export/site-urls';
import type { Settings } from '../../../shared/settings/settings-schema';
import { slugSchema } from '../../../shared/story/story-schema';
import { LIMITS } from '../../../shared/story/story-constants';
import { slugify } from '../../../shared/text/slug';
import { Button } from '../../ui/Button';
import { useSlugCheck } from './use-slug-check';

type SlugFieldProps = {
  storyId: string;
  /** The slug as stored (derived from the headline while the story follows it). */
  savedSlug: string;
  /** The story's own slug, or null while it follows the headline. */
  ownSlug: string | null;
  section: string;
  settings: Settings;
  onChange: (slug: string | null) => void;
};

/** Why a slug cannot be saved, as the store would say it; null when it can. */
function slugProblem(slug: string): string | null {
  if (slug === '') return 'The story needs a slug for its URL: type one, or give the story a headline.';
  const parsed = slugSchema.safeParse(slug);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'This slug cannot be used.');
}

/**
 * The last part of the story's URL, with the whole canonical URL it gives.
 * A slug typed here is saved once the store says it is valid and free; until
 * then the one saved before stays, and the field says why.
 */
export function SlugField({ storyId, savedSlug, ownSlug, section, settings, onChange }: SlugFieldProps) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  // What is being typed; null shows the slug in use.
  const [typed, setTyped] = useState<string | null>(null);
  const shown = typed ?? ownSlug ?? savedSlug;
  const problem = slugProblem(shown);
  const result = useSlugCheck(storyId, problem === null ? shown : null);
  const check = result?.check ?? null;
  const takenBy = check !== null && !check.available ? check.takenBy : null;

  useEffect(() => {
    if (typed !== null && check !== null && result?.slug === typed && check.available && typed !== ownSlug) onChange(typed);
  }, [typed, check, result, ownSlug, onChange]);

  const url = problem === null ? canonicalUrl(settings, { section, slug: shown }) : '';
  const exportedAs = check?.exportedAs ?? null;
  const urlChanges = exportedAs !== null && problem === null && takenBy === null && exportedAs !== shown;
  const message =
    problem ??
    (takenBy !== null
      ? `“${shown}” is already the slug of “${takenBy.headline.trim() || 'an untitled story'}”. Choose another: this one is not saved.`
      : (result?.error ?? null));

  // "Managers Manage" → "managers-manage": the slug it was meant to be, offered rather than forced.
  const suggestion = problem === null || shown === '' ? '' : slugify(shown, LIMITS.slug);

  const followHeadline = () => {
    setTyped(null);
    onChange(null);
  };

  return (
    <section className="publishing-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="panel-section__title">
        Address
      </h3>
      <div className="publishing-field">
        <div className="publishing-field__row">
          <label className="publishing-field__label" htmlFor="story-slug">
            Slug
          </label>
          {ownSlug !== null && (
            <Button size="small" variant="quiet" onClick={followHeadline}>
              Use the headline’s slug
            </Button>
          )}
        </div>
        <input
          ref={inputRef}
          id="story-slug"
          className="publishing-field__input publishing-field__input--mono"
          value={shown}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          aria-invalid={message !== null}
          aria-describedby={`${id}-url ${id}-message`}
          onChange={(event) => setTyped(event.target.value)}
          onBlur={() => typed === (ownSlug ?? savedSlug) && setTyped(null)}
        />
        <p id={`${id}-url`} className="publishing-url">
          {url === '' ? (
            <span className="publishing-field__help">No URL until the slug is valid.</span>
          ) : (
            <>
              <span className="visually-hidden">Canonical URL: </span>
              {url}
            </>
          )}
        </p>
        <div id={`${id}-message`} aria-live="polite">
          {message !== null && <p className="publishing-field__error">{message}</p>}
          {suggestion !== '' && suggestion !== shown && (
            <Button
              size="small"
              onClick={() => {
                setTyped(suggestion);
                // The button goes once the slug is valid: the slug field is where to go on from.
                inputRef.current?.focus();
              }}
            >
              Use “{suggestion}”
            </Button>
          )}
          {urlChanges && (
            <p className="publishing-warning">
              Its URL will change: it was exported as <span className="publishing-url__old">{canonicalUrl(settings, { section, slug: exportedAs })}</span>
            </p>
          )}
        </div>
        {ownSlug === null && typed === null && (
          <p className="publishing-field__help">Follows the headline until you change it.</p>
        )}
      </div>
    </section>
  );
}
