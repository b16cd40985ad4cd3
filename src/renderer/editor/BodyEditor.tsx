import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { LexicalCollaboration } from '@lexical/react/LexicalCollaborationContext';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { HorizontalRulePlugin } from '@lexical/react/LexicalHorizontalRulePlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import { HISTORY_MERGE_TAG, type LexicalEditor, type SerializedEditorState } from 'lexical';
import { lazy, Suspense, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { StoryBody } from '../../shared/story/story-schema';
import { bodyEditorNodes, nodeEditorParts } from './editor-nodes';
import { BodyEditorOutputsContext, type BodyEditorOutputs } from './editor-outputs';
import { editorTheme } from './editor-theme';
import { PastePlugin } from './paste/PastePlugin';
import { BlockShortcutsPlugin } from './plugins/BlockShortcutsPlugin';
import { CardSelectionPlugin } from './plugins/CardSelectionPlugin';
import { ChangePlugin } from './plugins/ChangePlugin';
import { EditorNoticeContext, type EditorNotice } from './plugins/editor-notice';
import { HouseStylePlugin } from './plugins/HouseStylePlugin';
import type { ImportImage } from '../images/ImageFileInput';
import type { SharedBody } from '../newsroom/SharedBodyPlugin';
import { LinkDialogPlugin } from './plugins/LinkDialogPlugin';
import { isAllowedLinkUrl } from './plugins/link-url';
import { markdownShortcuts } from './plugins/markdown-shortcuts';
import { OutputsPlugin } from './plugins/OutputsPlugin';
import { SelectionSyncPlugin } from './plugins/SelectionSyncPlugin';
import { ToolbarPlugin } from './plugins/ToolbarPlugin';
import { TypographyPlugin } from './plugins/TypographyPlugin';

/** Yjs and Lexical's collaboration binding load only with a shared story: a story of one's own never pays for them. */
const SharedBodyPlugin = lazy(() => import('../newsroom/SharedBodyPlugin').then((loaded) => ({ default: loaded.SharedBodyPlugin })));

export type BodyEditorParts = { toolbar: ReactNode; editable: ReactNode };

/**
 * The stored body an editor opens with (null: a new story), handed over
 * once: the editor takes it out when it loads it, so the page keeps no copy
 * of the body's JSON beside the editor's own state.
 */
export type OpeningBody = { body: StoryBody | null };

type BodyEditorProps = {
  /** The stored body; read once when the editor mounts (key the editor to load another). */
  initialBody: OpeningBody;
  outputs: BodyEditorOutputs;
  /** The body changed; ask the editor for its JSON when saving (serializeBody). */
  onChange?: () => void;
  /** The editor exists and holds the stored body (its plugins follow the opening state from here). */
  onReady?: (editor: LexicalEditor) => void;
  /** Without it the editor offers no images (the benchmark page). */
  importImage?: ImportImage;
  notify?: EditorNotice;
  /** Where the toolbar and the text go on the page; by default the toolbar sits above the text. */
  children?: (parts: BodyEditorParts) => ReactNode;
  /** A shared story: the body comes from its document and is edited live with the desk (initialBody is not loaded). */
  shared?: SharedBody;
};

const PLACEHOLDER = 'Write the story…';

/** The body as stored: Lexical's serialized editor state. */
export function serializeBody(editor: LexicalEditor): StoryBody {
  return editor.getEditorState().toJSON() as unknown as StoryBody;
}

/**
 * The story body editor: Lexical with Copydesk's nodes, house typography,
 * Markdown-style shortcuts, pull-quotes, images and the end mark, laid out
 * like the published article.
 */
export function BodyEditor({ initialBody, outputs, onChange, onReady, importImage, notify, children, shared }: BodyEditorProps) {
  // Only the body the editor opened with counts: a later prop never changes the text on screen.
  const [opening] = useState(initialBody);
  // A shared story's body is loaded by the collaboration plugin, from the story's document.
  const [sharedBody] = useState(shared);
  const [hasStoredBody] = useState(() => sharedBody === undefined && initialBody.body !== null);
  const editorFrame = useRef<HTMLDivElement>(null);
  const initialConfig: InitialConfigType = {
    namespace: 'copydesk-body',
    nodes: bodyEditorNodes,
    theme: editorTheme,
    onError: (error) => {
      throw error;
    },
    // A stored body is loaded by LoadBodyPlugin once every plugin is registered; a new story starts with a paragraph.
    editorState: hasStoredBody || sharedBody !== undefined ? null : undefined,
    // A shared body takes keys only once its document is in (SharedBodyPlugin): what was typed before would be replaced by it.
    editable: sharedBody === undefined,
  };

  // The editor's own parts are made once (per image support): when the page around the editor renders again
  // (a save's state, a field typed), React finds the same elements and leaves the editor and its plugins alone.
  const canInsertImages = importImage !== undefined;
  const toolbar = useMemo(() => <ToolbarPlugin canInsertImages={canInsertImages} />, [canInsertImages]);
  const editable = useMemo(
    () => (
      <div className="body-editor" ref={editorFrame}>
        <RichTextPlugin
          contentEditable={
            <ContentEditable
              id="story-body"
              className="body-editor__input"
              aria-label="Story text"
              aria-placeholder={PLACEHOLDER}
              placeholder={<div className="body-editor__placeholder">{PLACEHOLDER}</div>}
              spellCheck
            />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
      </div>
    ),
    [],
  );
  const plugins = useMemo(
    () => (
      <>
        <SelectionSyncPlugin />
        {/* On a shared story undo is the collaboration binding's: this editor's own edits only. */}
        {sharedBody === undefined ? (
          <HistoryPlugin />
        ) : (
          <Suspense fallback={null}>
            <SharedBodyPlugin shared={sharedBody} cursors={editorFrame} />
          </Suspense>
        )}
        <ListPlugin />
        <LinkPlugin validateUrl={isAllowedLinkUrl} />
        <HorizontalRulePlugin />
        <TablePlugin />
        <MarkdownShortcutPlugin transformers={markdownShortcuts} />
        <TypographyPlugin />
        <PastePlugin />
        <BlockShortcutsPlugin />
        <CardSelectionPlugin />
        <LinkDialogPlugin />
        {nodeEditorParts.map(({ type, Plugin }) => Plugin !== undefined && <Plugin key={type} importImage={importImage} />)}
        <OutputsPlugin />
        <HouseStylePlugin />
        {onChange !== undefined && <ChangePlugin onChange={onChange} />}
        {hasStoredBody && <LoadBodyPlugin opening={opening} notify={notify} />}
        {onReady !== undefined && <EditorRefPlugin editorRef={onReady} />}
      </>
    ),
    [importImage, onChange, hasStoredBody, opening, notify, onReady, sharedBody],
  );

  const editor = (
    <LexicalComposer initialConfig={initialConfig}>
      <BodyEditorOutputsContext.Provider value={outputs}>
        <EditorNoticeContext.Provider value={notify ?? (() => undefined)}>
          {children === undefined ? (
            <>
              {toolbar}
              {editable}
            </>
          ) : (
            children({ toolbar, editable })
          )}
          {plugins}
        </EditorNoticeContext.Provider>
      </BodyEditorOutputsContext.Provider>
    </LexicalComposer>
  );
  return sharedBody === undefined ? editor : <LexicalCollaboration>{editor}</LexicalCollaboration>;
}

/**
 * Puts the stored body in the editor after the plugins have registered: a
 * node transform registered on a loaded story (the list plugin's, on every
 * text node) would otherwise run over all of it. Loading is not an undo
 * step and not a change. A body this version cannot read is left unloaded
 * and the editor read-only, so it is never saved over; the person is told why.
 */
function LoadBodyPlugin({ opening, notify }: { opening: OpeningBody; notify?: EditorNotice }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const body = opening.body;
    if (body === null) return; // loaded already
    opening.body = null;
    try {
      editor.setEditorState(editor.parseEditorState(body as unknown as SerializedEditorState), { tag: HISTORY_MERGE_TAG });
    } catch (error) {
      editor.setEditable(false);
      const detail = error instanceof Error ? error.message : String(error);
      notify?.(`The story text could not be opened for editing (${detail}). It is kept unchanged.`, 'error');
    }
  }, [editor, opening, notify]);
  return null;
}
