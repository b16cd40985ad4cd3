import '@fontsource/source-serif-4/latin-400.css';
import '@fontsource/source-serif-4/latin-400-italic.css';
import '@fontsource/source-serif-4/latin-600.css';
import './article.css';

import { ListItemNode, ListNode } from '@lexical/list';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { SerializedEditorState } from 'lexical';
import { createRoot } from 'react-dom/client';

/**
 * The baseline: a bare Lexical editor of the same version, RichText and
 * History only, with the node types the story needs to load, set in the same
 * column and fonts as Copydesk's (./article.css). It fetches the story from
 * its server as the app fetches it from the preview's.
 */
const response = await fetch('./story.json');
// Let go of the JSON once the editor has made its state from it: a bare editor needs no copy.
let story: SerializedEditorState | null = (await response.json()) as SerializedEditorState;
createRoot(document.getElementById('root')!).render(
  <div className="article">
    <LexicalComposer
      initialConfig={{
        namespace: 'bare',
        nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode],
        onError: (error) => {
          throw error;
        },
        editorState: (editor) => {
          editor.setEditorState(editor.parseEditorState(story!));
          story = null;
        },
      }}
    >
      <RichTextPlugin contentEditable={<ContentEditable aria-label="Story text" />} ErrorBoundary={LexicalErrorBoundary} />
      <HistoryPlugin />
    </LexicalComposer>
  </div>,
);
