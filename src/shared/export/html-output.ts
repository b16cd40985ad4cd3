import { imageFileName } from '../../nodes/image/image-names';
import type { ExportImage } from './export-input';
import type { ExportWarning } from './export-warning';

/** What the writers add to as they go: the HTML as pieces joined once at the end, warnings and image files. */
export interface HtmlOutput {
  out: string[];
  warnings: ExportWarning[];
  /** Image files the HTML refers to, keyed by file name, in order of first use. */
  images: Map<string, ExportImage>;
}

export function addImage(output: HtmlOutput, image: Pick<ExportImage, 'sha256' | 'ext'>): void {
  const file = imageFileName(image);
  if (!output.images.has(file)) output.images.set(file, { sha256: image.sha256, ext: image.ext, file });
}
