import { useId, useRef } from 'react';
import type { HouseStyleIgnore } from '../../../shared/house-style';
import { useLiveValue } from '../../editor/live-value';
import type { HouseStyleSession } from '../../house-style/house-style-session';
import { Button } from '../../ui/Button';

/** What is ignored in this story (rules, and findings ignored in one place), each with a way to bring it back. */
export function IgnoredList({ session }: { session: HouseStyleSession }) {
  const id = useId();
  const ignores = useLiveValue(session.ignores);
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLUListElement>(null);

  const bringBack = (ignore: HouseStyleIgnore, index: number) => {
    session.bringBack(ignore);
    // Focus stays in the list: on the next item's button (the one that takes this one's place), else the heading.
    requestAnimationFrame(() => {
      const buttons = list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [];
      (buttons[Math.min(index, buttons.length - 1)] ?? heading.current)?.focus();
    });
  };

  return (
    <section className="hs-ignored" aria-labelledby={id}>
      <h3 id={id} ref={heading} tabIndex={-1} className="hs-ignored__title">
        Ignored in this story
      </h3>
      {ignores.length === 0 ? (
        <p className="hs-ignored__empty">Nothing is ignored. “Ignore here” and “Ignore this rule in this story” put findings here, to bring back later.</p>
      ) : (
        <ul ref={list} className="hs-ignored__list">
          {ignores.map((ignore, index) => (
            <li key={`${ignore.ruleId}:${ignore.context?.before ?? ''}:${ignore.matchedText ?? ''}:${ignore.context?.after ?? ''}`} className="hs-ignored__item">
              <span className="hs-ignored__what">
                <span className="hs-ignored__rule">{ignore.ruleId}</span>{' '}
                {ignore.matchedText === null ? (
                  <span className="hs-ignored__where">everywhere in this story</span>
                ) : (
                  <span className="hs-ignored__where">
                    here: …{ignore.context?.before}
                    <q className="hs-ignored__text">{ignore.matchedText}</q>
                    {ignore.context?.after}…
                  </span>
                )}
              </span>
              <Button
                size="small"
                variant="quiet"
                aria-label={`Bring back ${ignore.ruleId}${ignore.matchedText === null ? ' in this story' : ` for “${ignore.matchedText}”`}`}
                onClick={() => bringBack(ignore, index)}
              >
                Bring back
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
