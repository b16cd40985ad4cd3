import { useMemo, useState } from 'react';
import { compareStoryFields } from '../../../shared/story/compare-fields';
import { compareStoryText, type BlockChange, type TextPart } from '../../../shared/story/compare-revisions';
import type { Revision } from '../../../shared/story/revision-schema';
import type { Story } from '../../../shared/story/story-schema';
import { errorMessage } from '../../api/client';
import { useSettings } from '../../app/settings-context';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { formatCount, formatRevisionTime } from '../../ui/time-format';
import { useToasts } from '../../ui/toasts';
import { ChangedWords } from './ChangedWords';
import { FieldChanges } from './FieldChanges';
import { reasonLabels } from './revision-labels';
import { useStoryHeadlines } from './use-story-headlines';

/** What the bylines panel uses until the settings have loaded. */
const DEFAULT_BIO_TEMPLATE = '{name} is {role} of {organisation}.';

type HistoryCompareProps = {
  revision: Revision;
  /** The stored story: what the version is compared with. */
  current: Story;
  onRestore: () => Promise<void>;
  onClose: () => void;
};

/**
 * A kept version against the current story, in the centre column: first the
 * fields that changed (bylines, links, publishing fields…), then the text,
 * where struck-out words are in that version only and underlined ones were
 * added since. Unchanged paragraphs are folded, so a long story shows only
 * what differs.
 */
export function HistoryCompare({ revision, current, onRestore, onClose }: HistoryCompareProps) {
  const toasts = useToasts();
  const [confirming, setConfirming] = useState(false);
  const [restoring, setRestoring] = useState(false);
  const comparison = useMemo(() => compareStoryText(revision.snapshot, current), [revision, current]);
  const storyHeadline = useStoryHeadlines(revision.snapshot.related, current.related);
  const bioTemplate = useSettings()?.bioTemplate ?? DEFAULT_BIO_TEMPLATE;
  const fields = useMemo(
    () => compareStoryFields(revision.snapshot, current, { storyHeadline, bioTemplate }),
    [revision, current, storyHeadline, bioTemplate],
  );
  const when = formatRevisionTime(revision.createdAt, Date.now());
  // "kept 5 minutes ago", "kept yesterday 14:05", "kept Sun 8 Mar, 09:30".
  const kept = `kept ${when.replace(/^Yesterday/, 'yesterday')}`;
  const changed = comparison.wordsAdded + comparison.wordsRemoved > 0;
  const textSame = changed ? '' : fields.length === 0 ? 'Nothing has changed since this version.' : 'The headline, standfirst and text are the same as now.';

  const restore = async () => {
    setConfirming(false);
    setRestoring(true);
    try {
      await onRestore();
      toasts.show({ message: `Restored the version ${kept}. The text it replaced is kept in History as “Before restore”.` });
    } catch (error) {
      toasts.show({ message: errorMessage(error), tone: 'error' });
      setRestoring(false);
    }
  };

  return (
    <section className="history-compare" aria-label="Compare with the current text">
      <div className="history-compare__bar">
        <div className="history-compare__heading">
          <p className="history-compare__title">
            {when} · {reasonLabels[revision.reason]}
          </p>
          <p className="history-compare__legend">
            Compared with the current text: <del>struck through</del> is only in this version, <ins>underlined</ins> was added
            since.
          </p>
        </div>
        <Button variant="primary" size="small" disabled={restoring} onClick={() => setConfirming(true)}>
          Restore this version
        </Button>
        <Button size="small" onClick={onClose}>
          Back to the text
        </Button>
      </div>
      <div className="history-compare__scroll">
        <article className="history-compare__text" aria-label={`The version ${kept}, compared with the current text`}>
          <p className="history-compare__summary">
            {changed
              ? `${formatCount(comparison.wordsAdded)} ${comparison.wordsAdded === 1 ? 'word' : 'words'} added and ${formatCount(comparison.wordsRemoved)} removed since this version.`
              : textSame}
          </p>
          <FieldChanges changes={fields} />
          <h2 className="history-compare__headline">
            <Parts parts={comparison.headline} same={current.headline} />
          </h2>
          {(comparison.standfirst !== null || current.standfirst !== '') && (
            <p className="history-compare__standfirst">
              <Parts parts={comparison.standfirst} same={current.standfirst} />
            </p>
          )}
          {comparison.blocks.map((block, index) => (
            <CompareBlock key={index} block={block} />
          ))}
        </article>
      </div>
      {confirming && (
        <ConfirmDialog
          title="Restore this version?"
          confirmLabel="Restore this version"
          onCancel={() => setConfirming(false)}
          onConfirm={() => void restore()}
        >
          The headline, standfirst, text, bylines, bio, images, tags, related links and publishing fields go back to the
          version {kept}; the status stays as it is. The current version is kept in History first (as “Before restore”), so
          you can undo this by restoring that one.
        </ConfirmDialog>
      )}
    </section>
  );
}

/** A field's text with its changes marked; the field as it is now when nothing changed. */
function Parts({ parts, same }: { parts: readonly TextPart[] | null; same: string }) {
  if (parts === null) return same === '' ? <span className="history-compare__none">No headline</span> : <>{same}</>;
  return <ChangedWords parts={parts} />;
}

const BLOCK_LABELS: Partial<Record<string, string>> = { pullquote: 'Pull-quote', caption: 'Caption', heading: 'Subheading' };

function CompareBlock({ block }: { block: BlockChange }) {
  if (block.change === 'unchanged') {
    return (
      <p className="history-compare__fold">
        {block.count === 1 ? '1 paragraph unchanged' : `${formatCount(block.count)} paragraphs unchanged`}
      </p>
    );
  }
  const label = BLOCK_LABELS[block.kind];
  return (
    <div className={`history-block history-block--${block.kind} is-${block.change}`}>
      {label !== undefined && <span className="history-block__label">{label}</span>}
      <p className="history-block__text">
        <Parts parts={block.parts} same="" />
      </p>
    </div>
  );
}
