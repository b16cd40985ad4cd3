import { useState } from 'react';
import { errorMessage } from '../api/client';
import { Button } from '../ui/Button';
import { useToasts } from '../ui/toasts';
import type { SpellingSession } from './spelling-session';

/** "Add to house dictionary": the word is accepted from then on, in every story, and this story is checked again. */
export function AddWordButton({
  spelling,
  word,
  onAdded,
  tabIndex,
}: {
  spelling: SpellingSession;
  word: string;
  onAdded?: () => void;
  /** -1 where the list's arrow keys move between buttons instead of Tab. */
  tabIndex?: number;
}) {
  const toasts = useToasts();
  const [busy, setBusy] = useState(false);
  const add = () => {
    setBusy(true);
    spelling.addWord(word).then(
      () => {
        setBusy(false);
        toasts.show({ message: `“${word}” is in the house dictionary. Settings lists its words.` });
        onAdded?.();
      },
      (error: unknown) => {
        setBusy(false);
        toasts.show({ tone: 'error', message: `“${word}” was not added to the house dictionary: ${errorMessage(error)}` });
      },
    );
  };
  return (
    <Button size="small" tabIndex={tabIndex} disabled={busy} aria-label={`Add to house dictionary: “${word}”`} onClick={add}>
      Add to house dictionary
    </Button>
  );
}
