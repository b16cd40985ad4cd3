import type { NodeEditorPart } from '../../../renderer/editor/node-editor-part';
import { PULL_QUOTE_TYPE } from '../pull-quote-names';
import { PullQuoteEditorNode } from './PullQuoteEditorNode';
import { PullQuotePlugin } from './PullQuotePlugin';

export const editorPart: NodeEditorPart = { type: PULL_QUOTE_TYPE, node: PullQuoteEditorNode, Plugin: PullQuotePlugin };
