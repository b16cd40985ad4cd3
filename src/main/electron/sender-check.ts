import { isAppUrl } from './app-origin';

export type IpcSender = {
  /** URL of the frame that sent the message; null when the frame is gone. */
  frameUrl: string | null;
  isMainFrame: boolean;
  /** Whether the message came from the app's own window. */
  fromAppWindow: boolean;
};

/** IPC is answered only for the app's own top-level page, never for a subframe or another origin. */
export function isTrustedSender(sender: IpcSender, allowedOrigins: readonly string[]): boolean {
  return sender.fromAppWindow && sender.isMainFrame && sender.frameUrl !== null && isAppUrl(sender.frameUrl, allowedOrigins);
}
