import type { NodeEditorPart } from '../../../renderer/editor/node-editor-part';
import { FOOTNOTE_TYPE } from '../footnote-names';
import { FootnoteEditorNode } from './FootnoteEditorNode';
import { FootnotePlugin } from './FootnotePlugin';

export const editorPart: NodeEditorPart = { type: FOOTNOTE_TYPE, node: FootnoteEditorNode, Plugin: FootnotePlugin };
