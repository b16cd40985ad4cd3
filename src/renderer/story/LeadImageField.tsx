import { useEffect, useId, useRef, useState } from 'react';
import { imageFileName } from '../../nodes/image/image-names';
import type { LeadImage } from '../../shared/story/story-schema';
import type { ImageFile } from '../../nodes/image/image-parts';
import { ImageFileInput, type ImportImage } from '../images/ImageFileInput';
import { controlIds } from './control-ids';
import { Button } from '../ui/Button';
import { Icon } from '../ui/Icon';
import { useToasts } from '../ui/toasts';
import { leadImageProblem } from './draft-fields';

type LeadImageFieldProps = {
  /** The lead image on screen (it may lack alt text, and so not be saved yet). */
  image: LeadImage | null;
  /** The lead image as stored, to say what is kept while the one on screen cannot be saved. */
  saved: LeadImage | null;
  onChange: (image: LeadImage | null) => void;
  importImage: ImportImage;
};

/** After an add, a replace or a remove, the control to go on with. */
type FocusTarget = 'alt' | 'add' | null;

/**
 * The picture for the top of the story, as the published article shows it
 * (between the byline and the text), with its alt text, caption and credit.
 * Picked from disk like a body image; saved with the story's other fields
 * once it has alt text.
 */
export function LeadImageField({ image, saved, onChange, importImage }: LeadImageFieldProps) {
  const toasts = useToasts();
  const inputRef = useRef<HTMLInputElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const altRef = useRef<HTMLTextAreaElement>(null);
  const creditRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [focusNext, setFocusNext] = useState<FocusTarget>(null);
  const [brokenFile, setBrokenFile] = useState<string | null>(null);
  const hintId = useId();
  const altHintId = useId();
  const altErrorId = useId();

  useEffect(() => {
    if (focusNext === null) return;
    (focusNext === 'alt' ? altRef : addRef).current?.focus();
    setFocusNext(null);
  }, [focusNext]);

  const pick = () => inputRef.current?.click();

  // A new picture starts without words: the last one's alt text, caption and credit describe another picture.
  const use = (file: ImageFile) => {
    onChange({ ...file, alt: '', caption: '', credit: '' });
    setFocusNext('alt');
  };

  const remove = () => {
    if (image === null) return;
    const removed = image;
    onChange(null);
    setFocusNext('add');
    toasts.show({ message: 'Lead image removed.', action: { label: 'Undo', run: () => onChange(removed) } });
  };

  const fileInput = (
    <ImageFileInput
      ref={inputRef}
      importImage={importImage}
      onImported={use}
      onError={(message) => toasts.show({ message, tone: 'error' })}
      onBusy={setBusy}
      testId="lead-image-file-input"
    />
  );

  if (image === null) {
    return (
      <section className="lead-image lead-image--empty" aria-label="Lead image">
        <Button ref={addRef} id={controlIds.leadImageAdd} onClick={pick} disabled={busy} aria-describedby={hintId}>
          <Icon name="image" size={16} />
          {busy ? 'Adding the picture…' : 'Add lead image'}
        </Button>
        <p id={hintId} className="lead-image__hint">
          The picture at the top of the story, on social cards and on related-story cards.
        </p>
        {fileInput}
      </section>
    );
  }

  const problem = leadImageProblem(image);
  const keptAlt = saved !== null && saved.sha256 === image.sha256 && problem !== null;
  const file = imageFileName(image);
  const update = (field: 'alt' | 'caption' | 'credit', value: string) => onChange({ ...image, [field]: value });

  return (
    <section className={`lead-image${problem === null ? '' : ' is-missing-alt'}`} aria-label="Lead image">
      <figure className="lead-image__figure">
        <div className="lead-image__frame">
          {brokenFile === file ? (
            <div className="lead-image__missing" style={{ aspectRatio: `${image.width} / ${image.height}` }}>
              The image file is missing from this profile. Replace it to add the picture again.
            </div>
          ) : (
            <img
              className="lead-image__img"
              src={file}
              alt={image.alt}
              width={image.width}
              height={image.height}
              onError={() => setBrokenFile(file)}
            />
          )}
          <span className="block-card__label block-card__label--on-media" aria-hidden="true">
            Lead image
          </span>
          <div className="lead-image__actions">
            <Button size="small" onClick={pick} disabled={busy}>
              {busy ? 'Adding…' : 'Replace'}
            </Button>
            <Button size="small" onClick={remove}>
              Remove
            </Button>
          </div>
        </div>
        <figcaption className="lead-image__caption">
          <textarea
            className="lead-image__caption-input"
            aria-label="Caption"
            placeholder="Caption"
            rows={1}
            maxLength={2_000}
            spellCheck
            value={image.caption}
            onChange={(event) => update('caption', event.target.value.replace(/\s*[\r\n]+\s*/g, ' '))}
            onKeyDown={(event) => {
              // A caption is one line under the picture: Enter goes on to the credit.
              if (event.key !== 'Enter') return;
              event.preventDefault();
              creditRef.current?.focus();
            }}
          />
          <input
            ref={creditRef}
            className="lead-image__credit-input"
            type="text"
            aria-label="Credit"
            placeholder="Credit, e.g. Photo: Jane Smith/PA"
            maxLength={300}
            value={image.credit}
            onChange={(event) => update('credit', event.target.value)}
          />
        </figcaption>
      </figure>
      <label className="form-field lead-image__alt">
        <span className="form-field__label">
          Alt text <span className="form-field__required">required</span>
        </span>
        <textarea
          ref={altRef}
          id={controlIds.leadImageAlt}
          className="form-field__input"
          rows={2}
          maxLength={1_000}
          spellCheck
          value={image.alt}
          aria-invalid={problem !== null}
          aria-describedby={problem === null ? altHintId : `${altErrorId} ${altHintId}`}
          onChange={(event) => update('alt', event.target.value)}
        />
        {problem !== null && (
          <span id={altErrorId} className="form-field__error lead-image__error" role="alert">
            <Icon name="warning" size={16} />
            {keptAlt
              ? `${problem} Until you do, the alt text saved before is kept.`
              : `${problem} The picture is not saved until it has some.`}
          </span>
        )}
        <span id={altHintId} className="form-field__hint">
          What the picture shows. It is read out in place of the picture and is not printed in the article.
        </span>
      </label>
      {fileInput}
    </section>
  );
}
