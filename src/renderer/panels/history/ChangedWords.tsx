import type { TextPart } from '../../../shared/story/word-diff';

/** Words with their changes marked: struck through when removed, underlined when added. */
export function ChangedWords({ parts }: { parts: readonly TextPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.change === 'added' ? <ins key={index}>{part.text}</ins> : part.change === 'removed' ? <del key={index}>{part.text}</del> : part.text,
      )}
    </>
  );
}
