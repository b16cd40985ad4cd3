import { useLiveValue } from '../editor/live-value';
import { Button } from '../ui/Button';
import type { HouseStyleSession } from './house-style-session';

/** The checks worker stopped (it failed twice): house style, spelling and grammar are not checked until Retry. */
export function ChecksStoppedNote({ session }: { session: HouseStyleSession }) {
  const failure = useLiveValue(session.failure);
  if (failure === null) return null;
  return (
    <div className="hs-panel__error checks-stopped" role="alert">
      <p>
        House style, spelling and grammar could not start: {failure.replace(/^The checks could not start: /, '')} Typing and saving carry on.
      </p>
      <Button size="small" onClick={() => session.retry()}>
        Retry
      </Button>
    </div>
  );
}
