import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { imageFileName } from '../../nodes/image/image-names';
import type { SiteImage } from '../../shared/settings/settings-schema';
import { ImageFileInput, useImportImage } from '../images/ImageFileInput';
import { Button } from '../ui/Button';
import { FieldMessages } from './FieldMessages';

type SiteImageFieldProps = {
  /** "Site logo", "Fallback social image": names the field, its buttons and its preview. */
  label: string;
  hint: ReactNode;
  image: SiteImage | undefined;
  onChange: (image: SiteImage | undefined) => void;
  /** What saving said is wrong with it. */
  error: string | undefined;
  /** What to say about the picture's size, or nothing. */
  sizeAdvice?: (image: SiteImage) => string | null;
  /** Called after a new picture is chosen, to move on to what it still needs (its alt text). */
  onChosen?: () => void;
  /** The alt text, for the preview; the logo is described by the site name. */
  alt: string;
  testId: string;
};

/**
 * A picture of the settings, stored in the profile like any image
 * (images/<sha256>.<ext>): a preview, its size, and choose, replace or remove.
 */
export function SiteImageField({ label, hint, image, onChange, error: savedError, sizeAdvice, onChosen, alt, testId }: SiteImageFieldProps) {
  const importImage = useImportImage();
  const inputRef = useRef<HTMLInputElement>(null);
  const chooseRef = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [brokenFile, setBrokenFile] = useState<string | null>(null);
  const [focusChoose, setFocusChoose] = useState(false);
  const labelId = useId();
  const describedId = useId();

  useEffect(() => {
    if (!focusChoose) return;
    chooseRef.current?.focus();
    setFocusChoose(false);
  }, [focusChoose]);

  const file = image === undefined ? null : imageFileName(image);
  const advice = image === undefined || sizeAdvice === undefined ? null : sizeAdvice(image);
  const lower = label.charAt(0).toLowerCase() + label.slice(1);

  return (
    <div className="form-field settings-field site-image-field" role="group" aria-labelledby={labelId}>
      <span className="form-field__label" id={labelId}>
        {label}
      </span>
      <div className="site-image-field__row">
        <div className="site-image-field__preview">
          {image === undefined || file === null ? (
            <span className="site-image-field__empty">None chosen</span>
          ) : brokenFile === file ? (
            <span className="site-image-field__empty">The file is missing from this profile. Choose the picture again.</span>
          ) : (
            <img className="site-image-field__img" src={file} alt={alt} width={image.width} height={image.height} onError={() => setBrokenFile(file)} />
          )}
        </div>
        <div className="site-image-field__side">
          <div className="site-image-field__actions">
            <Button ref={chooseRef} size="small" disabled={busy} aria-describedby={describedId} onClick={() => inputRef.current?.click()}>
              {busy ? 'Adding the picture…' : image === undefined ? `Choose ${lower}…` : `Replace ${lower}…`}
            </Button>
            {image !== undefined && (
              <Button
                size="small"
                variant="quiet"
                onClick={() => {
                  onChange(undefined);
                  setFocusChoose(true);
                }}
              >
                Remove {lower}
              </Button>
            )}
          </div>
          {image !== undefined && (
            <p className="form-field__hint">
              {image.width} × {image.height} pixels, {image.ext.toUpperCase()}
            </p>
          )}
        </div>
      </div>
      <FieldMessages id={describedId} error={error} savedError={savedError} advice={advice} hint={hint} />
      <ImageFileInput
        ref={inputRef}
        importImage={importImage}
        onBusy={setBusy}
        onError={setError}
        onImported={(stored) => {
          setError(null);
          onChange(stored);
          onChosen?.();
        }}
        testId={testId}
      />
    </div>
  );
}
