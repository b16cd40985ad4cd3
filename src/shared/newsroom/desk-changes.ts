import * as Y from 'yjs';
import { storyParts, type DeskChange, type StoryPart } from '../story/story-parts';

/**
 * The Y.Map of a story's document naming who last changed each part
 * (part → editor's name), written in the same update as the change; a
 * profile that gave no name writes none.
 */
const CHANGED_BY = 'changedBy';

/** The shared types that are one part each, by their name in the document. */
const WHOLE_PARTS: Record<string, StoryPart> = {
  root: 'body',
  headline: 'headline',
  standfirst: 'standfirst',
  socialHeadline: 'socialHeadline',
  socialDescription: 'socialDescription',
  bylines: 'bylines',
  tags: 'tags',
  related: 'related',
  houseStyleIgnores: 'houseStyleIgnores',
};

/** The values of the `fields` map that are parts people change (ids, dates and states are not). */
const FIELD_PARTS: Record<string, StoryPart> = {
  section: 'section',
  status: 'status',
  slug: 'slug',
  slugLocked: 'slug',
  publishDate: 'publishDate',
  authorBio: 'authorBio',
  leadImage: 'leadImage',
  hasBody: 'body',
};

type SharedType = Y.Transaction['changed'] extends Map<infer T, unknown> ? T : never;

function rootOf(type: SharedType): SharedType {
  let at = type;
  while (at._item !== null) at = at._item.parent as SharedType;
  return at;
}

/**
 * Runs `work` on `doc` (a save's changes, an update from the desk): the parts
 * of the story it changed, and the name it wrote beside each in `changedBy`.
 */
export function watchStoryChanges<T>(doc: Y.Doc, work: () => T): { result: T; parts: Set<StoryPart>; namedBy: Map<StoryPart, string> } {
  const parts = new Set<StoryPart>();
  const note = (transaction: Y.Transaction) => {
    for (const [type, keys] of transaction.changed) {
      const root = rootOf(type);
      const name = Y.findRootTypeKey(root);
      const whole = WHOLE_PARTS[name];
      if (whole !== undefined) parts.add(whole);
      else if (root !== type) continue;
      else if (name === 'fields') {
        for (const key of keys) {
          const part = key === null ? undefined : FIELD_PARTS[key];
          if (part !== undefined) parts.add(part);
        }
      }
    }
  };
  doc.on('afterTransaction', note);
  let result: T;
  try {
    result = work();
  } finally {
    doc.off('afterTransaction', note);
  }
  const byName = doc.getMap<string>(CHANGED_BY);
  const namedBy = new Map<StoryPart, string>();
  // Who changed a part last: an editor changing it again does not write their name again.
  for (const part of parts) {
    const editor = byName.get(part);
    if (typeof editor === 'string') namedBy.set(part, editor);
  }
  return { result, parts, namedBy };
}

/**
 * Writes `editor` as the one who last changed each of `parts`, where the
 * document does not say so already: a write of the same name would still be
 * a new update, for every profile and the editor's own page to take in.
 */
export function recordChangedBy(doc: Y.Doc, parts: Iterable<StoryPart>, editor: string): void {
  const byName = doc.getMap<string>(CHANGED_BY);
  const renamed = [...parts].filter((part) => byName.get(part) !== editor);
  if (renamed.length === 0) return;
  doc.transact(() => {
    for (const part of renamed) byName.set(part, editor);
  });
}

/** The parts changed, grouped by who the document says changed them (null: it does not say). */
export function deskChangesOf(parts: Set<StoryPart>, namedBy: Map<StoryPart, string>): DeskChange[] {
  const byEditor = new Map<string | null, StoryPart[]>();
  for (const part of storyParts.filter((known) => parts.has(known))) {
    const editor = namedBy.get(part) ?? null;
    byEditor.set(editor, [...(byEditor.get(editor) ?? []), part]);
  }
  return [...byEditor].map(([editor, changed]) => ({ editor, parts: changed }));
}
