import { useId, type ReactNode } from 'react';

/** A settings field: its label, the input `children` draws with the ids given, and an error and a hint under it. */
export function Field({ label, hint, error, children }: { label: string; hint?: ReactNode; error?: string; children: (ids: { input: string; described: string }) => ReactNode }) {
  const id = useId();
  const described = `${id}-hint`;
  return (
    <div className="form-field settings-field">
      <label className="form-field__label" htmlFor={id}>
        {label}
      </label>
      {children({ input: id, described })}
      <div id={described}>
        {error !== undefined && <p className="form-field__error">{error}</p>}
        {hint !== undefined && <p className="form-field__hint">{hint}</p>}
      </div>
    </div>
  );
}
