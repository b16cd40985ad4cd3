import { $create, $getNodeByKey, type DOMConversionMap, type DOMConversionOutput, type DOMExportOutput, type EditorConfig, type NodeKey } from 'lexical';
import type { JSX } from 'react';
import { CAPTION_CLASS, CREDIT_CLASS, IMAGE_CLASS, IMAGE_TYPE, imageFileName } from '../image-names';
import { $isImageNode, IMAGE_SHA256, ImageNode, imageExtension } from '../image-node';
import type { ImageDetails, ImageFile } from '../image-parts';
import { ImageView } from './ImageView';
import { blockCardElement } from '../../../renderer/editor/cards/block-card-element';

const DATA_ATTRIBUTE = 'data-copydesk-image';

/** The image as the body editor draws it: a card showing the picture, its caption and credit. */
export class ImageEditorNode extends ImageNode {
  override $config() {
    return this.config(IMAGE_TYPE, { extends: ImageNode });
  }

  static override importDOM(): DOMConversionMap | null {
    return {
      figure: (element: HTMLElement) =>
        element.hasAttribute(DATA_ATTRIBUTE) ? { conversion: convertImageElement, priority: 3 } : null,
    };
  }

  override exportDOM(): DOMExportOutput {
    const { file, details } = this.parts();
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

  override createDOM(config: EditorConfig): HTMLElement {
    return blockCardElement(config);
  }

  override updateDOM(): false {
    return false;
  }

  override decorate(): JSX.Element {
    const file: ImageFile = { sha256: this.__sha256, ext: this.__ext, width: this.__width, height: this.__height };
    const details: ImageDetails = { alt: this.__alt, caption: this.__caption, credit: this.__credit };
    return <ImageView nodeKey={this.__key} file={file} details={details} $setDetails={$setImageDetails} />;
  }
}

function convertImageElement(element: HTMLElement): DOMConversionOutput {
  const img = element.querySelector('img');
  const sha256 = element.dataset.sha256 ?? '';
  if (img === null || !IMAGE_SHA256.test(sha256)) return { node: null };
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

export function $createImageNode(file: ImageFile, details: ImageDetails = { alt: '', caption: '', credit: '' }): ImageEditorNode {
  return $create(ImageEditorNode).setFile(file).setDetails(details);
}

/** Given to the view, so that it can change its node without importing the node's class. */
function $setImageDetails(key: NodeKey, details: ImageDetails): void {
  const node = $getNodeByKey(key);
  if ($isImageNode(node)) node.setDetails(details);
}
