import type { KeyboardEvent } from 'react';
import { LIMITS } from '../../../shared/story/story-constants';
import type { Byline } from '../../../shared/story/story-schema';
import { Icon } from '../../ui/Icon';

type BylineListProps = {
  bylines: readonly Byline[];
  onChange: (bylines: Byline[]) => void;
};

function moved(list: readonly Byline[], from: number, to: number): Byline[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

/**
 * The story's bylines in order. Role and organisation are this story's own
 * copy: editing them here never changes the author directory, and the
 * directory never changes them.
 */
export function BylineList({ bylines, onChange }: BylineListProps) {
  const move = (index: number, step: -1 | 1) => {
    const to = index + step;
    if (to < 0 || to >= bylines.length) return;
    onChange(moved(bylines, index, to));
  };

  const edit = (index: number, key: 'role' | 'organisation', value: string) =>
    onChange(bylines.map((byline, i) => (i === index ? { ...byline, [key]: value } : byline)));

  // Alt+Up/Down moves the byline that has focus; focus stays on the same control, which moves with it.
  const onKeyDown = (index: number) => (event: KeyboardEvent<HTMLLIElement>) => {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    move(index, event.key === 'ArrowUp' ? -1 : 1);
  };

  if (bylines.length === 0) {
    return <p className="panel-section__empty">No bylines yet. Add the author below; the first byline leads.</p>;
  }

  return (
    <ol className="byline-list">
      {bylines.map((byline, index) => (
        <li key={byline.authorId} className="byline-entry" aria-label={`Byline ${index + 1}: ${byline.name}`} onKeyDown={onKeyDown(index)}>
          <div className="byline-entry__head">
            <span className="byline-entry__name">{byline.name}</span>
            <div className="byline-entry__actions">
              <button
                type="button"
                className="icon-button"
                aria-label={`Move ${byline.name} up`}
                title="Move up (Alt+↑)"
                disabled={index === 0}
                onClick={() => move(index, -1)}
              >
                <Icon name="arrowUp" size={16} />
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={`Move ${byline.name} down`}
                title="Move down (Alt+↓)"
                disabled={index === bylines.length - 1}
                onClick={() => move(index, 1)}
              >
                <Icon name="arrowDown" size={16} />
              </button>
              <button
                type="button"
                className="icon-button icon-button--danger"
                aria-label={`Remove ${byline.name}`}
                title="Remove from this story"
                onClick={() => onChange(bylines.filter((_, i) => i !== index))}
              >
                <Icon name="close" size={16} />
              </button>
            </div>
          </div>
          <div className="byline-entry__fields">
            <label className="byline-entry__field">
              <span className="byline-entry__label">Role</span>
              <input
                className="form-field__input form-field__input--small"
                type="text"
                maxLength={LIMITS.name}
                value={byline.role}
                aria-label={`Role of ${byline.name} in this story`}
                onChange={(event) => edit(index, 'role', event.target.value)}
              />
            </label>
            <label className="byline-entry__field">
              <span className="byline-entry__label">Organisation</span>
              <input
                className="form-field__input form-field__input--small"
                type="text"
                maxLength={LIMITS.name}
                value={byline.organisation}
                aria-label={`Organisation of ${byline.name} in this story`}
                onChange={(event) => edit(index, 'organisation', event.target.value)}
              />
            </label>
          </div>
        </li>
      ))}
    </ol>
  );
}
