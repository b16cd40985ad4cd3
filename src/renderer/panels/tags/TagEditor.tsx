import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { LIMITS } from '../../../shared/story/story-constants';
import { useApi } from '../../api/api-context';
import { Icon } from '../../ui/Icon';
import { useDebouncedValue } from '../../ui/use-debounced-value';

const SUGGESTIONS = 6;
/** Asked for more than are shown, since the story's own tags are filtered out (the contract's most). */
const LOOKUP = 50;

/** Tags compare ignoring case and accents, as the store keeps them ("NHS" and "nhs" are one tag). */
function tagKey(tag: string): string {
  return tag.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

type TagEditorProps = {
  tags: readonly string[];
  onChange: (tags: string[]) => void;
};

/**
 * The story's tags as chips. Type and press Enter or a comma to add one;
 * Backspace in the empty box removes the last; tags already used in the
 * library are offered as you type (↑ / ↓ to choose).
 */
export function TagEditor({ tags, onChange }: TagEditorProps) {
  const api = useApi();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [offered, setOffered] = useState<{ prefix: string; tags: string[] }>({ prefix: '', tags: [] });
  const [active, setActive] = useState(-1);
  const [focused, setFocused] = useState(false);
  const [note, setNote] = useState('');
  const prefix = useDebouncedValue(text.trim(), 120);

  useEffect(() => {
    if (prefix === '') return;
    let live = true;
    api.listTags({ prefix, limit: LOOKUP }).then(
      (found) => live && setOffered({ prefix, tags: found.map((use) => use.tag) }),
      () => live && setOffered({ prefix, tags: [] }),
    );
    return () => {
      live = false;
    };
  }, [api, prefix]);

  const have = new Set(tags.map(tagKey));
  const options =
    text.trim() !== '' && offered.prefix === text.trim()
      ? offered.tags.filter((tag) => !have.has(tagKey(tag))).slice(0, SUGGESTIONS)
      : [];
  const open = focused && options.length > 0;
  const activeIndex = active < options.length ? active : -1;

  const add = (typed: readonly string[]) => {
    const next = [...tags];
    const keys = new Set(next.map(tagKey));
    for (const raw of typed) {
      const tag = raw.trim();
      if (tag === '' || keys.has(tagKey(tag))) continue;
      if (tag.length > LIMITS.tag) {
        setNote(`A tag can be at most ${LIMITS.tag} characters.`);
        return;
      }
      if (next.length >= LIMITS.tags) {
        setNote(`A story can have at most ${LIMITS.tags} tags.`);
        return;
      }
      next.push(tag);
      keys.add(tagKey(tag));
    }
    setNote('');
    setText('');
    setActive(-1);
    if (next.length !== tags.length) onChange(next);
  };

  const remove = (index: number) => {
    onChange(tags.filter((_, i) => i !== index));
    inputRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      const chosen = options[activeIndex];
      add([chosen ?? text]);
    } else if (event.key === 'Backspace' && text === '' && tags.length > 0) {
      event.preventDefault();
      onChange(tags.slice(0, -1));
    } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && open) {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // Cycles through the options and back to the typed text (index -1).
      const positions = options.length + 1;
      setActive(((activeIndex + 1 + step + positions) % positions) - 1);
    } else if (event.key === 'Escape' && text !== '') {
      event.preventDefault();
      setText('');
      setActive(-1);
    }
  };

  return (
    <div className="tag-editor">
      <label className="related-field__label" htmlFor={`${id}-input`}>
        Tags
      </label>
      <div className="popover-field">
        <div className="tag-editor__box" onClick={() => inputRef.current?.focus()}>
          <ul className="tag-editor__chips" aria-label="Tags on this story">
            {tags.map((tag, index) => (
              <li key={tag} className="tag-chip">
                <span className="tag-chip__text">{tag}</span>
                <button
                  type="button"
                  className="tag-chip__remove"
                  aria-label={`Remove tag “${tag}”`}
                  title="Remove"
                  onClick={(event) => {
                    event.stopPropagation();
                    remove(index);
                  }}
                >
                  <Icon name="close" size={12} />
                </button>
              </li>
            ))}
          </ul>
          <input
            ref={inputRef}
            id={`${id}-input`}
            className="tag-editor__input"
            role="combobox"
            autoComplete="off"
            aria-expanded={open}
            aria-controls={`${id}-listbox`}
            aria-autocomplete="list"
            aria-activedescendant={open && activeIndex >= 0 ? `${id}-option-${activeIndex}` : undefined}
            aria-describedby={`${id}-help`}
            placeholder={tags.length === 0 ? 'Add a tag…' : ''}
            value={text}
            onChange={(event) => {
              const value = event.target.value;
              // A pasted "nhs, workforce" becomes two tags; the text after the last comma stays to be typed on.
              if (value.includes(',')) {
                const parts = value.split(',');
                const rest = parts.pop() ?? '';
                add(parts);
                setText(rest);
              } else {
                setText(value);
                setActive(-1);
              }
            }}
            onKeyDown={onKeyDown}
            onFocus={() => setFocused(true)}
            onBlur={() => setFocused(false)}
          />
        </div>
        <ul id={`${id}-listbox`} role="listbox" aria-label="Tags in use" className="popover-field__list" hidden={!open}>
          {options.map((tag, index) => (
            <li
              key={tag}
              id={`${id}-option-${index}`}
              role="option"
              aria-selected={index === activeIndex}
              className={`popover-field__option${index === activeIndex ? ' is-active' : ''}`}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => add([tag])}
            >
              {tag}
            </li>
          ))}
        </ul>
      </div>
      <p id={`${id}-help`} className="related-field__help">
        {note !== '' ? note : 'Enter or comma adds a tag; tags drive the suggestions below.'}
      </p>
    </div>
  );
}
