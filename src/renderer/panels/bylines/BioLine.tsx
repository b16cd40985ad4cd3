import { useId } from 'react';
import { LIMITS } from '../../../shared/story/story-schema';
import { controlIds } from '../../story/control-ids';
import { Button } from '../../ui/Button';

type BioLineProps = {
  /** The line the settings' template makes from the current bylines. */
  generated: string;
  /** The story's own text, or null while it follows the bylines. */
  authorBio: string | null;
  onChange: (authorBio: string | null) => void;
};

/** The closing bio line: generated from the bylines until someone edits it for this story. */
export function BioLine({ generated, authorBio, onChange }: BioLineProps) {
  const id = useId();
  const custom = authorBio !== null;
  return (
    <section className="bio-line" aria-labelledby={`${id}-title`}>
      <div className="bio-line__header">
        <h3 id={`${id}-title`} className="panel-section__title">
          Author bio
        </h3>
        {custom ? (
          <Button size="small" variant="quiet" onClick={() => onChange(null)}>
            Reset to generated
          </Button>
        ) : (
          <Button id={controlIds.authorBio} size="small" variant="quiet" onClick={() => onChange(generated)}>
            Edit
          </Button>
        )}
      </div>
      {custom ? (
        <>
          <textarea
            id={controlIds.authorBio}
            className="form-field__input form-field__input--small bio-line__input"
            aria-label="Author bio for this story"
            rows={3}
            maxLength={LIMITS.authorBio}
            value={authorBio}
            // Focus moves here when Edit is pressed (the button it replaces is gone).
            autoFocus
            onChange={(event) => onChange(event.target.value)}
          />
          <p className="bio-line__hint">Written for this story; changes to the bylines no longer update it.</p>
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
