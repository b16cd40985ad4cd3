/**
 * What only the desktop app can do — the system clipboard and native file
 * dialogs — handed to the API service by the Electron glue, so the service
 * itself stays plain Node. The browser preview has none of it.
 */
export type Desktop = {
  writeClipboard(content: { html?: string; text: string }): Promise<void>;
  /** The file the person chose, or null when they cancelled. */
  chooseSaveFile(defaultName: string): Promise<string | null>;
  /** The folder the person chose, or null when they cancelled. */
  chooseFolder(): Promise<string | null>;
};
