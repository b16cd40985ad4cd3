import { createContext, useContext } from 'react';

/** A button on a notice, e.g. Undo after something was taken out. */
export type NoticeAction = { label: string; run: () => void };

/** How the editor tells the person something it could not do, or did for them (a toast in the app). */
export type EditorNotice = (message: string, tone?: 'error', action?: NoticeAction) => void;

export const EditorNoticeContext = createContext<EditorNotice>(() => undefined);

export function useEditorNotice(): EditorNotice {
  return useContext(EditorNoticeContext);
}
