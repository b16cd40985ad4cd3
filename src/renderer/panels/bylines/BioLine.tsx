import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { LIMITS } from '../../../shared/story/story-constants';
import { controlIds } from '../../story/control-ids';
import { Button } from '../../ui/Button';

type BioLineProps = {
  /** The line the settings' template makes from the current bylines. */
  generated: string;
  /** The story's own text, or null while it follows the bylines. */
  authorBio: string | null;
  onChange: (authorBio: string | null) => void;
};

/**
 * The closing bio line: generated from the bylines until its words are
 * changed for this story. Opening it for editing changes nothing: a bio
 * whose words are still the generated ones keeps following the bylines.
 */
export function BioLine({ generated, authorBio, onChange }: BioLineProps) {
  const id = useId();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const custom = authorBio !== null;

  // Done or Escape with the words unchanged: focus goes back to the Edit button that opened the text.
  useEffect(() => {
    if (editing || custom || !returnFocus.current) return;
    returnFocus.current = false;
    editButton.current?.focus();
  }, [editing, custom]);

  const stopEditing = () => {
    returnFocus.current = true;
    setEditing(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Escape' || custom) return;
    event.preventDefault();
    stopEditing();
  };

  return (
    <section className="bio-line" aria-labelledby={`${id}-title`}>
      <div className="bio-line__header">
        <h3 id={`${id}-title`} className="panel-section__title">
          Author bio
        </h3>
        {custom ? (
          <Button
            size="small"
            variant="quiet"
            onClick={() => {
              onChange(null);
              stopEditing();
            }}
          >
            Reset to generated
          </Button>
        ) : editing ? (
          <Button size="small" variant="quiet" onClick={stopEditing}>
            Done
          </Button>
        ) : (
          <Button id={controlIds.authorBio} ref={editButton} size="small" variant="quiet" onClick={() => setEditing(true)}>
            Edit
          </Button>
        )}
      </div>
      {custom || editing ? (
        <>
          <textarea
            id={controlIds.authorBio}
            className="form-field__input form-field__input--small bio-line__input"
            aria-label="Author bio for this story"
            rows={3}
            maxLength={LIMITS.authorBio}
            value={authorBio ?? generated}
            // Focus moves here when Edit is pressed (the button it replaces is gone), not when a story with its own bio opens.
            autoFocus={editing}
            onKeyDown={onKeyDown}
            // The generated words, typed back, follow the bylines again.
            onChange={(event) => {
              setEditing(true);
              onChange(event.target.value === generated ? null : event.target.value);
            }}
          />
          <p className="bio-line__hint">
            {custom
              ? 'Written for this story; changes to the bylines no longer update it.'
              : 'Still generated from the bylines: it becomes this story’s own once you change the words.'}
          </p>
        </>
      ) : (
        <>
          <p className="bio-line__text" aria-label="Generated author bio">
            {generated === '' ? <span className="bio-line__empty">Add a byline with a role or organisation to generate the bio.</span> : generated}
          </p>
          <p className="bio-line__hint">Generated from the bylines; printed after the end of the story.</p>
        </>
      )}
    </section>
  );
}
