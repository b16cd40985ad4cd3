import { useId, useRef, useState } from 'react';
import type { CopydeskApi } from '../../shared/api/contract';
import { houseWordProblem, normaliseHouseWord } from '../../shared/spelling/house-dictionary-schema';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/client';
import { useLoaded } from '../api/use-loaded';
import { Button } from '../ui/Button';
import { Icon } from '../ui/Icon';
import { formatLondon, formatRelative } from '../ui/time-format';
import { useToasts } from '../ui/toasts';

const listHouseWords = (api: CopydeskApi) => api.listHouseWords({});

/** Past this many words the list gets a filter box. */
const FILTER_FROM = 12;

/**
 * The house dictionary (docs/house-dictionary.md): words and names the
 * spelling checker accepts, kept in the profile's database. Each change is
 * stored at once, not with "Save settings", like a backup.
 */
export function HouseDictionarySection() {
  const api = useApi();
  const toasts = useToasts();
  const { value: words, error: loadError, set: setWords } = useLoaded(listHouseWords);
  const [newWord, setNewWord] = useState('');
  const [addError, setAddError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [filter, setFilter] = useState('');
  const [busy, setBusy] = useState(false);
  const addRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const addId = useId();

  const add = async () => {
    const word = normaliseHouseWord(newWord);
    const problem = houseWordProblem(word);
    if (problem !== null) {
      setAddError(problem);
      return;
    }
    setBusy(true);
    try {
      const result = await api.addHouseWord({ word });
      setWords(result.words);
      setAddError(null);
      setNewWord('');
      setFilter('');
      setStatus(result.added ? `Added “${result.word.word}” to the house dictionary.` : `“${result.word.word}” is already in the house dictionary.`);
    } catch (error) {
      setAddError(errorMessage(error));
    } finally {
      setBusy(false);
      addRef.current?.focus();
    }
  };

  const remove = async (word: string, index: number) => {
    if (busy) return;
    setBusy(true);
    try {
      const result = await api.removeHouseWord({ word });
      setWords(result.words);
      setStatus(`Removed “${word}” from the house dictionary.`);
      // Focus stays in the list: on the word that took this one's place, else the one before, else the add field.
      requestAnimationFrame(() => {
        const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [];
        (buttons[Math.min(index, buttons.length - 1)] ?? addRef.current)?.focus();
      });
    } catch (error) {
      toasts.show({ message: `“${word}” was not removed. ${errorMessage(error)}`, tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const needle = filter.trim().toLocaleLowerCase('en-GB');
  const shown = words?.filter((entry) => entry.word.toLocaleLowerCase('en-GB').includes(needle)) ?? [];
  const now = Date.now();

  return (
    <section className="settings-group" aria-labelledby="settings-house-dictionary">
      <h2 id="settings-house-dictionary" className="settings-group__title">
        House dictionary
      </h2>
      <p className="settings-backups__intro">
        Words and names the spelling checker accepts as they are written here: organisations, acronyms, NHS trusts. The names in a story’s bylines and in the author directory are
        always accepted, so they need not be added. Changes are kept at once, and travel with the backups.
      </p>
      <div className="form-field settings-field">
        <label className="form-field__label" htmlFor={addId}>
          Add a word or name
        </label>
        <div className="house-dictionary__add">
          <input
            ref={addRef}
            id={addId}
            className="form-field__input"
            value={newWord}
            spellCheck={false}
            aria-describedby={`${addId}-hint`}
            aria-invalid={addError !== null}
            onChange={(event) => {
              setNewWord(event.target.value);
              setAddError(null);
            }}
            onKeyDown={(event) => {
              if (event.key !== 'Enter') return;
              // Enter adds the word; it must not submit the settings form around it.
              event.preventDefault();
              if (!busy) void add();
            }}
          />
          <Button onClick={() => void add()} disabled={busy}>
            <Icon name="plus" size={14} />
            Add
          </Button>
        </div>
        <div id={`${addId}-hint`}>
          {addError !== null && (
            <p className="form-field__error" role="alert">
              {addError}
            </p>
          )}
          <p className="form-field__hint">One word or a short name, as it should be written (MiP, St Thomas’). Press Enter to add it.</p>
        </div>
      </div>
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {loadError !== null && (
        <p className="form-field__error" role="alert">
          The house dictionary could not be read: {loadError}
        </p>
      )}
      {words !== null && words.length === 0 && (
        <p className="settings-backups__empty">The house dictionary is empty. Add the names and words the spelling checker should accept.</p>
      )}
      {words !== null && words.length > FILTER_FROM && (
        <div className="form-field settings-field">
          <label className="form-field__label" htmlFor={`${addId}-filter`}>
            Find a word
          </label>
          <input id={`${addId}-filter`} type="search" className="form-field__input" value={filter} spellCheck={false} onChange={(event) => setFilter(event.target.value)} />
        </div>
      )}
      {words !== null && words.length > 0 && (
        <>
          <p className="house-dictionary__count">
            {needle === '' ? `${words.length} ${words.length === 1 ? 'word' : 'words'}` : `${shown.length} of ${words.length} words`}
          </p>
          {shown.length === 0 ? (
            <p className="settings-backups__empty">No word in the house dictionary contains “{filter.trim()}”.</p>
          ) : (
            <ul ref={listRef} className="settings-backups house-dictionary" aria-label="Words in the house dictionary">
              {shown.map((entry, index) => (
                <li key={entry.word} className="settings-backups__item house-dictionary__item">
                  <span className="house-dictionary__word" lang="en-GB">
                    {entry.word}
                  </span>
                  <span className="settings-backups__meta" title={formatLondon(entry.addedAt)}>
                    {entry.source === 'default' ? 'From the house style' : `Added ${formatRelative(entry.addedAt, now)}`}
                  </span>
                  <Button
                    variant="quiet"
                    size="small"
                    aria-label={`Remove ${entry.word} from the house dictionary`}
                    title={`Remove ${entry.word} from the house dictionary`}
                    onClick={() => void remove(entry.word, index)}
                  >
                    <Icon name="close" size={14} />
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
