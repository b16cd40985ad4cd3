import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { StoryCard } from '../../../shared/story/related-schema';
import {
  isLeftOut,
  isNotYetLive,
  relatedLinkState,
  relatedLinkStateLabels,
  type RelatedLinkState,
} from '../../../shared/story/related-link-state';
import type { RelatedLinkInput } from '../../../shared/story/story-schema';
import { storyTitle } from '../../library/story-title';
import { relatedLinkControlId } from '../../story/control-ids';
import { IconButton } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { linkDomain } from './link-domain';

type LinkedListProps = {
  links: readonly RelatedLinkInput[];
  cardOf: (storyId: string) => StoryCard | undefined;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
};

/** What a link is called in button names and the list. */
export function linkTitle(link: RelatedLinkInput, card: StoryCard | undefined): string {
  if (link.kind === 'external') return link.headline;
  if (card === undefined) return 'Linked story';
  if (card.place === 'missing') return 'Deleted story';
  return storyTitle(card.headline);
}

function storyDetails(card: StoryCard | undefined): string {
  if (card === undefined) return 'Loading…';
  return [card.section, card.bylineNames.join(', ')].filter((part) => part !== '').join(' · ');
}

/** What the export does with a link to a story in this state, when it is not a plain link. */
function stateNote(state: RelatedLinkState): string | null {
  if (isLeftOut(state)) return `Will be left out of the export${state === 'deleted' ? ': remove this link' : ''}.`;
  if (isNotYetLive(state)) return 'Not on the site yet: exported with a warning.';
  return null;
}

/**
 * The story's related links in order, each story in the library with a chip
 * for its state (a story not live is flagged as left out of the export).
 * Move up / down buttons, or Alt+↑ / Alt+↓ on any of an entry's buttons,
 * reorder them; focus follows the entry that moved.
 */
export function LinkedList({ links, cardOf, onMove, onRemove }: LinkedListProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const focusAfterChange = useRef<{ index: number; control: string } | null>(null);

  useEffect(() => {
    const want = focusAfterChange.current;
    if (want === null) return;
    focusAfterChange.current = null;
    const entry = listRef.current?.children[want.index];
    // A move button greys out at either end of the list; focus then stays on the entry's other buttons.
    const target = [want.control, 'up', 'down', 'remove']
      .map((name) => entry?.querySelector<HTMLButtonElement>(`[data-control="${name}"]`))
      .find((button) => button !== null && button !== undefined && !button.disabled);
    target?.focus();
  });

  const move = (from: number, to: number, control: string) => {
    if (to < 0 || to >= links.length) return;
    focusAfterChange.current = { index: to, control };
    onMove(from, to);
  };

  // Focus goes on to the entry that takes the removed one's place.
  const remove = (index: number) => {
    if (links.length > 1) focusAfterChange.current = { index: Math.min(index, links.length - 2), control: 'remove' };
    onRemove(index);
  };

  const onEntryKeyDown = (index: number) => (event: KeyboardEvent<HTMLLIElement>) => {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    const control = (event.target as HTMLElement).dataset.control ?? 'up';
    move(index, event.key === 'ArrowUp' ? index - 1 : index + 1, control);
  };

  if (links.length === 0) {
    return (
      <p className="panel-section__empty">
        No related stories yet. Link one from the suggestions, search for a story, or add a published page by its URL.
      </p>
    );
  }

  return (
    <ol ref={listRef} className="related-links" aria-label="Linked stories">
      {links.map((link, index) => {
        const card = link.kind === 'story' ? cardOf(link.storyId) : undefined;
        const title = linkTitle(link, card);
        const state = card === undefined ? null : relatedLinkState(card);
        const note = state === null ? null : stateNote(state);
        const leftOut = state !== null && isLeftOut(state);
        return (
          <li
            key={link.kind === 'story' ? `story:${link.storyId}` : `url:${link.url}`}
            id={relatedLinkControlId(index)}
            // Focusable so "Ready to publish" can take people to the entry itself.
            tabIndex={-1}
            className={`related-link${state === 'deleted' ? ' is-missing' : ''}${leftOut ? ' is-left-out' : ''}`}
            onKeyDown={onEntryKeyDown(index)}
          >
            {link.kind === 'external' && link.imageUrl !== '' && (
              <span
                className="related-link__image"
                role="img"
                aria-label={`Picture from ${linkDomain(link.imageUrl)} (not loaded in the editor)`}
              >
                <Icon name="image" size={18} />
              </span>
            )}
            <div className="related-link__body">
              <div className="related-link__title">
                <span className="related-link__headline">{title}</span>
                {state !== null && <span className={`link-state link-state--${state}`}>{relatedLinkStateLabels[state]}</span>}
              </div>
              {note !== null && (
                <p className={`related-link__note${leftOut ? ' is-left-out' : ''}`}>
                  {leftOut && <Icon name="warning" size={14} />}
                  {note}
                </p>
              )}
              <div className="related-link__footer">
                <span className="related-link__details">
                  {link.kind === 'external' ? (
                    <>
                      <Icon name="link" size={12} />
                      <span>
                        {linkDomain(link.url)}
                        {link.byline !== '' && ` · ${link.byline}`}
                      </span>
                    </>
                  ) : (
                    storyDetails(card)
                  )}
                </span>
                <div className="related-link__actions">
                  <IconButton
                    label={`Move “${title}” up`}
                    title="Move up (Alt+↑)"
                    aria-keyshortcuts="Alt+ArrowUp"
                    data-control="up"
                    size="small"
                    disabled={index === 0}
                    onClick={() => move(index, index - 1, 'up')}
                  >
                    <Icon name="arrowUp" size={16} />
                  </IconButton>
                  <IconButton
                    label={`Move “${title}” down`}
                    title="Move down (Alt+↓)"
                    aria-keyshortcuts="Alt+ArrowDown"
                    data-control="down"
                    size="small"
                    disabled={index === links.length - 1}
                    onClick={() => move(index, index + 1, 'down')}
                  >
                    <Icon name="arrowDown" size={16} />
                  </IconButton>
                  <IconButton
                    label={`Remove “${title}”`}
                    title="Remove the link"
                    size="small"
                    className="icon-button--danger"
                    data-control="remove"
                    onClick={() => remove(index)}
                  >
                    <Icon name="close" size={16} />
                  </IconButton>
                </div>
              </div>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
