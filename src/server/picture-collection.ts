import type { Extension, Hocuspocus } from '@hocuspocus/server';
import { NEWSROOM_DOCUMENT, STORY_PREFIX, isPictureDocument, pictureDocumentName, writeDeskMessage } from '../shared/newsroom/desk-protocol';
import {
  authorPhotos,
  current,
  picturesShown,
  sha256sWritten,
  yieldToEditors,
  type CollectedDocuments,
  type OpenDocuments,
} from './desk-picture-use';
import { PictureSweep } from './picture-sweep';

export type PictureCollection = {
  extension: Extension;
  /** Removes, in the background, the pictures the deleted story (its last state) showed that nothing left on the desk uses. */
  afterDeleted(name: string, lastState: Uint8Array): void;
  /** Sweeps no more (a deletion's pictures are still removed). */
  stopSweeping(): void;
  /** Settles once every collection asked for has run (before the server closes its storage). */
  idle(): Promise<void>;
};

/** How long after a story changes the sweep looks: a quarter of the grace period, within these bounds. */
const SWEEP_AFTER_MS = { least: 100, most: 30_000 };

/**
 * Takes the pictures nothing uses any more off the desk. Deleting a story
 * for good takes with it, at once, the pictures only it showed; and a sweep
 * run a while after stories change (and once after the server starts)
 * removes every picture no story's document shows and no author has as a
 * photo once it has been so for `graceMs`. Only the pictures' rows go,
 * nothing remembers them, so a story that shows the same picture later puts
 * it up again; every profile is told which went, so one that shows one
 * puts it back. A picture's document someone has open now is left (it is
 * being fetched or put up: something wants it). The work runs one piece
 * at a time, off the connections' path.
 */
export function pictureCollection(documents: CollectedDocuments, log: (line: string) => void, graceMs: number): PictureCollection {
  let instance: Hocuspocus | undefined;
  let queue = Promise.resolve();
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timerAt = Infinity;
  const open: OpenDocuments = { get: (name) => instance?.documents.get(name), names: () => [...(instance?.documents.keys() ?? [])] };
  const sweep = new PictureSweep(documents, open, graceMs);
  const sweepAfterMs = Math.min(Math.max(graceMs / 4, SWEEP_AFTER_MS.least), SWEEP_AFTER_MS.most);

  const enqueue = (work: () => Promise<void>, failed: (reason: string) => string) => {
    queue = queue.then(work).catch((error: unknown) => log(failed(error instanceof Error ? error.message : String(error))));
  };
  /** Forgets the pictures not open now, and tells every profile on this server (and, through Redis, on the others) which went. */
  const remove = async (sha256s: Iterable<string>): Promise<{ removed: number; left: number }> => {
    const removed: string[] = [];
    let left = 0;
    for (const sha256 of sha256s) {
      const name = pictureDocumentName(sha256);
      if (open.get(name) !== undefined) left += 1;
      else if (await documents.forget(name)) removed.push(sha256);
    }
    if (removed.length > 0) instance?.documents.get(NEWSROOM_DOCUMENT)?.broadcastStateless(writeDeskMessage({ type: 'pictures-removed', sha256s: removed }));
    return { removed: removed.length, left };
  };
  const sweepNow = async () => {
    const { removed } = await remove(await sweep.due(Date.now()));
    if (removed > 0) log(`removed ${pictures(removed)} no story uses`);
    const next = sweep.nextDue();
    // Not sooner than after a change: a picture left open now is looked at again then, not at once.
    if (next !== null) sweepAt(Math.max(next, Date.now() + sweepAfterMs));
  };
  const sweepAt = (at: number) => {
    if (stopped || at >= timerAt) return;
    clearTimeout(timer);
    timerAt = at;
    timer = setTimeout(() => {
      timerAt = Infinity;
      enqueue(sweepNow, (reason) => `could not sweep the pictures no story uses (${reason}); they stay on the desk for now`);
    }, Math.max(0, at - Date.now()));
  };

  return {
    extension: {
      extensionName: 'CopydeskPictureCollection',
      async onConfigure(payload) {
        instance = payload.instance;
      },
      async onListen() {
        // Pictures dropped before this server started are found too.
        sweepAt(Date.now() + sweepAfterMs);
      },
      async onChange({ documentName }) {
        if (documentName.startsWith(STORY_PREFIX)) sweep.storyChanged(documentName);
        if (documentName.startsWith(STORY_PREFIX) || documentName === NEWSROOM_DOCUMENT || isPictureDocument(documentName)) sweepAt(Date.now() + sweepAfterMs);
      },
    },
    afterDeleted(name, lastState) {
      enqueue(
        async () => {
          const shown = picturesShown([lastState]);
          if (shown.length === 0) return;
          const { removed, left } = await remove(await onlyShownBy(documents, open, shown));
          log(`removed ${pictures(removed)} only ${name} used${left === 0 ? '' : ` (${left} open now, left on the desk)`}`);
        },
        (reason) => `could not remove the pictures only ${name} used (${reason}); they stay on the desk`,
      );
    },
    stopSweeping: () => {
      stopped = true;
      clearTimeout(timer);
      sweep.stop();
    },
    idle: () => queue,
  };
}

const pictures = (count: number) => `${count} picture${count === 1 ? '' : 's'}`;

/** Those of the pictures a deleted story showed that no story left on the desk shows and no author has as a photo. */
async function onlyShownBy(documents: CollectedDocuments, open: OpenDocuments, shown: string[]): Promise<Set<string>> {
  const candidates = new Set(shown);
  const stories = new Set([...(await documents.names(STORY_PREFIX)), ...open.names().filter((name) => name.startsWith(STORY_PREFIX))]);
  for (const name of stories) {
    // A story deleted for good may still be open here until its editors are gone.
    if (await documents.isDeleted(name)) continue;
    const parts = await current(documents, open, name);
    if (![...sha256sWritten(parts)].some((sha256) => candidates.has(sha256))) continue;
    for (const sha256 of picturesShown(parts)) candidates.delete(sha256);
    await yieldToEditors();
  }
  for (const photo of await authorPhotos(documents, open)) candidates.delete(photo);
  return candidates;
}
