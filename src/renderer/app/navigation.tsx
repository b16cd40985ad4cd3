import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { parseRoute, routeHash, type Route } from './routes';

/** Asked before leaving a screen; resolves false to stay (e.g. a save that failed). */
export type LeaveGuard = () => Promise<boolean>;

type Navigation = {
  route: Route;
  /** Runs the current screen's leave guard, then moves. */
  navigate: (route: Route) => Promise<boolean>;
  /** Runs the leave guard without moving: for work that must happen between leaving and arriving. */
  confirmLeave: () => Promise<boolean>;
  /** Moves without asking: the guard has already been run. */
  go: (route: Route) => void;
  setLeaveGuard: (guard: LeaveGuard | null) => void;
};

const NavigationContext = createContext<Navigation | null>(null);

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function NavigationProvider({ children }: { children: ReactNode }) {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  const route = useMemo(() => parseRoute(hash), [hash]);
  const guard = useRef<LeaveGuard | null>(null);

  const confirmLeave = useCallback(async () => (guard.current === null ? true : guard.current()), []);
  const go = useCallback((to: Route) => {
    window.location.hash = routeHash(to);
  }, []);
  const navigate = useCallback(
    async (to: Route) => {
      if (!(await confirmLeave())) return false;
      go(to);
      return true;
    },
    [confirmLeave, go],
  );
  const setLeaveGuard = useCallback((next: LeaveGuard | null) => {
    guard.current = next;
  }, []);

  const value = useMemo(
    () => ({ route, navigate, confirmLeave, go, setLeaveGuard }),
    [route, navigate, confirmLeave, go, setLeaveGuard],
  );
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (navigation === null) throw new Error('useNavigation needs a NavigationProvider above it');
  return navigation;
}

/** Registers the screen's leave guard while it is mounted. */
export function useLeaveGuard(guard: LeaveGuard): void {
  const { setLeaveGuard } = useNavigation();
  const latest = useRef(guard);
  useEffect(() => {
    latest.current = guard;
  });
  useEffect(() => {
    setLeaveGuard(() => latest.current());
    return () => setLeaveGuard(null);
  }, [setLeaveGuard]);
}
