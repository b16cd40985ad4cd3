import type { LexicalEditor } from 'lexical';
import { useSyncExternalStore } from 'react';
import { footnoteList } from './footnote-numbers';

/** The story's notes under the text, numbered as in the export: a read-only preview, each opening its note's editor. */
export function FootnotesList({ editor }: { editor: LexicalEditor }) {
  const list = footnoteList(editor);
  const notes = useSyncExternalStore(list.subscribe, list.all);
  if (notes.length === 0) return null;
  return (
    <section className="footnotes-list" aria-label="Notes">
      <h2 className="footnotes-list__title">Notes</h2>
      <ol className="footnotes-list__items">
        {notes.map((note, index) => (
          <li key={note.key} className="footnotes-list__item">
            <button type="button" className="footnotes-list__note" onClick={() => list.open(note.key)}>
              <span className="footnotes-list__number">
                {index + 1}.
              </span>{' '}
              {note.text === '' ? <span className="footnotes-list__empty">(empty)</span> : note.text}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
