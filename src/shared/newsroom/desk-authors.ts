import * as Y from 'yjs';
import type { z } from 'zod';
import { authorFieldsSchema, idSchema, isoDateTimeSchema } from '../story/story-schema';

/** The Y.Map in the newsroom document holding the desk's author directory: a Y.Map of each author's fields, by author id. */
export const DESK_AUTHORS = 'authors';

/**
 * An author as the desk's directory holds it: the directory's fields, when
 * they were last changed, and whether the author was deleted (merged into
 * another: the row stays, so old bylines still name them) and into whom
 * (null: not merged, or merged before profiles said so).
 */
export const deskAuthorSchema = authorFieldsSchema.extend({
  id: idSchema,
  createdAt: isoDateTimeSchema,
  modifiedAt: isoDateTimeSchema,
  deletedAt: isoDateTimeSchema.nullable(),
  mergedInto: idSchema.nullable().default(null),
});
export type DeskAuthor = z.infer<typeof deskAuthorSchema>;

/** The fields that travel, each a key of the author's Y.Map. */
export const deskAuthorFields = ['name', 'role', 'organisation', 'email', 'photoSha256', 'createdAt', 'modifiedAt', 'deletedAt', 'mergedInto'] as const;
export type DeskAuthorField = (typeof deskAuthorFields)[number];

export type DeskAuthorMap = Y.Map<Y.Map<unknown>>;

export function deskAuthorsOf(doc: Y.Doc): DeskAuthorMap {
  return doc.getMap<Y.Map<unknown>>(DESK_AUTHORS);
}

/**
 * Every author the desk's directory holds, as given; an entry that is not a
 * valid author (a bad write from some client) is left out, so it is never
 * applied, and stories naming it wait for it.
 */
export function readDeskAuthors(authors: DeskAuthorMap): Map<string, DeskAuthor> {
  const read = new Map<string, DeskAuthor>();
  for (const [id, fields] of authors) {
    if (!(fields instanceof Y.Map)) continue;
    const author = deskAuthorSchema.safeParse({ id, ...Object.fromEntries(deskAuthorFields.map((field) => [field, fields.get(field)])) });
    if (author.success) read.set(id, author.data);
  }
  return read;
}

/**
 * Writes `fields` of an author into the desk's directory: an author new to
 * it is added whole, one already there gets only the fields that differ, so
 * two editors changing different fields concurrently both keep theirs (of
 * two writes of one field, Yjs's order picks the same one everywhere).
 * Call inside a transaction to send it as one update.
 */
export function writeDeskAuthor(authors: DeskAuthorMap, author: DeskAuthor, fields: readonly DeskAuthorField[] = deskAuthorFields): void {
  const held = authors.get(author.id);
  if (!(held instanceof Y.Map)) {
    const added = new Y.Map<unknown>();
    for (const field of deskAuthorFields) added.set(field, author[field]);
    authors.set(author.id, added);
    return;
  }
  for (const field of fields) if (held.get(field) !== author[field]) held.set(field, author[field]);
}
