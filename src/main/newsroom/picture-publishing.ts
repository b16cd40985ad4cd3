import { PICTURES_ASKED_AT_ONCE, type DeskMessage } from '../../shared/newsroom/desk-protocol';
import type { DeskPictures } from './desk-pictures';
import { PictureChannelClosed } from './picture-document-channel';
import type { ProfilePictures } from './profile-pictures';

/** How long a question to the desk may go unanswered before the pictures asked about are looked at one by one (a server that does not answer). */
const ANSWER_WAIT_MS = 10_000;

/**
 * Puts the profile's pictures on the desk for the other profiles to fetch.
 * On each connection it asks the desk, in one message per
 * PICTURES_ASKED_AT_ONCE pictures, which of those its live stories show and
 * its authors' photos the desk lacks, and puts up only those; then those a
 * story saved here shows that were not put there yet this session; and,
 * when the desk says it removed pictures nothing used, those of them this
 * profile's stories show after all (a save crossing the removal).
 */
export class PicturePublisher {
  /** Put up (or on their way) this session: a save does not put them up again. */
  private readonly tried = new Set<string>();
  private readonly publishing = new Set<string>();
  /** Removed from the desk while being put up: put up again once that is done. */
  private readonly again = new Set<string>();
  /** The questions asked on this connection and not answered yet, by id, with what they asked. */
  private readonly asking = new Map<number, { sha256s: string[]; timer: ReturnType<typeof setTimeout> }>();
  private nextId = 1;
  private stopped = false;
  private readonly stopListening: () => void;

  constructor(
    private readonly transport: DeskPictures,
    private readonly pictures: ProfilePictures,
    /** Sends a message on the newsroom document (once it is synced). */
    private readonly tell: (message: DeskMessage) => void,
    private readonly log: (line: string) => void = () => undefined,
  ) {
    this.stopListening = pictures.onLocalStoryUpdate((storyId) => this.publish(pictures.ofStory(storyId), false));
  }

  /** Whether the desk has answered every question asked on this connection (what it lacked is then being put up: DeskPictures.idle). */
  get answered(): boolean {
    return this.asking.size === 0;
  }

  /** The desk's newsroom document is in, on a new connection: asks which of the profile's pictures the desk lacks. */
  connected(): void {
    this.forgetQuestions();
    const inUse = [...this.pictures.inUse()];
    for (let at = 0; at < inUse.length; at += PICTURES_ASKED_AT_ONCE) {
      const id = this.nextId++;
      const sha256s = inUse.slice(at, at + PICTURES_ASKED_AT_ONCE);
      const timer = setTimeout(() => this.answer(id, sha256s), ANSWER_WAIT_MS);
      this.asking.set(id, { sha256s, timer });
      this.tell({ type: 'which-pictures-lacking', id, sha256s });
    }
  }

  /** A message the desk sent on the newsroom document. */
  heard(message: DeskMessage): void {
    if (message.type === 'pictures-lacking') this.answer(message.id, message.sha256s);
    if (message.type === 'pictures-removed') {
      for (const sha256 of message.sha256s) this.tried.delete(sha256);
      const inUse = this.pictures.inUse();
      this.publish(
        message.sha256s.filter((sha256) => inUse.has(sha256)),
        true,
      );
    }
  }

  stop(): void {
    this.stopped = true;
    this.stopListening();
    this.forgetQuestions();
  }

  private answer(id: number, lacking: string[]): void {
    const question = this.asking.get(id);
    if (question === undefined) return;
    clearTimeout(question.timer);
    this.asking.delete(id);
    this.publish(lacking, true);
  }

  private forgetQuestions(): void {
    for (const { timer } of this.asking.values()) clearTimeout(timer);
    this.asking.clear();
  }

  /** Puts the pictures up, those tried this session too when `evenIfTried` (the desk lacks them now). */
  private publish(sha256s: Iterable<string>, evenIfTried: boolean): void {
    for (const sha256 of sha256s) {
      if (this.publishing.has(sha256)) {
        if (evenIfTried) this.again.add(sha256);
        continue;
      }
      if (this.tried.has(sha256) && !evenIfTried) continue;
      this.tried.add(sha256);
      this.publishing.add(sha256);
      this.transport
        .publish(sha256)
        .catch((error: unknown) => {
          if (this.stopped) return;
          // Tried again with the next save that shows it, or the next connection.
          this.tried.delete(sha256);
          if (!(error instanceof PictureChannelClosed)) this.log(`could not put the picture ${sha256} on the desk (${error instanceof Error ? error.message : String(error)})`);
        })
        .finally(() => {
          this.publishing.delete(sha256);
          if (this.again.delete(sha256) && !this.stopped) this.publish([sha256], true);
        });
    }
  }
}
