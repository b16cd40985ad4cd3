import { CollaborationPlugin } from '@lexical/react/LexicalCollaborationPlugin';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { Provider } from '@lexical/yjs';
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import * as Y from 'yjs';
import { StoryDocumentProvider, type SharedEditingApi, type StoryDocumentProviderOptions } from './story-document-provider';

/** A shared story the body editor edits live: its id, the revision it opened at, and how its provider reaches the profile. */
export type SharedBody = {
  storyId: string;
  revision: number;
  api: SharedEditingApi;
  options: StoryDocumentProviderOptions;
  /** Gives the page how to save the editor's gathered edits (before it leaves, say), and null once the editor is gone. */
  setFlush: (flush: (() => Promise<boolean>) | null) => void;
};

/**
 * Binds the body editor to the story's shared document through Lexical's
 * collaboration plugin: the document's body is what the editor shows, the
 * editor's edits go in as Yjs updates (saved through the provider), the
 * other editors' come out, with their carets; undo is Yjs's, of this
 * editor's own edits only.
 */
export function SharedBodyPlugin({ shared, cursors }: { shared: SharedBody; cursors: RefObject<HTMLElement | null> }) {
  const [editor] = useLexicalComposerContext();
  const providers = useRef(new Set<StoryDocumentProvider>());
  const providerFactory = useCallback(
    (id: string, docs: Map<string, Y.Doc>): Provider => {
      const doc = new Y.Doc();
      docs.set(id, doc);
      const provider = new StoryDocumentProvider(doc, shared.storyId, shared.revision, shared.api, shared.options);
      providers.current.add(provider);
      // The editor opened read-only (BodyEditor): keys typed before the document is in would be lost when it arrives.
      const takeKeys = (synced: boolean) => {
        if (!synced) return;
        provider.off('sync', takeKeys);
        editor.setEditable(true);
      };
      provider.on('sync', takeKeys);
      return provider;
    },
    [shared, editor],
  );
  // Closing the window or leaving the app unmounts nothing: the edits still gathering go now, as the autosave's do.
  const { setFlush } = shared;
  useEffect(() => {
    const saveGathered = async () => (await Promise.all([...providers.current].map((provider) => provider.flush()))).every(Boolean);
    const saveNow = () => void saveGathered();
    const saveWhenHidden = () => {
      if (document.visibilityState === 'hidden') saveNow();
    };
    window.addEventListener('beforeunload', saveNow);
    document.addEventListener('visibilitychange', saveWhenHidden);
    setFlush(saveGathered);
    return () => {
      window.removeEventListener('beforeunload', saveNow);
      document.removeEventListener('visibilitychange', saveWhenHidden);
      setFlush(null);
    };
  }, [setFlush]);
  // A story with no body yet (a new one) is given its first paragraph by whoever opens it first; any other already has its body.
  return <CollaborationPlugin id={shared.storyId} providerFactory={providerFactory} shouldBootstrap cursorsContainerRef={cursors} />;
}
