import { useId, useRef, useState, type FormEvent } from 'react';
import { createPortal } from 'react-dom';
import { imageFileName } from '../image-names';
import { Button } from '../../../renderer/ui/Button';
import { Dialog } from '../../../renderer/ui/Dialog';
import type { ImageDetails, ImageFile } from '../image-parts';

type ImageDetailsDialogProps = {
  file: ImageFile;
  details: ImageDetails;
  onSave: (details: ImageDetails) => void;
  onCancel: () => void;
};

/**
 * Alt text (required), caption and credit for an image. Rendered outside the
 * editor's DOM so typing here never reaches the story text.
 */
export function ImageDetailsDialog({ file, details, onSave, onCancel }: ImageDetailsDialogProps) {
  const [alt, setAlt] = useState(details.alt);
  const [caption, setCaption] = useState(details.caption);
  const [credit, setCredit] = useState(details.credit);
  const [altMissing, setAltMissing] = useState(false);
  const altRef = useRef<HTMLTextAreaElement>(null);
  const formId = useId();
  const altErrorId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (alt.trim() === '') {
      setAltMissing(true);
      altRef.current?.focus();
      return;
    }
    onSave({ alt: alt.trim(), caption: caption.trim(), credit: credit.trim() });
  };

  return createPortal(
    <Dialog
      title="Image details"
      onClose={onCancel}
      initialFocusRef={altRef}
      actions={
        <>
          <Button onClick={onCancel}>Cancel</Button>
          <Button variant="primary" type="submit" form={formId}>
            Save
          </Button>
        </>
      }
    >
      <form id={formId} className="form-stack" onSubmit={submit} noValidate>
        <img className="image-details__preview" src={imageFileName(file)} alt="" width={file.width} height={file.height} />
        <p className="image-details__size">
          {file.width.toLocaleString('en-GB')} × {file.height.toLocaleString('en-GB')} pixels
        </p>
        <label className="form-field">
          <span className="form-field__label">
            Alt text <span className="form-field__required">required</span>
          </span>
          <textarea
            ref={altRef}
            className="form-field__input"
            rows={2}
            maxLength={1_000}
            value={alt}
            aria-invalid={altMissing}
            aria-describedby={altMissing ? altErrorId : undefined}
            onChange={(event) => {
              setAlt(event.target.value);
              if (event.target.value.trim() !== '') setAltMissing(false);
            }}
          />
          <span className="form-field__hint">What the picture shows, for readers who cannot see it.</span>
          {altMissing && (
            <span id={altErrorId} className="form-field__error" role="alert">
              Describe the image before saving, or Cancel to add it later.
            </span>
          )}
        </label>
        <label className="form-field">
          <span className="form-field__label">Caption</span>
          <textarea className="form-field__input" rows={2} maxLength={2_000} value={caption} onChange={(event) => setCaption(event.target.value)} />
        </label>
        <label className="form-field">
          <span className="form-field__label">Credit</span>
          <input
            className="form-field__input"
            type="text"
            maxLength={300}
            placeholder="e.g. Photo: Jane Smith/PA"
            value={credit}
            onChange={(event) => setCredit(event.target.value)}
          />
        </label>
      </form>
    </Dialog>,
    document.body,
  );
}
