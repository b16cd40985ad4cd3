import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/client';
import { Button } from '../ui/Button';
import { FieldMessages } from './FieldMessages';

type RulesFileFieldProps = {
  /** The settings' path of the rules file, relative to the profile folder. */
  path: string;
  onChange: (path: string) => void;
  /** What saving said is wrong with it. */
  error: string | undefined;
};

/**
 * The profile's own rules file: a path inside the profile folder, or a file
 * chosen from disk, which is copied into the profile (house-rules/) once its
 * rules are valid. The file input opens the system's file dialog in the app
 * and the browser's in the preview, so both work alike.
 */
export function RulesFileField({ path, onChange, error: savedError }: RulesFileFieldProps) {
  const api = useApi();
  const inputId = useId();
  const describedId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const copyPicked = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file === undefined) return;
    setBusy(true);
    try {
      const copied = await api.importHouseStyleRules({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
      setError(null);
      onChange(copied.path);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="form-field settings-field">
      <label className="form-field__label" htmlFor={inputId}>
        Rules file
      </label>
      <div className="rules-file-field__row">
        <input
          id={inputId}
          aria-describedby={describedId}
          aria-invalid={savedError !== undefined || error !== null}
          className="form-field__input"
          spellCheck={false}
          value={path}
          onChange={(event) => onChange(event.target.value)}
        />
        <Button size="small" disabled={busy} aria-describedby={describedId} onClick={() => fileRef.current?.click()}>
          {busy ? 'Copying the file…' : 'Choose a rules file…'}
        </Button>
      </div>
      <FieldMessages
        id={describedId}
        error={error}
        savedError={savedError}
        hint={
          <>
            A file inside the profile folder, e.g. house-rules/house-style.json. A file chosen from disk is checked and copied into the profile’s
            house-rules folder; choose it again after changing it.
          </>
        }
      />
      <input
        ref={fileRef}
        className="visually-hidden"
        type="file"
        accept=".json,application/json"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="rules-file-input"
        onChange={(event) => void copyPicked(event)}
      />
    </div>
  );
}
