import { splitSnippet } from './snippet-parts';

/** A search snippet with the matched words highlighted. */
export function SnippetText({ snippet }: { snippet: string }) {
  return (
    <>
      {splitSnippet(snippet).map((part, i) =>
        part.marked ? (
          <mark key={i} className="snippet-mark">
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
