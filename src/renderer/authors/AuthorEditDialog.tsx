import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../shared/api/api-error';
import { LIMITS } from '../../shared/story/story-constants';
import type { Author } from '../../shared/story/story-schema';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/client';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { useToasts } from '../ui/toasts';
import { AuthorPhotoField } from './AuthorPhoto';

const fields = [
  { key: 'name', label: 'Name', type: 'text' },
  { key: 'role', label: 'Role', type: 'text' },
  { key: 'organisation', label: 'Organisation', type: 'text' },
  { key: 'email', label: 'Email', type: 'email' },
] as const;

type FieldKey = (typeof fields)[number]['key'];
type Values = Record<FieldKey, string>;

function valuesOf(author: Author): Values {
  return { name: author.name, role: author.role, organisation: author.organisation, email: author.email };
}

type AuthorEditDialogProps = { author: Author; onClose: () => void; onSaved: () => void };

/** Corrects an author in the directory; bylines already on stories keep their own role and organisation. */
export function AuthorEditDialog({ author, onClose, onSaved }: AuthorEditDialogProps) {
  const api = useApi();
  const toasts = useToasts();
  const formId = useId();
  const [base, setBase] = useState(author);
  const [values, setValues] = useState<Values>(() => valuesOf(author));
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [photo, setPhoto] = useState(author.photo);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const saved = await api.updateAuthor({ id: base.id, baseRevision: base.revision, changes: { ...values, photoSha256: photo?.sha256 ?? null } });
      toasts.show({ message: `${saved.name} was saved.` });
      onSaved();
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === 'conflict') {
        // Show what is stored now, so the edit is made on top of it rather than over it.
        const stored = await api.getAuthor({ id: base.id }).catch(() => null);
        if (stored !== null) {
          setBase(stored.author);
          setValues(valuesOf(stored.author));
          setPhoto(stored.author.photo);
        }
        setError({ message: 'This author was changed elsewhere. The stored details are shown now; make your change again.' });
      } else {
        setError({ message: errorMessage(failure), field: failure instanceof ApiError ? failure.field : undefined });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={`Edit ${author.name}`}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" type="submit" form={formId} disabled={busy || values.name.trim() === ''}>
            Save
          </Button>
        </>
      }
    >
      <form id={formId} className="author-form" onSubmit={(event) => void submit(event)}>
        {fields.map((field) => (
          <label key={field.key} className="author-form__field">
            <span className="author-form__label">{field.label}</span>
            <input
              className="form-field__input"
              type={field.type}
              required={field.key === 'name'}
              maxLength={LIMITS.name}
              autoComplete="off"
              aria-invalid={error?.field === `changes.${field.key}`}
              value={values[field.key]}
              onChange={(event) => setValues({ ...values, [field.key]: event.target.value })}
            />
          </label>
        ))}
        <AuthorPhotoField name={values.name} photo={photo} onChange={setPhoto} />
        <p className="form-field__hint">Stories keep the role and organisation their bylines were given; a new name shows on every story.</p>
        {error !== null && (
          <p className="authors-screen__error" role="alert">
            {error.message}
          </p>
        )}
      </form>
    </Dialog>
  );
}
