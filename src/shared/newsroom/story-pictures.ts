import type * as Y from 'yjs';
import { imageNodesOf } from '../../nodes/image/body-images';
import { imageNodeSchema } from '../../nodes/image/image-schema';
import { storyBodyFromDocument, storyFieldsFromDocument, type StoryDocumentContent } from './story-document';

/**
 * The pictures (by SHA-256) a story shows: its body's images and its lead
 * image, each once. A body image that is not a valid node names nothing.
 */
export function picturesOfStory({ body, leadImage }: Pick<StoryDocumentContent, 'body' | 'leadImage'>): string[] {
  const named = imageNodesOf(body).flatMap((node) => {
    const image = imageNodeSchema.safeParse(node);
    return image.success ? [image.data.sha256] : [];
  });
  if (leadImage !== null) named.push(leadImage.sha256);
  return [...new Set(named)];
}

/** The pictures a story's document shows (its body read through a headless editor: costly). */
export function picturesOfStoryDocument(doc: Y.Doc): string[] {
  return picturesOfStory({ body: storyBodyFromDocument(doc), leadImage: storyFieldsFromDocument(doc).leadImage });
}
