import { useCallback, useRef } from 'react';
import { useToasts } from '../ui/toasts';
import { useFileDrop } from './use-file-drop';
import { useStoryImport } from './use-story-import';

/**
 * Importing a file as a new story, whichever way it comes: the Import…
 * picker (pick) or a drop on the library (drop).
 */
export function useLibraryImport(reload: () => void) {
  const toasts = useToasts();
  const storyImport = useStoryImport(reload);
  const inputRef = useRef<HTMLInputElement>(null);
  const importFiles = (files: File[]) => {
    const [first, ...others] = files;
    if (first === undefined) return;
    if (others.length > 0) toasts.show({ message: `Only “${first.name}” is being imported: import one file at a time.` });
    void storyImport.start(first);
  };
  const drop = useFileDrop(importFiles);
  const pick = useCallback(() => inputRef.current?.click(), []);
  return { storyImport, inputRef, importFiles, drop, pick };
}

export type LibraryImport = ReturnType<typeof useLibraryImport>;
