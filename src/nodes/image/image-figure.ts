import type { LeadImage } from '../../shared/export/export-input';
import { escapeAttribute, escapeText, hasVisibleText } from '../../shared/export/html-escape';
import { CAPTION_CLASS, CREDIT_CLASS } from './image-names';

type FigureImage = Pick<LeadImage, 'alt' | 'width' | 'height' | 'caption' | 'credit'>;

/** An image (the body's or the lead image) as `figure` > `img` + `figcaption` (caption and credit spans), one element per line. */
export function writeImageFigure(out: string[], className: string, image: FigureImage, src: string, lazy: boolean): void {
  out.push(
    `<figure class="${className}">\n<img src="${escapeAttribute(src)}" alt="${escapeAttribute(image.alt.trim())}"`,
    ` width="${image.width}" height="${image.height}"${lazy ? ' loading="lazy"' : ''}>\n`,
  );
  const caption = hasVisibleText(image.caption) ? `<span class="${CAPTION_CLASS}">${escapeText(image.caption.trim())}</span>` : '';
  const credit = hasVisibleText(image.credit) ? `<span class="${CREDIT_CLASS}">${escapeText(image.credit.trim())}</span>` : '';
  if (caption !== '' || credit !== '') {
    out.push(`<figcaption>${caption}${caption !== '' && credit !== '' ? ' ' : ''}${credit}</figcaption>\n`);
  }
  out.push('</figure>\n');
}
