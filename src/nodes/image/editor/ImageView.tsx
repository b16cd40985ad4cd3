import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { NodeKey } from 'lexical';
import { useEffect, useState } from 'react';
import { imageFileName } from '../image-names';
import { Icon } from '../../../renderer/ui/Icon';
import { useBodyEditorOutputs } from '../../../renderer/editor/editor-outputs';
import { ImageDetailsDialog } from './ImageDetailsDialog';
import type { ImageDetails, ImageFile } from '../image-parts';
import { useBlockSelection } from '../../../renderer/editor/cards/use-block-selection';

/** The image as the story will show it, with its caption and credit, and a warning while it has no alt text. */
type ImageViewProps = {
  nodeKey: NodeKey;
  file: ImageFile;
  details: ImageDetails;
  /** Runs inside editor.update: gives the node its new details. */
  $setDetails: (key: NodeKey, details: ImageDetails) => void;
};

export function ImageView({ nodeKey, file, details, $setDetails }: ImageViewProps) {
  const [editor] = useLexicalComposerContext();
  const outputs = useBodyEditorOutputs();
  const { selected, select } = useBlockSelection(nodeKey);
  const [editing, setEditing] = useState(false);
  const [broken, setBroken] = useState(file.sha256 === '');

  // A freshly inserted image asks for its details straight away.
  useEffect(() => {
    if (outputs.describeImage.get() !== nodeKey) return;
    outputs.describeImage.set(null);
    setEditing(true);
  }, [nodeKey, outputs]);

  const save = (next: ImageDetails) => {
    setEditing(false);
    editor.update(() => $setDetails(nodeKey, next));
  };

  const missingAlt = details.alt.trim() === '';
  const credit = details.credit.trim();
  const caption = details.caption.trim();
  return (
    <figure
      className={`image-card${selected ? ' is-selected' : ''}${missingAlt ? ' is-missing-alt' : ''}`}
      aria-label={missingAlt ? 'Image without alt text' : `Image: ${details.alt}`}
      onClick={select}
    >
      <div className="image-card__frame">
        {broken ? (
          <div className="image-card__missing" style={{ aspectRatio: `${file.width} / ${file.height}` }}>
            The image file is missing from this profile.
          </div>
        ) : (
          <img
            className="image-card__img"
            src={imageFileName(file)}
            alt={details.alt}
            width={file.width}
            height={file.height}
            draggable={false}
            onError={() => setBroken(true)}
          />
        )}
        <span className="block-card__label block-card__label--on-media" aria-hidden="true">
          Image
        </span>
        <button type="button" className="button button--secondary button--small image-card__edit" onClick={() => setEditing(true)}>
          Edit details
        </button>
      </div>
      {(caption !== '' || credit !== '') && (
        <figcaption className="image-card__caption">
          {caption}
          {caption !== '' && credit !== '' && ' '}
          {credit !== '' && <span className="image-card__credit">{credit}</span>}
        </figcaption>
      )}
      {missingAlt && (
        <p className="image-card__warning">
          <Icon name="warning" size={16} />
          <span className="image-card__warning-text">No alt text: describe the image for readers who cannot see it.</span>
          <button type="button" className="button button--secondary button--small" onClick={() => setEditing(true)}>
            Add alt text
          </button>
        </p>
      )}
      {editing && (
        <ImageDetailsDialog
          file={file}
          details={details}
          onCancel={() => setEditing(false)}
          onSave={save}
        />
      )}
    </figure>
  );
}
