import type { ReactNode } from 'react';

/**
 * What a settings field says under itself, in one element its controls are
 * described by: the error of the last action (announced), the error the
 * saved settings were refused with, advice, then the hint.
 */
export function FieldMessages(props: { id: string; error: string | null; savedError?: string | undefined; advice?: string | null; hint: ReactNode }) {
  const { id, error, savedError, advice = null, hint } = props;
  return (
    <div id={id}>
      {error !== null && (
        <p className="form-field__error" role="alert">
          {error}
        </p>
      )}
      {savedError !== undefined && <p className="form-field__error">{savedError}</p>}
      {advice !== null && <p className="form-field__error">{advice}</p>}
      <p className="form-field__hint">{hint}</p>
    </div>
  );
}
