import { useEffect, useRef, useState } from 'react';
import { editorNameSchema } from '../../shared/api/contract/newsroom';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/client';
import { Button } from '../ui/Button';
import { useToasts } from '../ui/toasts';

type DeskEditorNameProps = {
  /** The name the profile's changes go out under now; null when none was given. */
  editorName: string | null;
  onRenamed: () => Promise<void> | void;
};

/**
 * The editor's name on the desk, changed in place: "Change…" opens a field
 * (Enter saves, Escape cancels) and focus comes back to the button after.
 * What they changed before keeps the name it was made under (docs/newsroom.md).
 */
export function DeskEditorName({ editorName, onRenamed }: DeskEditorNameProps) {
  const api = useApi();
  const toasts = useToasts();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const fieldRef = useRef<HTMLInputElement>(null);
  const changeRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (editing) fieldRef.current?.select();
    else if (returnFocus.current) {
      returnFocus.current = false;
      changeRef.current?.focus();
    }
  }, [editing]);

  const close = () => {
    returnFocus.current = true;
    setEditing(false);
    setError(null);
  };

  const save = async () => {
    const checked = editorNameSchema.safeParse(draft);
    if (!checked.success) {
      setError(checked.error.issues[0]!.message);
      fieldRef.current?.focus();
      return;
    }
    setSaving(true);
    try {
      const renamed = await api.renameDeskEditor({ editorName: checked.data });
      toasts.show({ message: `Your name on the desk is now ${renamed.editorName}. The changes you make from now on go out under it.` });
      close();
      await onRenamed();
    } catch (caught) {
      setError(errorMessage(caught));
      fieldRef.current?.focus();
    } finally {
      setSaving(false);
    }
  };

  if (!editing) {
    return (
      <div className="desk-name">
        <span>{editorName ?? <span className="newsroom__none">None given: the others see “Another editor”</span>}</span>
        <Button
          ref={changeRef}
          variant="quiet"
          aria-label="Change your name on the desk"
          onClick={() => {
            setDraft(editorName ?? '');
            setEditing(true);
          }}
        >
          Change…
        </Button>
      </div>
    );
  }
  return (
    <form
      className="desk-name"
      noValidate
      aria-busy={saving}
      onSubmit={(event) => {
        event.preventDefault();
        if (!saving) void save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !saving) {
          event.stopPropagation();
          close();
        }
      }}
    >
      <input
        ref={fieldRef}
        className="form-field__input desk-name__input"
        aria-label="Your name on the desk"
        aria-describedby={error === null ? undefined : 'desk-name-error'}
        aria-invalid={error !== null}
        autoComplete="name"
        value={draft}
        disabled={saving}
        onChange={(event) => setDraft(event.target.value)}
      />
      <Button type="submit" variant="primary" disabled={saving}>
        {saving ? 'Saving…' : 'Save'}
      </Button>
      <Button variant="quiet" disabled={saving} onClick={close}>
        Cancel
      </Button>
      {error !== null && (
        <p id="desk-name-error" className="form-field__error desk-name__error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
