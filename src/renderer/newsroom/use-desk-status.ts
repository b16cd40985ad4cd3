import { useEffect, useState } from 'react';
import type { ApiOutput } from '../../shared/api/contract';
import { useApi } from '../api/api-context';

export type DeskStatus = ApiOutput<'getDeskStatus'>;

/** How often the page asks how the desk sync stands (it changes on its own: the server goes away, edits go up). */
const ASK_EVERY_MS = 2_000;

/** The profile's desk status, asked again every two seconds while it is joined; null until the first answer or when asking fails. */
export function useDeskStatus(): DeskStatus | null {
  const api = useApi();
  const [status, setStatus] = useState<DeskStatus | null>(null);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = () => {
      api.getDeskStatus({}).then(
        (answer) => {
          if (!live) return;
          setStatus(answer);
          // A profile joins on the settings screen: this page is opened afresh after that.
          if (answer.joined) timer = setTimeout(ask, ASK_EVERY_MS);
        },
        () => live && setStatus(null),
      );
    };
    ask();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api]);
  return status;
}
