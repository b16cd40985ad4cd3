import type { TypographyChange } from './typography-change';

const THREE_DOTS = /\.\.\.|\. \. \./g;

/** Three dots, closed or spaced, become one ellipsis character (rule 3). */
export function findEllipsisChanges(text: string): TypographyChange[] {
  const changes: TypographyChange[] = [];
  THREE_DOTS.lastIndex = 0;
  for (let match = THREE_DOTS.exec(text); match !== null; match = THREE_DOTS.exec(text)) {
    changes.push({ rule: 'ellipsis', from: match.index, to: match.index + match[0].length, replacement: '…' });
  }
  return changes;
}
