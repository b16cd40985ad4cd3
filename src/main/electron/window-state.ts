import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { z } from 'zod';

export type WindowBounds = { x?: number; y?: number; width: number; height: number };
export type Rect = { x: number; y: number; width: number; height: number };

const savedStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400).max(20_000),
  height: z.number().int().min(300).max(20_000),
  maximized: z.boolean(),
});
export type SavedWindowState = z.infer<typeof savedStateSchema>;

export const DEFAULT_SIZE = { width: 1440, height: 900 };
const MIN_VISIBLE = 100;

/**
 * Restores the saved position only when enough of the window would land on a
 * display that exists now (a monitor may have been unplugged); otherwise a
 * default size that fits the primary display, centred by Electron.
 */
export function boundsForDisplays(saved: SavedWindowState | null, workAreas: readonly Rect[]): WindowBounds {
  const primary = workAreas[0];
  const fallback: WindowBounds = {
    width: Math.min(DEFAULT_SIZE.width, primary?.width ?? DEFAULT_SIZE.width),
    height: Math.min(DEFAULT_SIZE.height, primary?.height ?? DEFAULT_SIZE.height),
  };
  if (saved === null) return fallback;
  const visible = workAreas.some((area) => overlap(saved, area) >= MIN_VISIBLE * MIN_VISIBLE);
  if (!visible) return fallback;
  return { x: saved.x, y: saved.y, width: saved.width, height: saved.height };
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

export function readWindowState(file: string): SavedWindowState | null {
  try {
    const parsed = savedStateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Written to a temporary file and renamed, so a crash never leaves half a file. */
export function writeWindowState(file: string, state: SavedWindowState): void {
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, JSON.stringify(state));
  renameSync(temporary, file);
}
