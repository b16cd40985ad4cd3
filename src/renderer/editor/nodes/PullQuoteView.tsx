import type { NodeKey } from 'lexical';
import { Icon } from '../../ui/Icon';
import { useBodyEditorOutputs } from '../editor-outputs';
import { useLiveValue } from '../live-value';
import { useBlockSelection } from './use-block-selection';

/** The pull-quote as the published page sets it, with a plain warning when the body no longer says it. */
export function PullQuoteView({ nodeKey, text, attribution }: { nodeKey: NodeKey; text: string; attribution: string }) {
  const { selected, select } = useBlockSelection(nodeKey);
  const items = useLiveValue(useBodyEditorOutputs().pullQuotes);
  const matches = items.find((item) => item.key === nodeKey)?.matches ?? true;
  return (
    <figure
      className={`pull-quote${selected ? ' is-selected' : ''}${matches ? '' : ' is-mismatch'}`}
      data-pull-quote={nodeKey}
      aria-label="Pull-quote"
      onClick={select}
    >
      <span className="block-card__label" aria-hidden="true">
        Pull-quote
      </span>
      <blockquote className="pull-quote__text">
        <p>{text}</p>
      </blockquote>
      {attribution !== '' && <figcaption className="pull-quote__attribution">{attribution}</figcaption>}
      {!matches && (
        <p className="pull-quote__warning">
          <Icon name="warning" size={16} />
          No longer matches the text: these words are not in the story as written.
        </p>
      )}
    </figure>
  );
}
