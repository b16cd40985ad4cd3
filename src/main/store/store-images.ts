import type { ImageRecord, ImageRecords } from './image-records';
import type { StoreTransactions } from './store-transactions';

/** The pictures the profile holds and what refers to them, as `store.images`. */
export class StoreImages {
  constructor(
    private readonly tx: StoreTransactions,
    private readonly images: ImageRecords,
  ) {}

  /** Whether importImage has stored this picture in the profile. */
  has(sha256: string): boolean {
    return this.images.has(sha256);
  }

  /** The type (file extension) this picture is stored as, or undefined when importImage has not stored it. */
  storedExt(sha256: string): string | undefined {
    return this.images.storedExt(sha256);
  }

  /** Records an image file already written to the profile's images folder (content-addressed; a repeat is a no-op). */
  record(image: ImageRecord): void {
    this.tx.write(() => this.images.record(image, this.tx.timestamp()));
  }

  /** Every image the database refers to: stories (lead image and body), kept versions and author photos. */
  inUse(): Set<string> {
    return this.tx.read(() => this.images.inUse());
  }

  /** The pictures a live story shows now (its lead image and body), which go to the desk with it. */
  shownByStory(storyId: string): Set<string> {
    return this.tx.read(() => this.images.shownByStory(storyId));
  }

  /** The pictures the live stories show now and the authors' photos: those this profile puts on the desk. */
  shownByLiveStoriesAndAuthors(): Set<string> {
    return this.tx.read(() => this.images.shownByLiveStoriesAndAuthors());
  }

  /**
   * Forgets the images recorded before `before` that nothing in the database
   * refers to and that are not in `keep`; returns their file names. Newer ones
   * are left: a picture just added may not be in a saved story yet.
   */
  forgetUnused(keep: ReadonlySet<string>, before: Date): string[] {
    return this.tx.write(() => {
      const inUse = this.images.inUse();
      for (const sha256 of keep) inUse.add(sha256);
      return this.images.forgetUnused(inUse, before.toISOString());
    });
  }
}
