import { fixTypography } from '../typography';

/** Plain text with the house typography set, as imported blocks get it. */
export function typesetText(text: string): string {
  return fixTypography(text).text;
}
