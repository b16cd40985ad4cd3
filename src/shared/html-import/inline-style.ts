import { TEXT_FORMAT } from '../nodes/lexical-json';

/**
 * What an element's `style` attribute means for the story. Fonts, sizes,
 * colours, margins and Word's mso-* layout are never kept; a few properties
 * carry meaning a reader sees (bold, italic, struck-through, raised or
 * lowered text, hidden content) or tell how Word laid out a list.
 */
export interface InlineStyle {
  /** Format bits the style turns on. */
  set: number;
  /** Format bits the style turns off (Google Docs' `<b style="font-weight:normal">` wrapper). */
  clear: number;
  /** display:none, visibility:hidden or Word's mso-hide:all: not shown, so not pasted. */
  hidden: boolean;
  /** Word's `mso-list` value, e.g. "l0 level1 lfo1", or "Ignore" on the bullet span. */
  msoList: string | null;
  /** Word's `mso-element`, e.g. "comment-list" or "footnote". */
  msoElement: string | null;
}

const NO_STYLE: InlineStyle = { set: 0, clear: 0, hidden: false, msoList: null, msoElement: null };

/** Only these properties are read; everything else in the attribute is skipped unparsed. */
const READ = /(?:^|;)\s*(font-weight|font-style|text-decoration(?:-line)?|vertical-align|display|visibility|mso-hide|mso-list|mso-element)\s*:\s*([^;]*)/gi;

export function parseInlineStyle(style: string | undefined): InlineStyle {
  if (style === undefined || style === '') return NO_STYLE;
  const result: InlineStyle = { ...NO_STYLE };
  READ.lastIndex = 0;
  for (let match = READ.exec(style); match !== null; match = READ.exec(style)) {
    const property = (match[1] as string).toLowerCase();
    const value = (match[2] as string).trim().toLowerCase().replace(/\s*!important$/, '');
    applyProperty(result, property, value, (match[2] as string).trim());
  }
  return result;
}

function applyProperty(result: InlineStyle, property: string, value: string, raw: string): void {
  switch (property) {
    case 'font-weight':
      toggle(result, TEXT_FORMAT.bold, isBoldWeight(value));
      return;
    case 'font-style':
      toggle(result, TEXT_FORMAT.italic, value === 'italic' || value.startsWith('oblique') ? true : value === 'normal' ? false : null);
      return;
    case 'text-decoration':
    case 'text-decoration-line':
      // Decorations add up through nested elements, so "none" on a child removes nothing.
      if (value.includes('line-through')) toggle(result, TEXT_FORMAT.strikethrough, true);
      return;
    case 'vertical-align':
      // Likewise "baseline" on a child does not lower text its parent raised.
      if (value === 'super') toggle(result, TEXT_FORMAT.superscript, true);
      if (value === 'sub') toggle(result, TEXT_FORMAT.subscript, true);
      return;
    case 'display':
      if (value === 'none') result.hidden = true;
      return;
    case 'visibility':
      if (value === 'hidden' || value === 'collapse') result.hidden = true;
      return;
    case 'mso-hide':
      if (value === 'all') result.hidden = true;
      return;
    case 'mso-list':
      result.msoList = raw;
      return;
    case 'mso-element':
      result.msoElement = value;
  }
}

function toggle(result: InlineStyle, bit: number, on: boolean | null): void {
  if (on === true) {
    result.set |= bit;
    result.clear &= ~bit;
  } else if (on === false) {
    result.clear |= bit;
    result.set &= ~bit;
  }
}

/** bold/bolder and 600–900 are bold; normal/lighter and 100–500 are not; anything else says nothing. */
function isBoldWeight(value: string): boolean | null {
  if (value === 'bold' || value === 'bolder') return true;
  if (value === 'normal' || value === 'lighter') return false;
  const weight = Number(value);
  if (!Number.isFinite(weight) || value === '') return null;
  return weight >= 600;
}

/** The format after an element: its tag's meaning first, then its style, which can undo it. */
export function applyStyleFormat(format: number, style: InlineStyle): number {
  let result = (format | style.set) & ~style.clear;
  if ((style.set & TEXT_FORMAT.superscript) !== 0) result &= ~TEXT_FORMAT.subscript;
  if ((style.set & TEXT_FORMAT.subscript) !== 0) result &= ~TEXT_FORMAT.superscript;
  return result;
}
