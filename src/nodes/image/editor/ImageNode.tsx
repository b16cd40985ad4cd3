import {
  $applyNodeReplacement,
  $getNodeByKey,
  type DOMConversionMap,
  type DOMConversionOutput,
  type DOMExportOutput,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
} from 'lexical';
import type { JSX } from 'react';
import type { CheckBlock } from '../../../shared/house-style/document';
import type { SerializedImageNode } from '../image-schema';
import { CAPTION_CLASS, CREDIT_CLASS, IMAGE_CLASS, IMAGE_TYPE, imageExtensions, imageFileName } from '../image-names';
import { positiveIntegerField, stringField } from '../../../renderer/editor/cards/json-fields';
import { ImageView } from './ImageView';
import type { ImageDetails, ImageFile } from './image-parts';
import { BlockCardNode } from '../../../renderer/editor/cards/block-card-node';

/** Schema limits (../image-schema.ts). */
const MAX_ALT = 1_000;
const MAX_CAPTION = 2_000;
const MAX_CREDIT = 300;

const SHA256 = /^[0-9a-f]{64}$/;
const DATA_ATTRIBUTE = 'data-copydesk-image';

type ImageExtension = SerializedImageNode['ext'];

function imageExtension(value: unknown): ImageExtension {
  return (imageExtensions as readonly unknown[]).includes(value) ? (value as ImageExtension) : 'jpg';
}

/**
 * An image stored with the story: the file lives content-addressed in the
 * profile (images/<sha256>.<ext>), never hot-linked, and carries its alt
 * text, caption, credit and pixel size.
 */
export class ImageNode extends BlockCardNode {
  __file: ImageFile;
  __details: ImageDetails;

  static override getType(): string {
    return IMAGE_TYPE;
  }

  static override clone(node: ImageNode): ImageNode {
    return new ImageNode(node.__file, node.__details, node.__key);
  }

  static override importJSON(json: Record<string, unknown>): ImageNode {
    const sha256 = stringField(json, 'sha256', 64);
    return $createImageNode(
      {
        // A damaged reference shows as a missing file rather than building a URL from it.
        sha256: SHA256.test(sha256) ? sha256 : '',
        ext: imageExtension(json.ext),
        width: positiveIntegerField(json, 'width', 1),
        height: positiveIntegerField(json, 'height', 1),
      },
      {
        alt: stringField(json, 'alt', MAX_ALT),
        caption: stringField(json, 'caption', MAX_CAPTION),
        credit: stringField(json, 'credit', MAX_CREDIT),
      },
    );
  }

  static override importDOM(): DOMConversionMap | null {
    return {
      figure: (element: HTMLElement) =>
        element.hasAttribute(DATA_ATTRIBUTE) ? { conversion: convertImageElement, priority: 3 } : null,
    };
  }

  constructor(
    file: ImageFile = { sha256: '', ext: 'jpg', width: 1, height: 1 },
    details: ImageDetails = { alt: '', caption: '', credit: '' },
    key?: NodeKey,
  ) {
    super(key);
    this.__file = file;
    this.__details = details;
  }

  override exportJSON(): SerializedImageNode & SerializedLexicalNode {
    const { file, details } = this.getLatest().parts();
    return { type: IMAGE_TYPE, version: 1, ...file, ...details };
  }

  override exportDOM(): DOMExportOutput {
    const { file, details } = this.getLatest().parts();
    const figure = document.createElement('figure');
    figure.className = IMAGE_CLASS;
    figure.setAttribute(DATA_ATTRIBUTE, '');
    figure.dataset.sha256 = file.sha256;
    figure.dataset.ext = file.ext;
    const img = document.createElement('img');
    img.src = imageFileName(file);
    img.alt = details.alt;
    img.width = file.width;
    img.height = file.height;
    figure.append(img);
    const parts = [
      [CAPTION_CLASS, details.caption],
      [CREDIT_CLASS, details.credit],
    ].filter(([, text]) => text !== '');
    if (parts.length > 0) {
      const caption = document.createElement('figcaption');
      for (const [className, text] of parts) {
        const span = document.createElement('span');
        span.className = className as string;
        span.textContent = text as string;
        if (caption.childNodes.length > 0) caption.append(' ');
        caption.append(span);
      }
      figure.append(caption);
    }
    return { element: figure };
  }

  /** Copied as plain text, an image is its caption (or its alt text). */
  override getTextContent(): string {
    const { details } = this.getLatest().parts();
    const text = details.caption || details.alt;
    return text === '' ? '' : `${text}\n\n`;
  }

  parts(): { file: ImageFile; details: ImageDetails } {
    const latest = this.getLatest();
    return { file: latest.__file, details: latest.__details };
  }

  setDetails(details: ImageDetails): this {
    const writable = this.getWritable();
    writable.__details = {
      alt: details.alt.slice(0, MAX_ALT),
      caption: details.caption.slice(0, MAX_CAPTION),
      credit: details.credit.slice(0, MAX_CREDIT),
    };
    return writable;
  }

  override checkBlock(key: string): CheckBlock {
    return { key, kind: 'caption', text: this.getLatest().parts().details.caption };
  }

  override decorate(): JSX.Element {
    return <ImageView nodeKey={this.__key} file={this.__file} details={this.__details} $setDetails={$setImageDetails} />;
  }
}

function convertImageElement(element: HTMLElement): DOMConversionOutput {
  const img = element.querySelector('img');
  const sha256 = element.dataset.sha256 ?? '';
  if (img === null || !SHA256.test(sha256)) return { node: null };
  return {
    node: $createImageNode(
      {
        sha256,
        ext: imageExtension(element.dataset.ext),
        width: Math.max(1, img.width || Number(img.getAttribute('width')) || 1),
        height: Math.max(1, img.height || Number(img.getAttribute('height')) || 1),
      },
      {
        alt: img.alt,
        caption: element.querySelector(`.${CAPTION_CLASS}`)?.textContent ?? '',
        credit: element.querySelector(`.${CREDIT_CLASS}`)?.textContent ?? '',
      },
    ),
  };
}

export function $createImageNode(file: ImageFile, details: ImageDetails = { alt: '', caption: '', credit: '' }): ImageNode {
  return $applyNodeReplacement(new ImageNode(file, details));
}

/** Given to the view, so that it can change its node without importing the node's class. */
function $setImageDetails(key: NodeKey, details: ImageDetails): void {
  const node = $getNodeByKey(key);
  if ($isImageNode(node)) node.setDetails(details);
}

export function $isImageNode(node: LexicalNode | null | undefined): node is ImageNode {
  return node instanceof ImageNode;
}
