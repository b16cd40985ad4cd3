import type { LexicalNode, LexicalUpdateJSON, SerializedLexicalNode } from 'lexical';
import type { CheckBlock } from '../../shared/house-style/document';
import { BlockCardNode } from '../block-card-node';
import { positiveIntegerField, stringField } from '../json-fields';
import { IMAGE_TYPE, imageExtensions, MAX_IMAGE_ALT, MAX_IMAGE_CAPTION, MAX_IMAGE_CREDIT } from './image-names';
import type { ImageDetails, ImageFile } from './image-parts';
import type { SerializedImageNode } from './image-schema';

/** A content address as the image's file name holds it. */
export const IMAGE_SHA256 = /^[0-9a-f]{64}$/;

type ImageExtension = SerializedImageNode['ext'];

/** A stored or pasted extension, read as one the profile keeps (a damaged one as jpg). */
export function imageExtension(value: unknown): ImageExtension {
  return (imageExtensions as readonly unknown[]).includes(value) ? (value as ImageExtension) : 'jpg';
}

/**
 * An image stored with the story: the file lives content-addressed in the
 * profile (images/<sha256>.<ext>), never hot-linked, and carries its alt
 * text, caption, credit and pixel size. Each is a property of its own, so
 * the story document merges one editor's new caption with another's new
 * credit. The editor's class (editor/ImageEditorNode.tsx) adds the card's view.
 */
export class ImageNode extends BlockCardNode {
  __sha256 = '';
  __ext: ImageExtension = 'jpg';
  __width = 1;
  __height = 1;
  __alt = '';
  __caption = '';
  __credit = '';

  override $config() {
    // No `extends`: BlockCardNode is abstract, which the config's type refuses; Lexical reads the superclass from the prototype chain.
    return this.config(IMAGE_TYPE, {});
  }

  override afterCloneFrom(prevNode: this): void {
    super.afterCloneFrom(prevNode);
    this.__sha256 = prevNode.__sha256;
    this.__ext = prevNode.__ext;
    this.__width = prevNode.__width;
    this.__height = prevNode.__height;
    this.__alt = prevNode.__alt;
    this.__caption = prevNode.__caption;
    this.__credit = prevNode.__credit;
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedLexicalNode>): this {
    const fields = json as Record<string, unknown>;
    const sha256 = stringField(fields, 'sha256', 64);
    return super
      .updateFromJSON(json)
      .setFile({
        // A damaged reference shows as a missing file rather than building a URL from it.
        sha256: IMAGE_SHA256.test(sha256) ? sha256 : '',
        ext: imageExtension(fields.ext),
        width: positiveIntegerField(fields, 'width', 1),
        height: positiveIntegerField(fields, 'height', 1),
      })
      .setDetails({
        alt: stringField(fields, 'alt', MAX_IMAGE_ALT),
        caption: stringField(fields, 'caption', MAX_IMAGE_CAPTION),
        credit: stringField(fields, 'credit', MAX_IMAGE_CREDIT),
      });
  }

  override exportJSON(): SerializedImageNode & SerializedLexicalNode {
    const { file, details } = this.parts();
    return { type: IMAGE_TYPE, version: 1, ...file, ...details };
  }

  /** Copied as plain text, an image is its caption (or its alt text). */
  override getTextContent(): string {
    const { details } = this.parts();
    const text = details.caption || details.alt;
    return text === '' ? '' : `${text}\n\n`;
  }

  parts(): { file: ImageFile; details: ImageDetails } {
    const latest = this.getLatest();
    return {
      file: { sha256: latest.__sha256, ext: latest.__ext, width: latest.__width, height: latest.__height },
      details: { alt: latest.__alt, caption: latest.__caption, credit: latest.__credit },
    };
  }

  /** The picture, set once when the image is made. */
  setFile(file: ImageFile): this {
    const writable = this.getWritable();
    writable.__sha256 = file.sha256;
    writable.__ext = file.ext;
    writable.__width = file.width;
    writable.__height = file.height;
    return writable;
  }

  setDetails(details: ImageDetails): this {
    const writable = this.getWritable();
    writable.__alt = details.alt.slice(0, MAX_IMAGE_ALT);
    writable.__caption = details.caption.slice(0, MAX_IMAGE_CAPTION);
    writable.__credit = details.credit.slice(0, MAX_IMAGE_CREDIT);
    return writable;
  }

  override checkBlock(key: string): CheckBlock {
    return { key, kind: 'caption', text: this.parts().details.caption };
  }
}

export function $isImageNode(node: LexicalNode | null | undefined): node is ImageNode {
  return node instanceof ImageNode;
}
