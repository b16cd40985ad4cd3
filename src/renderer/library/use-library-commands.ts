import { useEffect, useRef, type RefObject } from 'react';
import { useCommand } from '../commands/commands-context';

/**
 * The library's commands (search, import), and the arrows that go straight
 * to the list while nothing has focus yet.
 */
export function useLibraryCommands({ searchRef, pickFile, focusList }: { searchRef: RefObject<HTMLInputElement | null>; pickFile: () => void; focusList: () => void }) {
  useCommand('search-library', () => {
    searchRef.current?.focus();
    searchRef.current?.select();
  });
  useCommand('import-story', pickFile);

  const latestFocusList = useRef(focusList);
  useEffect(() => {
    latestFocusList.current = focusList;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && event.target === document.body) {
        event.preventDefault();
        latestFocusList.current();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
