import type { NodeEditorPart } from '../../../renderer/editor/node-editor-part';
import { IMAGE_TYPE } from '../image-names';
import { ImageNode } from './ImageNode';
import { ImagePlugin } from './ImagePlugin';

export const editorPart: NodeEditorPart = { type: IMAGE_TYPE, node: ImageNode, Plugin: ImagePlugin };
