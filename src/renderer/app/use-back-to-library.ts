import { useCallback, useEffect } from 'react';
import { useNavigation } from './navigation';

/**
 * For a screen opened from the library (settings, authors): returns "back to
 * the library", and binds it to Escape and Alt+Left as the browser's Back is.
 */
export function useBackToLibrary(): () => void {
  const { navigate } = useNavigation();
  const back = useCallback(() => void navigate({ screen: 'library' }), [navigate]);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      if (event.key === 'Escape' || (event.key === 'ArrowLeft' && event.altKey && !event.ctrlKey && !event.metaKey)) {
        event.preventDefault();
        back();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [back]);
  return back;
}
