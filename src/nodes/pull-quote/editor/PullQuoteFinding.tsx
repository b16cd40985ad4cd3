import type { LexicalEditor } from 'lexical';
import { Button } from '../../../renderer/ui/Button';
import { Icon } from '../../../renderer/ui/Icon';
import type { PullQuoteItem } from '../../../renderer/editor/editor-outputs';
import { focusCard, jumpToParagraph, keepAsEditedQuote, takeBodyWords } from './pull-quote-edits';

/**
 * What is wrong with a pull-quote the body does not say, on its card and in
 * the panel: the paragraph it is closest to (with a jump there), the quote
 * against that passage word by word, and the two ways out. After either,
 * focus goes back to the card, where Ctrl+Z takes it back.
 */
export function PullQuoteFinding({ item, editor }: { item: PullQuoteItem; editor: LexicalEditor }) {
  const { closest } = item;
  const settle = (change: () => void) => {
    change();
    focusCard(editor, item.key);
  };
  return (
    <div className="pull-quote-finding" role="group" aria-label="Pull-quote not in the text">
      <p className="pull-quote-finding__message">
        <Icon name="warning" size={16} />
        <span>
          Not in the story as written.{' '}
          {closest === null ? 'No paragraph says anything like it.' : `Closest to paragraph ${closest.number} (“${closest.opening}”).`}
        </span>
      </p>
      {closest !== null && (
        <>
          <p className="pull-quote-diff">
            {closest.changes.map((change, index) => {
              const space = index === 0 ? '' : ' ';
              if (change.kind === 'quote') return <del key={index}>{space}{change.text}</del>;
              if (change.kind === 'body') return <ins key={index}>{space}{change.text}</ins>;
              return <span key={index}>{space}{change.text}</span>;
            })}
          </p>
          <p className="pull-quote-diff__key">
            <del>struck through</del> only in the quote; <ins>underlined</ins> what the body says
          </p>
        </>
      )}
      <div className="pull-quote-finding__actions">
        {closest !== null && (
          <Button size="small" variant="quiet" onClick={() => jumpToParagraph(editor, closest.key)}>
            Show paragraph {closest.number}
          </Button>
        )}
        {closest !== null && (
          <Button size="small" onClick={() => settle(() => takeBodyWords(editor, item.key, closest.passage))}>
            Use the body’s words
          </Button>
        )}
        <Button size="small" onClick={() => settle(() => keepAsEditedQuote(editor, item.key))}>
          Keep as an edited quote
        </Button>
      </div>
    </div>
  );
}
