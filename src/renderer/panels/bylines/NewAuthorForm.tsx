import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { LIMITS } from '../../../shared/story/story-constants';
import type { Author } from '../../../shared/story/story-schema';
import { useApi } from '../../api/api-context';
import { errorMessage } from '../../api/client';
import { AuthorPhotoField } from '../../authors/AuthorPhoto';
import { Button } from '../../ui/Button';

type NewAuthorFormProps = {
  initialName: string;
  onAdded: (author: Author) => void;
  onCancel: () => void;
};

const fields = [
  { key: 'name', label: 'Name', type: 'text', autoComplete: 'off' },
  { key: 'role', label: 'Role', type: 'text', autoComplete: 'off' },
  { key: 'organisation', label: 'Organisation', type: 'text', autoComplete: 'off' },
  { key: 'email', label: 'Email (optional)', type: 'email', autoComplete: 'off' },
] as const;

type FieldKey = (typeof fields)[number]['key'];

/** Adds an author to the directory without leaving the story; the new author becomes a byline. */
export function NewAuthorForm({ initialName, onAdded, onCancel }: NewAuthorFormProps) {
  const api = useApi();
  const id = useId();
  const roleRef = useRef<HTMLInputElement>(null);
  const [values, setValues] = useState<Record<FieldKey, string>>({ name: initialName, role: '', organisation: '', email: '' });
  const [error, setError] = useState<{ message: string; field: string | undefined } | null>(null);
  const [busy, setBusy] = useState(false);
  const [photo, setPhoto] = useState<Author['photo']>(null);

  // The name is already typed: the role is what is missing.
  useEffect(() => roleRef.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      onAdded(await api.createAuthor({ ...values, photoSha256: photo?.sha256 ?? null }));
    } catch (failure) {
      const field = (failure as { field?: string }).field;
      setError({ message: errorMessage(failure), field });
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };

  return (
    <form className="new-author" aria-labelledby={`${id}-title`} onSubmit={(event) => void submit(event)} onKeyDown={onKeyDown}>
      <h4 id={`${id}-title`} className="new-author__title">
        New author
      </h4>
      {fields.map((field) => (
        <label key={field.key} className="new-author__field">
          <span className="new-author__label">{field.label}</span>
          <input
            ref={field.key === 'role' ? roleRef : undefined}
            className="form-field__input form-field__input--small"
            type={field.type}
            required={field.key === 'name'}
            maxLength={LIMITS.name}
            autoComplete={field.autoComplete}
            aria-invalid={error?.field === field.key}
            value={values[field.key]}
            onChange={(event) => setValues({ ...values, [field.key]: event.target.value })}
          />
        </label>
      ))}
      <AuthorPhotoField name={values.name} photo={photo} onChange={setPhoto} />
      {error !== null && (
        <p className="new-author__error" role="alert">
          {error.message}
        </p>
      )}
      <div className="new-author__actions">
        <Button size="small" onClick={onCancel}>
          Cancel
        </Button>
        <Button size="small" variant="primary" type="submit" disabled={busy || values.name.trim() === ''}>
          Add author
        </Button>
      </div>
    </form>
  );
}
