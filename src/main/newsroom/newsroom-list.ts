import { HocuspocusProvider, type HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import { NEWSROOM_DOCUMENT, readDeskMessage, writeDeskMessage, type DeskMessage } from '../../shared/newsroom/desk-protocol';

/** The Y.Map in the newsroom document whose keys are the ids of the desk's stories. */
const STORIES = 'stories';

/**
 * The newsroom document's provider and its list of the desk's stories, so
 * that a profile learns of those it has not seen (a profile joining late gets
 * every one). The document is the one given: the profile's copy
 * (NewsroomDirectory), which also holds the author directory.
 */
export class NewsroomList {
  private readonly stories: Y.Map<true>;
  private readonly provider: HocuspocusProvider;
  /** Ids to list once the server's list is in (adding them before would write them again). */
  private readonly toList = new Set<string>();
  /** Ids of stories deleted for good, to take off the list once the server's list is in. */
  private readonly toUnlist = new Set<string>();

  constructor(
    socket: HocuspocusProviderWebsocket,
    token: string,
    private readonly doc: Y.Doc,
    onStories: (ids: string[]) => void,
    handlers: {
      onRefused: (reason: string) => void;
      onAccepted?: () => void;
      onSynced?: () => void;
      onLevel?: () => void;
      onMessage?: (message: DeskMessage) => void;
    },
  ) {
    this.stories = doc.getMap<true>(STORIES);
    this.provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: NEWSROOM_DOCUMENT,
      document: doc,
      token,
      onAuthenticated: () => handlers.onAccepted?.(),
      onAuthenticationFailed: ({ reason }) => handlers.onRefused(reason),
      onStateless: ({ payload }) => {
        const message = readDeskMessage(payload);
        if (message !== null) handlers.onMessage?.(message);
      },
      // The author directory first, so the stories naming its authors are taken in at once.
      onSynced: () => {
        handlers.onSynced?.();
        onStories([...this.stories.keys()]);
        this.listPending();
        if (this.level) handlers.onLevel?.();
      },
      onUnsyncedChanges: () => {
        if (this.level) handlers.onLevel?.();
      },
    });
    this.stories.observe((event) => onStories([...event.keysChanged].filter((id) => this.stories.has(id))));
    this.provider.attach();
  }

  /** Puts the stories on the desk's list (those already there are left as they are). */
  add(ids: Iterable<string>): void {
    for (const id of ids) this.toList.add(id);
    if (this.provider.synced) this.listPending();
  }

  /** Takes stories deleted for good off the desk's list, so a profile joining later does not look for them. */
  remove(ids: Iterable<string>): void {
    for (const id of ids) {
      this.toList.delete(id);
      this.toUnlist.add(id);
    }
    if (this.provider.synced) this.listPending();
  }

  /** Sends the desk a message on the newsroom document (lost if the connection drops: ask again on the next). */
  tell(message: DeskMessage): void {
    this.provider.sendStateless(writeDeskMessage(message));
  }

  /** Whether the desk's newsroom document is in. */
  get synced(): boolean {
    return this.provider.synced;
  }

  get level(): boolean {
    return this.provider.synced && this.provider.unsyncedChanges === 0 && this.toList.size === 0 && this.toUnlist.size === 0;
  }

  destroy(): void {
    this.provider.destroy();
  }

  private listPending(): void {
    const missing = [...this.toList].filter((id) => !this.stories.has(id));
    const gone = [...this.toUnlist].filter((id) => this.stories.has(id));
    this.toList.clear();
    this.toUnlist.clear();
    if (missing.length + gone.length === 0) return;
    this.doc.transact(() => {
      missing.forEach((id) => this.stories.set(id, true));
      gone.forEach((id) => this.stories.delete(id));
    });
  }
}
