import type { Klass, LexicalNode } from 'lexical';
import type { JSX } from 'react';
import type { ImportImage } from '../images/ImageFileInput';

/** What the story page lends the body editor's plugins. */
export interface NodePluginProps {
  /** Stores a picture from disk in the profile; absent where the editor takes no images. */
  importImage?: ImportImage;
}

/**
 * One of our own nodes as the body editor knows it: its Lexical class and
 * the plugin that gives it its commands. Each node folder exports one as
 * `editorPart` from src/nodes/<node>/editor/editor-part.ts, where
 * editor-nodes.ts finds it.
 */
export interface NodeEditorPart {
  /** The node type it stands for in src/nodes/registry.ts. */
  readonly type: string;
  readonly node: Klass<LexicalNode>;
  readonly Plugin?: (props: NodePluginProps) => JSX.Element | null;
}
