import type { PasteConversion } from './paste-conversion';

let loaded: PasteConversion | null = null;
let loading: Promise<PasteConversion> | null = null;

/**
 * The paste converter (an HTML parser and the import rules) is a chunk of its
 * own, fetched with the first paste, so opening a story never loads it.
 * A failed fetch is tried again with the next paste.
 */
export function loadPasteConversion(): Promise<PasteConversion> {
  loading ??= import('./paste-conversion').then(
    (conversion) => (loaded = conversion),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The converter if it is already here, for pastes that can go in at once. */
export function loadedPasteConversion(): PasteConversion | null {
  return loaded;
}
