import { useEffect, useRef, useState, type RefObject } from 'react';
import { ApiError } from '../../shared/api/api-error';
import { deskUrlSchema, editorNameSchema } from '../../shared/api/contract/newsroom';
import type { ApiOutput } from '../../shared/api/contract';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/client';
import { Button } from '../ui/Button';
import { Field } from './SettingsField';

type JoinErrors = { serverUrl?: string; token?: string; editorName?: string; other?: string };

type JoinDeskFormProps = {
  /** Where focus goes when the form appears after leaving a desk. */
  firstFieldRef: RefObject<HTMLInputElement | null>;
  onJoined: (joined: ApiOutput<'joinDesk'>) => void;
};

/**
 * Joining the profile to the desk: the server's address, the editor's token
 * and the name the other editors see. The server checks the token before
 * anything is stored; then every story goes up (docs/newsroom.md).
 */
export function JoinDeskForm({ firstFieldRef, onJoined }: JoinDeskFormProps) {
  const api = useApi();
  const [serverUrl, setServerUrl] = useState('');
  const [token, setToken] = useState('');
  const [editorName, setEditorName] = useState('');
  const [errors, setErrors] = useState<JoinErrors>({});
  const [joining, setJoining] = useState(false);
  const tokenRef = useRef<HTMLInputElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  /** The field to focus once the form is enabled again: a disabled field cannot take focus. */
  const focusNext = useRef<RefObject<HTMLInputElement | null> | null>(null);
  useEffect(() => {
    if (joining || focusNext.current === null) return;
    focusNext.current.current?.focus();
    focusNext.current = null;
  }, [joining, errors]);

  const showErrors = (found: JoinErrors) => {
    setErrors(found);
    focusNext.current = found.serverUrl !== undefined ? firstFieldRef : found.token !== undefined ? tokenRef : found.editorName !== undefined ? nameRef : null;
  };

  const join = async () => {
    const url = deskUrlSchema.safeParse(serverUrl);
    const name = editorNameSchema.safeParse(editorName);
    const found: JoinErrors = {};
    if (!url.success) found.serverUrl = url.error.issues[0]!.message;
    if (token.trim() === '') found.token = 'Give the token the desk’s administrator gave you.';
    if (!name.success) found.editorName = name.error.issues[0]!.message;
    if (!url.success || !name.success || found.token !== undefined) {
      showErrors(found);
      return;
    }
    setJoining(true);
    setErrors({});
    try {
      const joined = await api.joinDesk({ serverUrl: url.data, token: token.trim(), editorName: name.data });
      // The token is the profile's secret from now on: nothing shows it again.
      setToken('');
      onJoined(joined);
    } catch (error) {
      const message = errorMessage(error);
      const field = error instanceof ApiError ? error.field : undefined;
      showErrors(field === 'serverUrl' || field === 'token' ? { [field]: message } : { other: message });
    } finally {
      setJoining(false);
    }
  };

  return (
    <form
      className="join-desk"
      noValidate
      aria-busy={joining}
      onSubmit={(event) => {
        event.preventDefault();
        if (!joining) void join();
      }}
    >
      <Field label="Server address" error={errors.serverUrl} hint="As copydesk server prints it: ws://HOST:PORT, or wss://HOST for a server behind TLS.">
        {({ input, described }) => (
          <input
            ref={firstFieldRef}
            id={input}
            className="form-field__input"
            aria-describedby={described}
            aria-invalid={errors.serverUrl !== undefined}
            placeholder="wss://desk.example.org"
            spellCheck={false}
            autoComplete="off"
            value={serverUrl}
            disabled={joining}
            onChange={(e) => setServerUrl(e.target.value)}
          />
        )}
      </Field>
      <Field label="Token" error={errors.token} hint="The token the desk’s administrator gave you. This profile keeps it and never shows it again.">
        {({ input, described }) => (
          <input
            ref={tokenRef}
            id={input}
            type="password"
            className="form-field__input"
            aria-describedby={described}
            aria-invalid={errors.token !== undefined}
            autoComplete="off"
            value={token}
            disabled={joining}
            onChange={(e) => setToken(e.target.value)}
          />
        )}
      </Field>
      <Field label="Your name" error={errors.editorName} hint="The other editors see it beside the changes you make, e.g. in a story’s history.">
        {({ input, described }) => (
          <input
            ref={nameRef}
            id={input}
            className="form-field__input"
            aria-describedby={described}
            aria-invalid={errors.editorName !== undefined}
            autoComplete="name"
            value={editorName}
            disabled={joining}
            onChange={(e) => setEditorName(e.target.value)}
          />
        )}
      </Field>
      {errors.other !== undefined && (
        <p className="form-field__error" role="alert">
          {errors.other}
        </p>
      )}
      <div className="join-desk__actions">
        <Button type="submit" variant="primary" disabled={joining}>
          {joining ? 'Joining…' : 'Join the desk'}
        </Button>
        <p className="join-desk__progress" role="status">
          {joining ? 'Checking the token with the server, then sending this profile’s stories up…' : ''}
        </p>
      </div>
    </form>
  );
}
