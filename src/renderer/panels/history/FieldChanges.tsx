import { useId } from 'react';
import type { FieldChange } from '../../../shared/story/compare-fields';
import { ChangedWords } from './ChangedWords';

/** The changes outside the story's words, one line each: "Slug: old → new", "Byline added: …". */
export function FieldChanges({ changes }: { changes: readonly FieldChange[] }) {
  const id = useId();
  if (changes.length === 0) return null;
  return (
    <section className="history-fields" aria-labelledby={id}>
      <h3 id={id} className="history-fields__title">
        {changes.length === 1 ? '1 field changed' : `${changes.length} fields changed`}
      </h3>
      <ul className="history-fields__list">
        {changes.map((change, index) => (
          <li key={index} className={`history-field is-${change.change}`}>
            <span className="history-field__label">{change.label}:</span> <FieldValue change={change} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function FieldValue({ change }: { change: FieldChange }) {
  switch (change.change) {
    case 'added':
      return <ins>{change.text}</ins>;
    case 'removed':
      return <del>{change.text}</del>;
    case 'edited':
      return <ChangedWords parts={change.parts} />;
    case 'replaced':
      return (
        <>
          <Side text={change.from} mark="del" /> <span aria-hidden="true">→</span>
          <span className="visually-hidden">changed to</span> <Side text={change.to} mark="ins" />
        </>
      );
  }
}

function Side({ text, mark }: { text: string; mark: 'del' | 'ins' }) {
  if (text === '') return <span className="history-compare__none">not set</span>;
  return mark === 'del' ? <del>{text}</del> : <ins>{text}</ins>;
}
