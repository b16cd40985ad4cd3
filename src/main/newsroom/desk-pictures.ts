import type { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { isEmptyPicture, readPicture, writePicture } from '../../shared/newsroom/picture-document';
import { PictureChannelClosed, PictureDocumentChannel } from './picture-document-channel';
import type { ProfilePictures } from './profile-pictures';

/** What a fetch did: the picture is now in the profile, the desk does not have it (yet), or what the desk has is not that picture. */
export type PictureFetch = 'stored' | 'not-on-desk' | 'refused';

/** What a publish did: the desk has the picture now (sent, or there already), or the profile does not hold it. */
export type PicturePublish = 'on-desk' | 'not-here';

/** Pictures' documents open at once: each holds a picture's bytes in memory until it is done. */
const OPEN_AT_ONCE = 4;

/**
 * Carries pictures between the profile and the desk, on the sync's socket:
 * each publish or fetch opens the picture's document (`picture/<sha256>`),
 * does its work and closes it again, a few at a time, so a profile with
 * hundreds of pictures never holds hundreds of documents open.
 */
export class DeskPictures {
  private readonly open = new Set<PictureDocumentChannel>();
  /** Waiting for a place: told true when one is handed over, false when the transport stopped. */
  private readonly queue: ((placed: boolean) => void)[] = [];
  private running = 0;
  private readonly fetching = new Map<string, Promise<PictureFetch>>();
  private readonly awaiting = new Set<string>();
  private stopped = false;

  constructor(
    private readonly socket: HocuspocusProviderWebsocket,
    private readonly token: string,
    private readonly pictures: ProfilePictures,
    /** Told why a picture from the desk was refused. */
    private readonly log: (line: string) => void = () => undefined,
  ) {}

  /** Whether no publish or fetch is under way or waiting. */
  get idle(): boolean {
    return this.running === 0 && this.queue.length === 0;
  }

  /** The pictures fetches are waiting for now: not on the desk when they looked, and not there yet. */
  awaited(): string[] {
    return [...this.awaiting];
  }

  /**
   * Puts the profile's picture on the desk unless the desk has it: written
   * only into an empty document, and done once the server acknowledged it.
   * Rejects (PictureChannelClosed) when the desk refused it or the transport stopped.
   */
  publish(sha256: string): Promise<PicturePublish> {
    return this.withDocument(sha256, async (channel) => {
      const picture = await this.pictures.read(sha256);
      if (picture === null) return 'not-here';
      await channel.synced();
      if (!isEmptyPicture(channel.doc)) return 'on-desk';
      writePicture(channel.doc, picture);
      await channel.acknowledged();
      return 'on-desk';
    });
  }

  /**
   * Brings a picture from the desk into the profile, validated as an import
   * is and only if its bytes are the picture named; one the profile holds
   * already is 'stored' at once. With `waitMs`, a picture not on the desk yet
   * is waited for that long with its document open (the profile that uses it
   * may be putting it there just now: a story's update can arrive before its
   * picture). Rejects (PictureChannelClosed) only when the desk refused the
   * token or the transport stopped.
   */
  fetch(sha256: string, { waitMs = 0 }: { waitMs?: number } = {}): Promise<PictureFetch> {
    if (this.pictures.has(sha256)) return Promise.resolve('stored');
    let fetching = this.fetching.get(sha256);
    if (fetching === undefined) {
      fetching = this.withDocument(sha256, (channel) => this.take(sha256, channel, waitMs)).finally(() => this.fetching.delete(sha256));
      this.fetching.set(sha256, fetching);
    }
    return fetching;
  }

  /** Closes every document open; what waits rejects with PictureChannelClosed('stopped'). */
  stop(): void {
    this.stopped = true;
    for (const channel of this.open) channel.close();
    for (const start of this.queue.splice(0)) start(false);
  }

  private async take(sha256: string, channel: PictureDocumentChannel, waitMs: number): Promise<PictureFetch> {
    await channel.synced();
    if (isEmptyPicture(channel.doc) && !(await this.waitFor(sha256, channel, waitMs))) return 'not-on-desk';
    const picture = readPicture(channel.doc);
    if (picture === null) {
      this.log(`refused the picture ${sha256} from the desk: its document does not hold one picture`);
      return 'refused';
    }
    try {
      await this.pictures.store(sha256, picture);
      return 'stored';
    } catch (error) {
      this.log(`refused the picture ${sha256} from the desk: ${error instanceof Error ? error.message : String(error)}`);
      return 'refused';
    }
  }

  /** Whether the picture is written to its document within `waitMs`, which it spends among `awaited`. */
  private async waitFor(sha256: string, channel: PictureDocumentChannel, waitMs: number): Promise<boolean> {
    if (waitMs <= 0) return false;
    this.awaiting.add(sha256);
    try {
      return await channel.written(waitMs);
    } finally {
      this.awaiting.delete(sha256);
    }
  }

  /** Runs `work` on the picture's document once one of the OPEN_AT_ONCE places is free, and closes it after. */
  private async withDocument<T>(sha256: string, work: (channel: PictureDocumentChannel) => Promise<T>): Promise<T> {
    if (!(await this.place())) throw new PictureChannelClosed('stopped');
    try {
      if (this.stopped) throw new PictureChannelClosed('stopped');
      const channel = new PictureDocumentChannel(this.socket, this.token, sha256);
      this.open.add(channel);
      try {
        return await work(channel);
      } finally {
        this.open.delete(channel);
        channel.close();
      }
    } finally {
      this.release();
    }
  }

  /** Takes one of the places, at once or when one is handed over (still counted); false when the transport stopped first. */
  private place(): Promise<boolean> {
    if (this.running >= OPEN_AT_ONCE) return new Promise<boolean>((start) => this.queue.push(start));
    this.running += 1;
    return Promise.resolve(true);
  }

  private release(): void {
    const next = this.queue.shift();
    if (next === undefined) this.running -= 1;
    else next(true);
  }
}
