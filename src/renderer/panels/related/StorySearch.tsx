import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { StorySummary } from '../../../shared/story/story-schema';
import { useApi } from '../../api/api-context';
import { errorMessage } from '../../api/client';
import { storyTitle } from '../../library/story-title';
import { useDebouncedValue } from '../../ui/use-debounced-value';

const RESULTS = 8;
/** More than are shown, since this story and the linked ones are filtered out. */
const SEARCH_LIMIT = 30;
const SEARCH_DELAY_MS = 150;

type StorySearchProps = {
  /** Stories that cannot be linked: this one and those already linked. */
  excluded: ReadonlySet<string>;
  onLink: (story: StorySummary) => void;
};

type Found = { query: string; rows: StorySummary[]; error: string | null };

/**
 * "Link a story": a combobox that searches the library as you type.
 * ↑ / ↓ choose a result, Enter links it, Escape clears the search.
 */
export function StorySearch({ excluded, onLink }: StorySearchProps) {
  const api = useApi();
  const id = useId();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Found>({ query: '', rows: [], error: null });
  const [active, setActive] = useState(0);
  const [focused, setFocused] = useState(false);
  const listRef = useRef<HTMLUListElement>(null);
  const settled = useDebouncedValue(query.trim(), SEARCH_DELAY_MS);

  useEffect(() => {
    if (settled === '') return;
    let live = true;
    api.listStories({ query: settled, limit: SEARCH_LIMIT }).then(
      (page) => live && setFound({ query: settled, rows: page.rows, error: null }),
      (error: unknown) => live && setFound({ query: settled, rows: [], error: errorMessage(error) }),
    );
    return () => {
      live = false;
    };
  }, [api, settled]);

  const searching = query.trim() !== '';
  const results = searching ? found.rows.filter((row) => !excluded.has(row.id)).slice(0, RESULTS) : [];
  const upToDate = found.query === query.trim();
  const open = searching && upToDate && focused;
  const activeIndex = Math.min(active, results.length - 1);
  const optionId = (index: number) => `${id}-option-${index}`;
  const showing = open && results.length > 0;

  // The search sits low in the panel: bring the results into view when they appear.
  useEffect(() => {
    if (showing) listRef.current?.scrollIntoView({ block: 'nearest' });
  }, [showing]);

  const link = (story: StorySummary) => {
    onLink(story);
    setActive(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (results.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + results.length) % results.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = results[activeIndex];
      if (open && chosen !== undefined) link(chosen);
    } else if (event.key === 'Escape' && query !== '') {
      // Clears the search rather than leaving the story page.
      event.preventDefault();
      setQuery('');
    }
  };

  return (
    <div className="story-search">
      <label className="related-field__label" htmlFor={`${id}-input`}>
        Search the library
      </label>
      <div className="popover-field">
        <input
          id={`${id}-input`}
          className="related-field__input"
          type="search"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          placeholder="Headline, words from the text, author…"
          aria-expanded={showing}
          aria-controls={`${id}-listbox`}
          aria-autocomplete="list"
          aria-activedescendant={showing ? optionId(activeIndex) : undefined}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => setFocused(true)}
          onBlur={() => setFocused(false)}
        />
        <ul
          ref={listRef}
          id={`${id}-listbox`}
          role="listbox"
          aria-label="Stories found"
          className="popover-field__list"
          hidden={!showing}
        >
          {results.map((story, index) => (
            <li
              key={story.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              className={`popover-field__option${index === activeIndex ? ' is-active' : ''}`}
              // Keeps focus in the search box, so typing can go on after a click.
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => setActive(index)}
              onClick={() => link(story)}
            >
              <span className="story-search__headline">{storyTitle(story.headline)}</span>
              <span className="story-search__details">
                {[story.section, story.bylineNames.join(', ')].filter((part) => part !== '').join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      </div>
      <p className="story-search__note" role="status">
        {!searching || !upToDate
          ? ''
          : found.error !== null
            ? found.error
            : results.length === 0
              ? `No other story matches “${query.trim()}”.`
              : `${results.length === 1 ? 'One story' : `${results.length} stories`} found. Enter links the highlighted one.`}
      </p>
    </div>
  );
}
