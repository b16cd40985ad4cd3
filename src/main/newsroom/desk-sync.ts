import { HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import type { Awareness } from 'y-protocols/awareness';
import type { DeskDocuments } from './desk-documents';
import type { StoryLacks } from '../../shared/newsroom/story-lacks';
import { DeskPictures } from './desk-pictures';
import { NewsroomDirectory } from './newsroom-directory';
import { NewsroomList } from './newsroom-list';
import { PicturePublisher } from './picture-publishing';
import type { ProfilePictures } from './profile-pictures';
import { StoryChannel, type StoryWait } from './story-channel';
import { DeskWebSocket } from './desk-websocket';

/** Where the sync stands: `refused` when the server turned the token down (it then stops trying). */
export type DeskState = 'connected' | 'connecting' | 'offline' | 'refused';

export type DeskSyncOptions = {
  serverUrl: string;
  token: string;
  documents: DeskDocuments;
  /** The profile's pictures: those its stories show go to the desk, and `pictures` fetches others. None: no pictures travel. */
  pictures?: ProfilePictures;
  /** Told whenever the state changes. */
  onState?: (state: DeskState) => void;
  /** Told when another profile's presence on a story changes (who has it open, where their caret is). */
  onPresence?: (storyId: string) => void;
  /**
   * Told each time a story from the desk waits because this profile lacks
   * authors or pictures it may get later (`storyId`), or the desk's
   * directory names author photos it lacks (`storyId` null); once they are
   * stored, call `retryWaiting` and they are taken in.
   */
  onLacking?: (storyId: string | null, lacks: StoryLacks) => void;
};

export type DeskSync = {
  state(): DeskState;
  /** Whether the profile and the server agree on every story (as far as this profile knows the desk's list). */
  level(): boolean;
  /** Resolves once level; rejects when refused, or after `timeoutMs` with the state it was in. */
  whenLevel(timeoutMs: number): Promise<void>;
  /** The story's presence on the desk (this profile's and the others'), null for a story it does not sync. */
  awareness(storyId: string): Awareness | null;
  /** The stories whose desk version the store has not taken in: what each lacks, or why it was refused. */
  waiting(): StoryWait[];
  /** Writes the desk's authors in again and offers the store every waiting story again (after pictures arrived). */
  retryWaiting(): void;
  /** The pictures' transport on this sync's socket (fetch a picture a story waits for); null when the sync was given no pictures. */
  pictures: DeskPictures | null;
  stop(): void;
};

/** Thrown by whenLevel: the state the sync was in when it gave up. */
export class DeskNotLevel extends Error {
  constructor(readonly state: DeskState) {
    super(`The desk sync is ${state}.`);
    this.name = 'DeskNotLevel';
  }
}

const POLL_MS = 50;
/** How often the database is checked for what another process stored (a cheap look unless it changed). */
const LOOK_ELSEWHERE_MS = 500;
const RETRY_MAX_MS = 3_000;
/** How long a fetch waits for a picture a story needs to reach the desk (its profile may be putting it there now). */
const PICTURE_WAIT_MS = 10_000;

/**
 * Keeps a profile's stories level with the desk over one WebSocket: every
 * story is shared, each story's document has its provider, and the newsroom
 * document lists the desk's stories so that those not yet here arrive.
 * Edits stored while offline are in the store; the sync exchange on each
 * connection sends what the server lacks, so nothing waits in memory alone.
 */
export function startDeskSync({ serverUrl, token, documents, pictures, onState, onPresence, onLacking }: DeskSyncOptions): DeskSync {
  let refused = false;
  let stopped = false;
  const channels = new Map<string, StoryChannel>();
  // The directory first (it then offers the stories): a story may wait for an author, and an author for their photo.
  const retryWaiting = () => directory.apply();
  const socket = new HocuspocusProviderWebsocket({
    url: serverUrl,
    WebSocketPolyfill: DeskWebSocket,
    // Retries at most RETRY_MAX_MS apart: back soon after the server is, and a command that gave up exits soon after (the wait is not cancellable).
    maxDelay: RETRY_MAX_MS,
    onStatus: () => {
      // A waiting story is offered again on each connection: what it lacked may have come meanwhile.
      if (state() === 'connected') retryWaiting();
      onState?.(state());
    },
  });

  const transport = pictures === undefined ? null : new DeskPictures(socket, token, pictures);
  // The pictures a waiting story or author lacks come from the desk; once one is stored, what waits is offered again.
  const lacking = (storyId: string | null, lacks: StoryLacks) => {
    onLacking?.(storyId, lacks);
    if (transport === null || lacks.pictures.length === 0) return;
    void Promise.all(lacks.pictures.map((sha256) => transport.fetch(sha256, { waitMs: PICTURE_WAIT_MS }))).then(
      (fetched) => {
        if (!stopped && fetched.includes('stored')) retryWaiting();
      },
      // Closed: the token was refused or the sync stopped.
      () => undefined,
    );
  };

  const refuse = () => {
    if (refused) return;
    refused = true;
    socket.disconnect();
    onState?.('refused');
  };
  const open = (id: string): StoryChannel => {
    let channel = channels.get(id);
    if (channel === undefined) {
      channel = new StoryChannel(
        id,
        socket,
        token,
        documents,
        () => newsroom.remove([id]),
        () => onPresence?.(id),
        (lacks) => lacking(id, lacks),
      );
      channels.set(id, channel);
    }
    return channel;
  };
  // The profile's copy of the newsroom document, which the list's provider keeps level with the desk's.
  const directory = new NewsroomDirectory(documents, {
    onApplied: (lackingPhotos) => {
      if (lackingPhotos.length > 0) lacking(null, { authors: [], pictures: lackingPhotos });
      for (const channel of channels.values()) channel.retry();
    },
    onServer: (): boolean => newsroom.level,
  });
  const newsroom = new NewsroomList(socket, token, directory.doc, (ids) => {
    if (!stopped) ids.forEach(open);
  }, {
    onRefused: refuse,
    onSynced: () => {
      directory.synced();
      publisher?.connected();
    },
    onLevel: () => directory.acknowledgeIfLevel(),
    onMessage: (message) => publisher?.heard(message),
  });
  // A story deleted for good here: its channel asks the desk to delete it until the desk confirms.
  const deleteOnDesk = (id: string) => open(id).deleteForGood();
  documents.deletionsWaiting().forEach(deleteOnDesk);
  const stopDeleting = documents.onLocalDeletion(deleteOnDesk);

  const ids = documents.storyIds();
  for (const id of ids) documents.share(id);
  const stopListening = documents.onLocalUpdate((id, update, seq) => {
    const known = channels.has(id);
    const channel = open(id);
    // A story shared since the start: its channel loaded it whole from the store.
    if (known) channel.stored(update, seq);
    else newsroom.add([id]);
  });
  // Another process (the command line) writes to the same database unheard: what it stored is looked for, a story new to the sync listed.
  const lookElsewhere = setInterval(() => {
    const elsewhere = documents.storedElsewhere();
    if (elsewhere === null) return;
    directory.storedUpTo(elsewhere.newsroom);
    for (const [id, seq] of elsewhere.stories) {
      const channel = channels.get(id);
      if (channel !== undefined) channel.storedUpTo(seq);
      else if (!stopped) {
        open(id);
        newsroom.add([id]);
      }
    }
  }, LOOK_ELSEWHERE_MS);
  ids.forEach(open);
  newsroom.add(ids);
  const publisher = transport === null || pictures === undefined ? null : new PicturePublisher(transport, pictures, (message) => newsroom.tell(message));

  function state(): DeskState {
    if (refused) return 'refused';
    if (socket.status === WebSocketStatus.Connected) return 'connected';
    return socket.status === WebSocketStatus.Connecting ? 'connecting' : 'offline';
  }
  const level = () =>
    state() === 'connected' &&
    newsroom.level &&
    directory.level &&
    [...channels.values()].every((channel) => channel.level) &&
    (publisher?.answered ?? true) &&
    (transport?.idle ?? true);

  return {
    state,
    level,
    whenLevel: (timeoutMs) =>
      new Promise<void>((resolve, reject) => {
        const started = Date.now();
        const check = () => {
          if (level()) {
            directory.acknowledgeIfLevel();
            for (const channel of channels.values()) channel.acknowledgeIfLevel();
            resolve();
          } else if (refused || stopped || Date.now() - started >= timeoutMs) reject(new DeskNotLevel(state()));
          else setTimeout(check, POLL_MS);
        };
        check();
      }),
    awareness: (storyId) => channels.get(storyId)?.awareness ?? null,
    waiting: () => [...channels.values()].flatMap((channel) => (channel.waiting === null ? [] : [channel.waiting])),
    retryWaiting,
    pictures: transport,
    stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(lookElsewhere);
      stopListening();
      publisher?.stop();
      transport?.stop();
      stopDeleting();
      for (const channel of channels.values()) channel.destroy();
      newsroom.destroy();
      directory.destroy();
      socket.destroy();
    },
  };
}
