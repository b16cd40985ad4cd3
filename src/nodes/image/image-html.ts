import { hasVisibleText } from '../../shared/export/html-escape';
import { addImage } from '../../shared/export/html-output';
import { imageUrl } from '../../shared/export/site-urls';
import type { JsonNode, NodeHtmlWriter } from '../node-definition';
import { writeImageFigure } from './image-figure';
import { IMAGE_CLASS, imageFileName } from './image-names';
import { imageNodeSchema } from './image-schema';

/** `figure.cd-image`, its file added to the export's images. */
export function writeImage(node: JsonNode, writer: NodeHtmlWriter): void {
  const parsed = imageNodeSchema.safeParse(node);
  if (!parsed.success) {
    writer.warn('invalid-node', 'An image that does not match its JSON shape is left out.');
    return;
  }
  const image = parsed.data;
  if (!hasVisibleText(image.alt)) writer.warn('image-no-alt', `An image has no alt text (${imageFileName(image)}).`);
  addImage(writer.output, image);
  writeImageFigure(writer.out, IMAGE_CLASS, image, imageUrl(writer.settings, image), true);
  writer.wroteContent();
}
