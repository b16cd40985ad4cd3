import type { NodeEditorPart } from '../../../renderer/editor/node-editor-part';
import { END_MARK_TYPE } from '../end-mark-names';
import { EndMarkNode } from './EndMarkNode';
import { EndMarkPlugin } from './EndMarkPlugin';

export const editorPart: NodeEditorPart = { type: END_MARK_TYPE, node: EndMarkNode, Plugin: EndMarkPlugin };
