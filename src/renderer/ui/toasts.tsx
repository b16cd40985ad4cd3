import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Icon } from './Icon';

export type ToastInput = {
  message: string;
  tone?: 'info' | 'error';
  action?: { label: string; run: () => void };
};
type Toast = ToastInput & { id: number };

type Toaster = { show: (toast: ToastInput) => void };

const ToastContext = createContext<Toaster | null>(null);

const MAX_TOASTS = 3;
const LIFETIME_MS = { info: 6_000, action: 9_000, error: 12_000 };

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((t) => t.id !== id)), []);
  const show = useCallback((toast: ToastInput) => {
    const id = nextId.current++;
    setToasts((list) => [...list, { ...toast, id }].slice(-MAX_TOASTS));
  }, []);
  const toaster = useMemo(() => ({ show }), [show]);

  const polite = toasts.filter((t) => t.tone !== 'error');
  const urgent = toasts.filter((t) => t.tone === 'error');

  return (
    <ToastContext.Provider value={toaster}>
      {children}
      <section className="toasts" aria-label="Notifications">
        {/* Both live regions stay in the page so screen readers hear what is added to them. */}
        <div role="status" className="toasts__group">
          {polite.map((t) => (
            <ToastView key={t.id} toast={t} onDismiss={dismiss} />
          ))}
        </div>
        <div role="alert" className="toasts__group">
          {urgent.map((t) => (
            <ToastView key={t.id} toast={t} onDismiss={dismiss} />
          ))}
        </div>
      </section>
    </ToastContext.Provider>
  );
}

function ToastView({ toast, onDismiss }: { toast: Toast; onDismiss: (id: number) => void }) {
  const tone = toast.tone ?? 'info';
  const [hovered, setHovered] = useState(false);
  useEffect(() => {
    if (hovered) return;
    const lifetime = tone === 'error' ? LIFETIME_MS.error : toast.action ? LIFETIME_MS.action : LIFETIME_MS.info;
    const timer = window.setTimeout(() => onDismiss(toast.id), lifetime);
    return () => window.clearTimeout(timer);
  }, [hovered, tone, toast.action, toast.id, onDismiss]);

  return (
    <div
      className={`toast toast--${tone}`}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
    >
      <span className="toast__message">{toast.message}</span>
      {toast.action && (
        <button
          type="button"
          className="toast__action"
          onClick={() => {
            onDismiss(toast.id);
            toast.action?.run();
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button type="button" className="toast__close" aria-label="Dismiss notification" onClick={() => onDismiss(toast.id)}>
        <Icon name="close" size={14} />
      </button>
    </div>
  );
}

export function useToasts(): Toaster {
  const toaster = useContext(ToastContext);
  if (toaster === null) throw new Error('useToasts needs a ToastProvider above it');
  return toaster;
}
