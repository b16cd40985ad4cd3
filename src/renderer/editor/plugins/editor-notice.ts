import { createContext, useContext } from 'react';

/** How the editor tells the person something it could not do (a toast in the app). */
export type EditorNotice = (message: string, tone?: 'error') => void;

export const EditorNoticeContext = createContext<EditorNotice>(() => undefined);

export function useEditorNotice(): EditorNotice {
  return useContext(EditorNoticeContext);
}
