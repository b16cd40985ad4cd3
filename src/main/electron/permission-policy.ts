/**
 * Permissions the renderer may be granted. The app needs none: the clipboard,
 * files and links all go through the main process, so every request is denied.
 */
const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set();

export function isPermissionGranted(permission: string): boolean {
  return GRANTED_PERMISSIONS.has(permission);
}
