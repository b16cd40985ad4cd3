import { useState, type ReactNode } from 'react';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { useLeaveGuard } from './navigation';

/**
 * Guards leaving the screen: when `mayLeave` says no, the person is asked
 * whether to leave without saving. Returns the question to render, which is
 * null while nobody is being asked.
 */
export function useLeaveConfirm(mayLeave: () => boolean | Promise<boolean>): (title: string, message: ReactNode) => ReactNode {
  const [answer, setAnswer] = useState<((leave: boolean) => void) | null>(null);
  useLeaveGuard(async () => (await mayLeave()) || new Promise<boolean>((resolve) => setAnswer(() => resolve)));
  const reply = (leave: boolean) => {
    answer?.(leave);
    setAnswer(null);
  };
  return (title, message) =>
    answer === null ? null : (
      <ConfirmDialog title={title} cancelLabel="Stay" confirmLabel="Leave without saving" onCancel={() => reply(false)} onConfirm={() => reply(true)}>
        {message}
      </ConfirmDialog>
    );
}
