import type { NodeEditorPart } from '../../../renderer/editor/node-editor-part';
import { END_MARK_TYPE } from '../end-mark-names';
import { EndMarkEditorNode } from './EndMarkEditorNode';
import { EndMarkPlugin } from './EndMarkPlugin';

export const editorPart: NodeEditorPart = { type: END_MARK_TYPE, node: EndMarkEditorNode, Plugin: EndMarkPlugin };
