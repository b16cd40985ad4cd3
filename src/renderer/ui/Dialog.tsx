import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';

type DialogProps = {
  title: string;
  children?: ReactNode;
  actions: ReactNode;
  onClose: () => void;
  /** What gets focus when the dialog opens; the safe choice for anything destructive. */
  initialFocusRef?: RefObject<HTMLElement | null>;
};

/**
 * A modal on the native <dialog>: the browser traps focus, puts it in the
 * top layer and gives Escape. Mounted means open; the owner unmounts it.
 */
export function Dialog({ title, children, actions, onClose, initialFocusRef }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (!dialog.open) dialog.showModal();
    (initialFocusRef?.current ?? dialog).focus();
    return () => dialog.close();
  }, [initialFocusRef]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={children === undefined ? undefined : bodyId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={(event) => event.stopPropagation()}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      {children !== undefined && (
        <div id={bodyId} className="dialog__body">
          {children}
        </div>
      )}
      <div className="dialog__actions">{actions}</div>
    </dialog>
  );
}
