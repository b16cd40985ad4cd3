import type { TypographyChange } from './typography-change';

/**
 * Rule 4 in one pass: trailing spaces on a line; spaces before , ; : ! ? and
 * before a full stop that ends something (not ".5", ".NET" or an ellipsis);
 * runs of two or more spaces.
 */
const SPACE_FIXES =
  /(?<trailing>[ \t\u00A0]+(?=\r?\n|$))|(?<beforeMark>[ \u00A0]+(?=[,;:!?]|\.(?![\p{L}\p{N}.]| \. \.)))|[ \u00A0]{2,}/gu;

/** Spacing fixes (rule 4). A run of spaces keeps its first character, so a deliberate no-break space survives. */
export function findSpaceChanges(text: string): TypographyChange[] {
  const changes: TypographyChange[] = [];
  SPACE_FIXES.lastIndex = 0;
  for (let match = SPACE_FIXES.exec(text); match !== null; match = SPACE_FIXES.exec(text)) {
    const removesAll = match.groups?.trailing !== undefined || match.groups?.beforeMark !== undefined;
    changes.push({
      rule: 'spaces',
      from: removesAll ? match.index : match.index + 1,
      to: match.index + match[0].length,
      replacement: '',
    });
  }
  return changes;
}
