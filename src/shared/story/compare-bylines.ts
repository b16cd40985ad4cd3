import { generatedAuthorBio } from './author-bio';
import { keptPairs, listChanges } from './compare-lists';
import { editedField, type FieldChange } from './field-change';
import type { Byline } from './story-schema';

type BylinesAndBio = { bylines: readonly Byline[]; authorBio: string | null };

/** "Amir Khan, director of strategy, North Example ICB". */
export function describeByline(byline: Pick<Byline, 'name' | 'role' | 'organisation'>): string {
  return [byline.name, byline.role, byline.organisation].map((part) => part.trim()).filter((part) => part !== '').join(', ');
}

/** Bylines added, removed, reordered or with a new role or organisation. */
export function compareBylines(older: readonly Byline[], newer: readonly Byline[]): FieldChange[] {
  const keyOf = (byline: Byline) => byline.authorId;
  return [
    ...listChanges(older, newer, keyOf, describeByline, { added: 'Byline added', removed: 'Byline removed', reordered: 'Bylines reordered' }),
    ...keptPairs(older, newer, keyOf).flatMap(([before, after]) => editedField('Byline edited', describeByline(before), describeByline(after))),
  ];
}

/**
 * The bio as it prints: a bio that follows the bylines changes with them,
 * so it is compared as generated; whether it is written for the story or
 * follows the bylines is a change of its own.
 */
export function compareBio(older: BylinesAndBio, newer: BylinesAndBio, bioTemplate: string): FieldChange[] {
  const printed = (story: BylinesAndBio) => story.authorBio ?? generatedAuthorBio(story.bylines, bioTemplate);
  const source = (story: BylinesAndBio) => (story.authorBio === null ? 'Generated from the bylines' : 'Written for this story');
  const out = editedField(newer.authorBio === null ? 'Bio (from the bylines)' : 'Bio', printed(older), printed(newer));
  if (source(older) !== source(newer)) out.push({ change: 'replaced', label: 'Bio source', from: source(older), to: source(newer) });
  return out;
}
