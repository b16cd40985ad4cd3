import { createBinding, type Provider, syncLexicalUpdateToYjs, syncYjsChangesToLexical } from '@lexical/yjs';
import { COLLABORATION_TAG, createEditor, type LexicalEditor } from 'lexical';
import type * as Y from 'yjs';
import { storyBodyNodes } from './story-body-nodes';

/** The binding's id (its key in the binding's map of documents); the body holds no nested editors. */
const BINDING_ID = 'story-body';

/** Who else is editing, which a headless editor has no need of: nobody. */
const nobody: Provider = {
  awareness: {
    getLocalState: () => null,
    getStates: () => new Map(),
    off: () => undefined,
    on: () => undefined,
    setLocalState: () => undefined,
    setLocalStateField: () => undefined,
  },
  connect: () => undefined,
  disconnect: () => undefined,
  off: () => undefined,
  on: () => undefined,
};
/** No carets to draw. */
const noCarets = () => undefined;

/**
 * The origin of the transactions this module's callers edit a story
 * document in. Edits of the body within them come from the body editor, so
 * its binding does not take them back in as edits from elsewhere (the
 * origin of a transaction is the outermost one's).
 */
export const STORY_EDIT = Symbol('story edit');

/** A document's body editor, and the errors its updates reported, to be thrown to whoever asked for the update. */
type BodyEditor = { editor: LexicalEditor; errors: Error[] };

/** Each document's body editor, made when the document's body is first read or edited and kept as long as the document. */
const bodyEditors = new WeakMap<Y.Doc, BodyEditor>();

/**
 * Runs `work` as one update of `doc`'s body editor, committed before this
 * returns; an error in it is thrown here, after Lexical has put the editor
 * back as it was (an onError that threw would cut that short).
 */
function update(doc: Y.Doc, work: () => void): LexicalEditor {
  let body = bodyEditors.get(doc);
  if (body === undefined) {
    body = bindBody(doc);
    bodyEditors.set(doc, body);
  }
  // Also commits what the binding took from the document's later updates, which it leaves to a microtask.
  body.editor.update(work, { discrete: true });
  const error = body.errors.shift();
  body.errors.length = 0;
  if (error !== undefined) throw error;
  return body.editor;
}

/**
 * A headless editor bound through @lexical/yjs (the binding the app's
 * editor uses) to `doc`'s body, holding that body: edits of the editor
 * become the smallest changes of the shared body, written as `doc`'s own
 * client, and updates of the body from elsewhere reach the editor.
 */
function bindBody(doc: Y.Doc): BodyEditor {
  const errors: Error[] = [];
  // An editor never given a root element reconciles no DOM, which is all @lexical/headless adds (and it would ship happy-dom).
  const editor = createEditor({ namespace: 'story-document', nodes: storyBodyNodes, onError: (error) => errors.push(error) });
  const binding = createBinding(editor, nobody, BINDING_ID, doc, new Map([[BINDING_ID, doc]]));
  // A binding fills its editor from the updates that arrive after it is made; the body already in the
  // document is filled the way the binding fills a node that arrives whole: from its delta.
  editor.update(
    () => {
      const { root } = binding;
      root.syncPropertiesFromYjs(binding, null);
      root.applyChildrenYjsDelta(binding, root.getSharedType().toDelta());
      root.syncChildrenFromYjs(binding);
    },
    { discrete: true, skipTransforms: true, tag: COLLABORATION_TAG },
  );
  const error = errors.shift();
  if (error !== undefined) throw error;
  binding.root.getSharedType().observeDeep((events, transaction) => {
    if (transaction.origin !== binding && transaction.origin !== STORY_EDIT) syncYjsChangesToLexical(binding, nobody, events, false, noCarets);
  });
  editor.registerUpdateListener(({ prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags }) => {
    syncLexicalUpdateToYjs(binding, nobody, prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags);
  });
  return { editor, errors };
}

/** Reads `doc`'s body in its headless editor. */
export function readStoryBody<T>(doc: Y.Doc, read: (editor: LexicalEditor) => T): T {
  return read(update(doc, () => undefined));
}

/**
 * Runs `edit` as one update of `doc`'s body editor: the binding writes what
 * it changed into `doc`. An edit that throws changes nothing.
 */
export function editStoryBody(doc: Y.Doc, edit: () => void): void {
  update(doc, edit);
}
