import { useEffect, useState } from 'react';
import { defaultHouseWords } from '../../shared/spelling/house-words';
import { useApi } from '../api/api-context';

/** The words every story accepts: the house dictionary's and the author directory's names. */
export type StoredWords = { houseWords: readonly string[]; names: readonly string[] };

/**
 * The house dictionary and the author directory's names, read once per story
 * page; null until both have answered. A store that cannot be read leaves the
 * default acronyms and no names, so spelling still runs.
 */
export function useSpellingWords(): StoredWords | null {
  const api = useApi();
  const [words, setWords] = useState<StoredWords | null>(null);
  useEffect(() => {
    let live = true;
    Promise.all([
      api.listHouseWords({}).then(
        (entries) => entries.map((entry) => entry.word),
        () => [...defaultHouseWords],
      ),
      api.listAuthors({ query: '' }).then(
        (authors) => authors.map((author) => author.name),
        () => [],
      ),
    ]).then(([houseWords, names]) => live && setWords({ houseWords, names }));
    return () => {
      live = false;
    };
  }, [api]);
  return words;
}
