import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { LIMITS } from '../../../shared/story/story-constants';
import type { Author } from '../../../shared/story/story-schema';
import { useApi } from '../../api/api-context';
import { errorMessage } from '../../api/client';
import { AuthorAvatar } from '../../authors/AuthorPhoto';
import { useDebouncedValue } from '../../ui/use-debounced-value';
import { NewAuthorForm } from './NewAuthorForm';

/** Enough to pick from while typing; a longer list means the name needs more letters. */
const MAX_OPTIONS = 8;

type Option = { kind: 'author'; author: Author } | { kind: 'new'; name: string };

type AuthorPickerProps = {
  /** Authors already on the story, left out of the list. */
  excludeIds: readonly string[];
  onPick: (author: Author) => void;
  disabled?: boolean;
};

/**
 * A combobox over the author directory: type to search, arrows and Enter to
 * pick, Escape to close; the last option adds the typed name as a new author.
 */
export function AuthorPicker({ excludeIds, onPick, disabled = false }: AuthorPickerProps) {
  const api = useApi();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [authors, setAuthors] = useState<Author[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const [adding, setAdding] = useState<string | null>(null);
  const search = useDebouncedValue(query.trim(), 120);

  useEffect(() => {
    if (!open) return;
    let live = true;
    api.listAuthors({ query: search }).then(
      (found) => {
        if (!live) return;
        setAuthors(found);
        setError(null);
      },
      (failure: unknown) => live && setError(errorMessage(failure)),
    );
    return () => {
      live = false;
    };
  }, [api, open, search]);

  const name = query.trim();
  const matches = authors.filter((author) => !excludeIds.includes(author.id)).slice(0, MAX_OPTIONS);
  const exact = authors.some((author) => author.name.toLocaleLowerCase('en-GB') === name.toLocaleLowerCase('en-GB'));
  const options: Option[] = [
    ...matches.map((author): Option => ({ kind: 'author', author })),
    ...(name !== '' && !exact ? [{ kind: 'new', name } as const] : []),
  ];
  const current = Math.min(active, options.length - 1);
  const showList = open && options.length > 0;

  const choose = (option: Option) => {
    setOpen(false);
    setQuery('');
    setActive(0);
    if (option.kind === 'author') onPick(option.author);
    else setAdding(option.name);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      if (options.length > 0) setActive((current + step + options.length) % options.length);
    } else if (event.key === 'Enter') {
      const option = options[current];
      if (showList && option !== undefined) {
        event.preventDefault();
        choose(option);
      }
    } else if (event.key === 'Escape' && (open || query !== '')) {
      // Close the list (then clear the text) before Escape means "leave the story".
      event.preventDefault();
      if (open) setOpen(false);
      else setQuery('');
    }
  };

  if (adding !== null) {
    return (
      <NewAuthorForm
        initialName={adding}
        onAdded={(author) => {
          setAdding(null);
          onPick(author);
        }}
        onCancel={() => setAdding(null)}
      />
    );
  }

  return (
    <div className="author-picker">
      <label className="author-picker__label" htmlFor={`${listId}-input`}>
        Add a byline
      </label>
      <input
        id={`${listId}-input`}
        className="form-field__input form-field__input--small"
        type="text"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList ? `${listId}-${current}` : undefined}
        placeholder="Type an author’s name"
        autoComplete="off"
        spellCheck={false}
        maxLength={LIMITS.name}
        disabled={disabled}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} className="author-picker__list" role="listbox" aria-label="Authors" hidden={!showList}>
        {showList &&
          options.map((option, index) => (
            <li
              key={option.kind === 'author' ? option.author.id : 'new'}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === current}
              className={`author-picker__option${index === current ? ' is-active' : ''}${option.kind === 'new' ? ' author-picker__option--new' : ''}`}
              // mousedown, not click: the input keeps focus, so the list is still there to pick from.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(option);
              }}
              onMouseMove={() => setActive(index)}
            >
              {option.kind === 'author' ? (
                <>
                  <AuthorAvatar name={option.author.name} photo={option.author.photo} />
                  <span className="author-picker__text">
                    <span className="author-picker__name">{option.author.name}</span>
                    <span className="author-picker__detail">{authorDetail(option.author)}</span>
                  </span>
                </>
              ) : (
                <span className="author-picker__name">Add “{option.name}” as a new author</span>
              )}
            </li>
          ))}
      </ul>
      {error !== null && (
        <p className="author-picker__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** "Chair, MiP" — what tells two authors of the same name apart. */
export function authorDetail(author: Pick<Author, 'role' | 'organisation'>): string {
  return [author.role, author.organisation].filter((part) => part.trim() !== '').join(', ');
}
