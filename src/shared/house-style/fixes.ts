import type { CheckBlock, CheckDocument, Scope } from './document';
import type { Fix, TextEdit } from './finding';

type Edit = Pick<TextEdit, 'from' | 'to' | 'insert'>;

function sorted<E extends Edit>(edits: readonly E[]): E[] {
  return [...edits].sort((a, b) => a.from - b.from || a.to - b.to);
}

/** One text with edits to it applied (they must not overlap). */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let result = text;
  for (const edit of sorted(edits).reverse()) result = result.slice(0, edit.from) + edit.insert + result.slice(edit.to);
  return result;
}

/**
 * Where a caret in the same text belongs after the edits: before an edit it
 * stays, after one it moves with the text, and inside a replaced stretch it
 * goes to the end of what replaced it.
 */
export function mapCaret(caret: number, edits: readonly Edit[]): number {
  let shift = 0;
  for (const edit of sorted(edits)) {
    if (caret <= edit.from) break;
    if (caret < edit.to) return edit.from + shift + edit.insert.length;
    shift += edit.insert.length - (edit.to - edit.from);
  }
  return caret + shift;
}

function editsFor(edits: readonly TextEdit[], scope: Scope, blockKey?: string): TextEdit[] {
  return edits.filter((edit) => edit.scope === scope && edit.blockKey === blockKey);
}

/** The document with a fix applied: what the CLI writes back and what tests compare. */
export function applyFix(document: CheckDocument, fix: Fix): CheckDocument {
  const applyTo = (text: string, scope: Scope, blockKey?: string) => {
    const edits = editsFor(fix.edits, scope, blockKey);
    return edits.length === 0 ? text : applyEdits(text, edits);
  };
  const body = document.body.map((block): CheckBlock => {
    const edits = fix.edits.filter((edit) => edit.blockKey === block.key);
    return edits.length === 0 ? block : { ...block, text: applyEdits(block.text, edits) };
  });
  const bio = applyTo(document.bio ?? '', 'bio');
  const fixed: CheckDocument = {
    ...document,
    headline: applyTo(document.headline, 'headline'),
    standfirst: applyTo(document.standfirst, 'standfirst'),
    body,
    bio: document.bio === null && bio === '' ? null : bio,
  };
  for (const scope of ['socialHeadline', 'socialDescription'] as const) {
    if (document[scope] !== undefined) fixed[scope] = applyTo(document[scope], scope);
  }
  return fixed;
}
