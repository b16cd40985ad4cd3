import { useCallback, useEffect, useState } from 'react';
import type { CopydeskApi } from '../../shared/api/contract';
import { useApi } from './api-context';
import { errorMessage } from './client';

export type Loaded<T> = {
  /** What was read; null until the first read succeeds. */
  value: T | null;
  /** Why the last read failed; null once one succeeds. */
  error: string | null;
  /** Reads it again (after a change made elsewhere): the value on screen stays until the new one arrives. */
  reload: () => Promise<void>;
  /** Shows what an action gave back, with no second read. */
  set: (value: T) => void;
};

/**
 * Something a screen reads from the profile when it mounts (the backups,
 * the desk's status …) and again on request. `read` must be the same
 * function on every render (one defined outside the component), or each
 * render would read again.
 */
export function useLoaded<T>(read: (api: CopydeskApi) => Promise<T>): Loaded<T> {
  const api = useApi();
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setValue(await read(api));
      setError(null);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }, [api, read]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { value, error, reload, set: setValue };
}
