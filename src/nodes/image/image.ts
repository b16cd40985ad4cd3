import type { NodeDefinition } from '../node-definition';
import { compareImages } from './image-history';
import { writeImage } from './image-html';
import { isImageMarkup, readImage } from './image-markup';
import { IMAGE_TYPE } from './image-names';
import { ImageNode } from './image-node';

/** A picture from the profile's images folder, with its alt text, caption and credit. */
export const image: NodeDefinition = {
  type: IMAGE_TYPE,
  node: ImageNode,
  html: { writeBlock: writeImage },
  htmlImport: {
    blockElements: ['figure'],
    readBlock: (element, typography) => (isImageMarkup(element) ? readImage(element, typography) : null),
  },
  // Its caption is checked like any text; alt text and credit are not the desk's prose.
  checkBlock: (node, key) => ({ key, kind: 'caption', text: typeof node.caption === 'string' ? node.caption : '' }),
  bodyText: false,
  compareInHistory: compareImages,
};
