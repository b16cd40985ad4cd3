/**
 * A substitution's fix text: $1…$99, $<name> and $& insert what the pattern
 * matched, $$ a dollar sign; a group that took no part inserts nothing.
 */
export function expandReplacement(template: string, match: RegExpExecArray): string {
  if (!template.includes('$')) return template;
  return template.replace(/\$(?:(\$)|(&)|(\d{1,2})|<([^>]+)>)/g, (whole, dollar, all, index, name) => {
    if (dollar !== undefined) return '$';
    if (all !== undefined) return match[0];
    if (index !== undefined) {
      const n = Number(index);
      return n < match.length ? (match[n] ?? '') : whole;
    }
    return match.groups?.[name as string] ?? '';
  });
}
