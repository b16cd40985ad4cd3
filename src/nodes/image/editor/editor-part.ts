import type { NodeEditorPart } from '../../../renderer/editor/node-editor-part';
import { IMAGE_TYPE } from '../image-names';
import { ImageEditorNode } from './ImageEditorNode';
import { ImagePlugin } from './ImagePlugin';

export const editorPart: NodeEditorPart = { type: IMAGE_TYPE, node: ImageEditorNode, Plugin: ImagePlugin };
