import { createHash } from 'node:crypto';
import { rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { storeImageFile, type StoredImage } from '../images/store-image';
import { detectImageType } from '../images/image-type';
import type { PictureAttributes, WordPicture } from './word-to-html';

async function exists(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/**
 * A Word document's pictures on their way into the profile's image store
 * (content-addressed, as every picture is). Files this import wrote can be
 * taken back, so a failed or unused import leaves the images folder as it
 * was; rows are recorded by the caller, with the story.
 */
export class WordPictures {
  private readonly stored = new Map<string, StoredImage>();
  private readonly written = new Set<string>();
  private readonly leftOut: string[] = [];
  private done = 0;

  constructor(
    private readonly imagesDir: string,
    /** Pictures expected (counted in the document beforehand), for progress. */
    private readonly expected: number,
    private readonly onStored: (done: number, total: number) => void,
  ) {}

  /** Mammoth's picture converter: stores the picture and points the img at it; one that cannot be kept gets no src. */
  readonly convert = async (picture: WordPicture): Promise<PictureAttributes> => {
    const bytes = await picture.read();
    const type = detectImageType(bytes);
    if (type === null) {
      this.leftOut.push(picture.contentType.replace(/^image\//, '').toUpperCase());
      return { src: '' };
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const file = join(this.imagesDir, `${sha256}.${type.ext}`);
    const existed = await exists(file);
    let image: StoredImage;
    try {
      image = await storeImageFile(this.imagesDir, { fileName: `picture ${this.done + 1}`, bytes });
    } catch (error) {
      this.leftOut.push(error instanceof Error ? error.message : String(error));
      return { src: '' };
    }
    if (!existed) this.written.add(file);
    this.stored.set(image.sha256, image);
    this.done += 1;
    this.onStored(this.done, Math.max(this.expected, this.done));
    return { src: `images/${image.sha256}.${image.ext}`, width: String(image.width), height: String(image.height) };
  };

  /** The stored pictures the story uses, to record with it. */
  records(used: ReadonlySet<string>): StoredImage[] {
    return [...this.stored.values()].filter((image) => used.has(image.sha256));
  }

  /** Takes back the files this import wrote that the story does not use (all of them when it failed). */
  async removeUnused(used: ReadonlySet<string> = new Set()): Promise<void> {
    for (const file of this.written) {
      const sha256 = /([0-9a-f]{64})\.\w+$/.exec(file)?.[1] ?? '';
      if (!used.has(sha256)) await rm(file, { force: true });
    }
  }

  /** Why pictures were left out, in one note; null when all were kept. */
  leftOutNote(): string | null {
    if (this.leftOut.length === 0) return null;
    const count = this.leftOut.length;
    const kinds = [...new Set(this.leftOut)].join('; ');
    return `${count} ${count === 1 ? 'picture was' : 'pictures were'} left out (${kinds}): Copydesk keeps JPEG, PNG, GIF and WebP pictures. Save ${count === 1 ? 'it' : 'them'} in one of those formats and add ${count === 1 ? 'it' : 'them'} in the editor.`;
  }
}
