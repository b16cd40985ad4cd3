import { PICTURE_PREFIX, STORY_PREFIX, pictureShaOfDocument } from '../shared/newsroom/desk-protocol';
import { authorPhotos, current, picturesShown, sha256sWritten, yieldToEditors, type CollectedDocuments, type OpenDocuments } from './desk-picture-use';

/** What the sweep knows of one story: its mark when it was read, and the pictures it showed then. */
type ReadStory = { mark: string; shown: ReadonlySet<string> };

/**
 * Finds the pictures on the desk that no story's document shows and no
 * author has as a photo, and says which have been so for a whole grace
 * period (a picture put up just before its story's edit, or dropped by an
 * edit an undo may bring back, is not one of them yet). Each story is read
 * once, then again only when its mark says it changed (or this server saw it
 * change), so an edit costs one story's reading, not the whole desk's.
 */
export class PictureSweep {
  private readonly stories = new Map<string, ReadStory>();
  /** Stories this server saw change since it last read them (their marks may not tell within a millisecond). */
  private readonly changed = new Set<string>();
  /** When each picture was first found that nothing used. */
  private readonly unusedSince = new Map<string, number>();
  private stopped = false;

  constructor(
    private readonly documents: CollectedDocuments,
    private readonly open: OpenDocuments,
    private readonly graceMs: number,
  ) {}

  storyChanged(name: string): void {
    this.changed.add(name);
  }

  /** Ends a run under way early (the server is stopping): it finds nothing due. */
  stop(): void {
    this.stopped = true;
  }

  /** The pictures nothing has used for a whole grace period by `now`. */
  async due(now: number): Promise<string[]> {
    const used = await this.picturesUsed();
    if (used === null) return [];
    const onDesk = new Set((await this.documents.names(PICTURE_PREFIX)).flatMap((name) => pictureShaOfDocument(name) ?? []));
    for (const sha256 of this.unusedSince.keys()) if (!onDesk.has(sha256) || used.has(sha256)) this.unusedSince.delete(sha256);
    const due: string[] = [];
    for (const sha256 of onDesk) {
      if (used.has(sha256)) continue;
      const since = this.unusedSince.get(sha256);
      if (since === undefined) this.unusedSince.set(sha256, now);
      else if (now - since >= this.graceMs) due.push(sha256);
    }
    return this.notNamedSince(due);
  }

  /** When a picture found unused will have been so for the grace period; null when none is waiting. */
  nextDue(): number | null {
    const since = Math.min(...this.unusedSince.values());
    return Number.isFinite(since) ? since + this.graceMs : null;
  }

  /** Every picture a story shows (each story read only if it changed) and every author's photo; null when stopped meanwhile. */
  private async picturesUsed(): Promise<Set<string> | null> {
    const marks = await this.documents.marks(STORY_PREFIX);
    for (const name of this.stories.keys()) if (!marks.has(name)) this.stories.delete(name);
    for (const [name, mark] of marks) {
      if (this.stories.get(name)?.mark === mark && !this.changed.has(name)) continue;
      // Read after its mark: a change in between is read now and seen again next time.
      this.changed.delete(name);
      const parts = await current(this.documents, this.open, name);
      const shown = shownBy(parts);
      // A picture the story has just dropped is unused from now on, whatever an earlier look found.
      for (const sha256 of this.stories.get(name)?.shown ?? []) if (!shown.has(sha256)) this.unusedSince.delete(sha256);
      this.stories.set(name, { mark, shown });
      await yieldToEditors();
      if (this.stopped) return null;
    }
    const used = await authorPhotos(this.documents, this.open);
    for (const { shown } of this.stories.values()) for (const sha256 of shown) used.add(sha256);
    return used;
  }

  /** Leaves out the pictures a story that changed while the sweep looked may name now: they wait for the next sweep. */
  private async notNamedSince(due: string[]): Promise<string[]> {
    if (due.length === 0 || this.changed.size === 0) return due;
    const named = new Set<string>();
    for (const name of [...this.changed]) {
      const parts = await current(this.documents, this.open, name);
      // Deleted for good (or never kept): nothing to read, now or later.
      if (parts.length === 0) this.changed.delete(name);
      for (const sha256 of sha256sWritten(parts)) named.add(sha256);
    }
    return due.filter((sha256) => !named.has(sha256));
  }
}

/** The pictures a story's document shows; when it cannot be read, every sha256 its bytes hold (a picture is kept whenever anything may name it). */
function shownBy(parts: Uint8Array[]): Set<string> {
  const written = sha256sWritten(parts);
  if (written.size === 0) return written;
  try {
    return new Set(picturesShown(parts));
  } catch {
    return written;
  }
}
