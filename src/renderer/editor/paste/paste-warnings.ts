import type { ImportWarning } from '../../../shared/html-import';

const NAMES_SHOWN = 3;

/**
 * What to tell the person after a paste: one line per kind of problem, so a
 * page with twenty pictures gives one notice naming a few of them rather
 * than twenty.
 */
export function pasteNotices(warnings: readonly ImportWarning[]): string[] {
  const byCode = new Map<ImportWarning['code'], ImportWarning[]>();
  for (const warning of warnings) {
    const list = byCode.get(warning.code);
    if (list === undefined) byCode.set(warning.code, [warning]);
    else list.push(warning);
  }
  const notices: string[] = [];
  for (const [code, list] of byCode) {
    const first = list[0] as ImportWarning;
    if (list.length === 1) {
      notices.push(first.message);
      continue;
    }
    const names = list.slice(0, NAMES_SHOWN).map((w) => w.subject);
    const more = list.length > NAMES_SHOWN ? ` and ${list.length - NAMES_SHOWN} more` : '';
    const shown = `${names.join(', ')}${more}`;
    switch (code) {
      case 'image-not-imported':
        notices.push(`${list.length} images not pasted: pictures must be added from disk (${shown}).`);
        break;
      case 'link-not-allowed':
        notices.push(`${list.length} links not kept: only http, https and mailto links can be pasted; their text is kept (${shown}).`);
        break;
      case 'embed-removed':
        notices.push(`Embedded content not pasted: only text, tables and links are kept (${shown}).`);
        break;
      default:
        notices.push(first.message);
    }
  }
  return notices;
}
