/**
 * Readers for a custom node's stored JSON. A story saved by an older version,
 * pasted from another editor or edited by hand must still open: a missing or
 * malformed field becomes its default instead of failing the whole document.
 */

export function stringField(json: Record<string, unknown>, key: string, max: number): string {
  const value = json[key];
  return typeof value === 'string' ? value.slice(0, max) : '';
}

export function positiveIntegerField(json: Record<string, unknown>, key: string, fallback: number): number {
  const value = json[key];
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : fallback;
}
