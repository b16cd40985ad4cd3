import type { SerializedImageNode } from './image-schema';

/** The picture an image node shows: fixed once inserted. */
export type ImageFile = Pick<SerializedImageNode, 'sha256' | 'ext' | 'width' | 'height'>;
/** What the editor writes about the picture, in the image details dialog. */
export type ImageDetails = Pick<SerializedImageNode, 'alt' | 'caption' | 'credit'>;
