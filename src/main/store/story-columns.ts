import type { Story, StoryBody, StoryChanges } from '../../shared/story/story-schema';
import type { WorkflowStatus } from '../../shared/story/story-constants';
import { EMPTY_TEXT_HASH } from './content-hash';

/** A live row of `stories` as the store reads it (tombstones are never mapped). */
export type StoryRow = {
  id: string;
  revision: number;
  status: WorkflowStatus;
  section: string;
  slug: string;
  slug_locked: 0 | 1;
  word_count: number;
  created_at: string;
  content_modified_at: string;
  modified_at: string;
  publish_date: string | null;
  archived_at: string | null;
  trashed_at: string | null;
  deleted_at: string | null;
  headline: string;
  standfirst: string;
  social_headline: string;
  social_description: string;
  author_bio: string | null;
  /** The lead image's file (NULL: none) and its words; the file's type and size are in the images table. */
  lead_image_sha256: string | null;
  lead_image_alt: string;
  lead_image_caption: string;
  lead_image_credit: string;
  body_json: string | null;
  /** JSON array of the story's house-style ignores. */
  house_style_ignores: string;
};

/** Columns the store keeps for itself (search and sorting); never read into a StoryRow. */
type KeptColumn = 'search_rowid' | 'byline_sort_name' | 'search_authors' | 'search_tags' | 'body_text' | BodyHashColumn;

/** The SHA-256 of body_json (NULL with it) and of body_text: what a save compares instead of the bodies; NULL in a tombstone. */
type BodyHashColumn = 'body_sha256' | 'body_text_sha256';

/** A live row as a save reads it: the body's hashes instead of the body, which may be long. */
export type SaveRow = Omit<StoryRow, 'body_json'> & { body_sha256: string | null; body_text_sha256: string };

/**
 * How the store handles one column of `stories`. Every statement that reads
 * or writes whole story rows is built from STORY_COLUMNS, so a new column is
 * added in one place, and must say there what a duplicate and a deletion for
 * good do with it.
 */
type StoryColumn = {
  /** The Story field it is read into. Absent: the store's own, or part of a field read from a join (the lead image). */
  field?: keyof Story;
  /** The field's value from the stored one, when they differ (a flag, JSON). */
  fromColumn?: (value: never) => unknown;
  /** The stored value of a changed `field`, when they differ. */
  toColumn?: (value: never) => unknown;
  /** In StoryRow, so every read of a story selects it; false for the store's own columns. */
  read: boolean;
  /**
   * Written by a save: taken from the change of `field` (`change`), worked out
   * from the changes by the save (`derived`: slug, lead image), stamped by the
   * save (`stamp`: word count and times), or written with its hash only when
   * that hash differs (`hashed`: the body, which a save never reads).
   */
  saved?: 'change' | 'derived' | 'stamp' | 'hashed';
  /** A change of it is a change of the story's content (not so the workflow status, the slug lock or the ignores). */
  content?: true;
  /** Kept in a revision snapshot. */
  snapshot?: true;
  /** In a library row (StorySummaryRow). */
  listed?: true;
  /** Its value in a new story (SQL over the insert's parameters); absent: the column's default. */
  created?: string;
  /** Its value in a duplicate (SQL over the source row and the parameters); absent: the source's value, `null`: the column's default. */
  duplicated?: string | null;
  /** Its value once the story is deleted for good; absent: kept (the id only). */
  purged?: string;
};

const NEXT_SEARCH_ROWID = '(SELECT coalesce(max(search_rowid), 0) + 1 FROM stories)';
const flag = (value: 0 | 1): boolean => value === 1;

/** The columns of `stories` (but the generated list_view), in snapshot order where that matters. */
export const STORY_COLUMNS = {
  id: { field: 'id', read: true, listed: true, created: '@id', duplicated: '@id' },
  search_rowid: { read: false, created: NEXT_SEARCH_ROWID, duplicated: NEXT_SEARCH_ROWID, purged: 'NULL' },
  revision: { field: 'revision', read: true, listed: true, created: '1', duplicated: '1', purged: 'revision + 1' },
  section: { field: 'section', read: true, saved: 'change', content: true, snapshot: true, listed: true, created: '@section', purged: "''" },
  headline: { field: 'headline', read: true, saved: 'change', content: true, snapshot: true, listed: true, created: '@headline', purged: "''" },
  standfirst: { field: 'standfirst', read: true, saved: 'change', content: true, snapshot: true, listed: true, created: '@standfirst', purged: "''" },
  social_headline: { field: 'socialHeadline', read: true, saved: 'change', content: true, snapshot: true, purged: "''" },
  social_description: { field: 'socialDescription', read: true, saved: 'change', content: true, snapshot: true, purged: "''" },
  slug: { field: 'slug', read: true, saved: 'derived', content: true, snapshot: true, created: '@slug', duplicated: '@slug', purged: "''" },
  slug_locked: { field: 'slugLocked', fromColumn: flag, read: true, saved: 'derived', snapshot: true, duplicated: null, purged: '0' },
  publish_date: { field: 'publishDate', read: true, saved: 'change', content: true, snapshot: true, duplicated: null, purged: 'NULL' },
  author_bio: { field: 'authorBio', read: true, saved: 'change', content: true, snapshot: true, purged: 'NULL' },
  status: { field: 'status', read: true, saved: 'change', snapshot: true, listed: true, created: "'draft'", duplicated: "'draft'", purged: 'NULL' },
  word_count: { field: 'wordCount', read: true, saved: 'stamp', listed: true, purged: '0' },
  created_at: { field: 'createdAt', read: true, listed: true, created: '@now', duplicated: '@now', purged: 'NULL' },
  content_modified_at: { field: 'contentModifiedAt', read: true, saved: 'stamp', listed: true, created: '@now', duplicated: '@now', purged: 'NULL' },
  modified_at: { field: 'modifiedAt', read: true, saved: 'stamp', listed: true, created: '@now', duplicated: '@now', purged: '@now' },
  archived_at: { field: 'archivedAt', read: true, listed: true, duplicated: null, purged: 'NULL' },
  trashed_at: { field: 'trashedAt', read: true, listed: true, duplicated: null, purged: 'NULL' },
  deleted_at: { read: true, duplicated: null, purged: '@now' },
  byline_sort_name: { read: false, purged: 'NULL' },
  search_authors: { read: false, purged: "''" },
  search_tags: { read: false, purged: "''" },
  lead_image_sha256: { read: true, saved: 'derived', content: true, purged: 'NULL' },
  lead_image_alt: { read: true, saved: 'derived', content: true, purged: "''" },
  lead_image_caption: { read: true, saved: 'derived', content: true, purged: "''" },
  lead_image_credit: { read: true, saved: 'derived', content: true, purged: "''" },
  body_text: { read: false, purged: "''" },
  body_text_sha256: { read: false, created: `'${EMPTY_TEXT_HASH}'`, purged: 'NULL' },
  body_sha256: { read: false, purged: 'NULL' },
  body_json: {
    field: 'body',
    fromColumn: (json: string | null) => (json === null ? null : (JSON.parse(json) as StoryBody)),
    read: true,
    saved: 'hashed',
    content: true,
    purged: 'NULL',
  },
  house_style_ignores: {
    field: 'houseStyleIgnores',
    fromColumn: (json: string) => JSON.parse(json) as unknown,
    toColumn: (ignores: Story['houseStyleIgnores']) => JSON.stringify(ignores),
    read: true,
    saved: 'change',
    purged: "'[]'",
  },
} as const satisfies { [C in keyof StoryRow]: StoryColumn & { read: true } } & {
  [C in KeptColumn]: StoryColumn & { read: false };
};

type ColumnTable = typeof STORY_COLUMNS;
type ColumnWhere<P extends string> = {
  [C in keyof ColumnTable]: ColumnTable[C] extends Record<P, unknown> ? C : never;
}[keyof ColumnTable];

type ColumnSavedAs<S> = {
  [C in keyof ColumnTable]: ColumnTable[C] extends { saved: S } ? C : never;
}[keyof ColumnTable];

/** The columns of a library row. */
export type ListedColumn = ColumnWhere<'listed'>;

/** The stored form of everything a save can change (all it writes but the body, the word count and times). */
export type SavedState = Pick<StoryRow, ColumnSavedAs<'change' | 'derived'>>;

type StoryColumnName = keyof ColumnTable;

const columnsWhere = (keep: (column: StoryColumn) => boolean): StoryColumnName[] =>
  (Object.keys(STORY_COLUMNS) as StoryColumnName[]).filter((name) => keep(STORY_COLUMNS[name]));

/** The columns a save compares by value to tell whether the story's content changed (the body goes by its hash). */
export const CONTENT_COLUMNS = columnsWhere((column) => column.content === true && column.saved !== 'hashed') as Exclude<
  ColumnWhere<'content'>,
  'body_json'
>[];

/** The SELECT list of a whole story row. */
export const STORY_ROW_SELECT = columnsWhere((column) => column.read).join(', ');

const BODY_HASH_COLUMNS: BodyHashColumn[] = ['body_sha256', 'body_text_sha256'];

/** The SELECT list of a SaveRow. */
export const SAVE_ROW_SELECT = [...columnsWhere((column) => column.read && column.saved !== 'hashed'), ...BODY_HASH_COLUMNS].join(', ');

/** The SELECT list of a library row's own columns, each prefixed with `alias.` */
export function listedColumns(alias: string): string {
  return columnsWhere((column) => column.listed === true)
    .map((name) => `${alias}.${name}`)
    .join(', ');
}

/** INSERT of a new story from @id, @section, @headline, @standfirst, @slug and @now. */
export const INSERT_STORY_SQL = (() => {
  const names = columnsWhere((column) => column.created !== undefined);
  const values = names.map((name) => (STORY_COLUMNS[name] as StoryColumn).created);
  return `INSERT INTO stories (${names.join(', ')}) VALUES (${values.join(', ')})`;
})();

/** INSERT of a copy of story @sourceId as @id, under @slug, at @now. */
export const DUPLICATE_STORY_SQL = (() => {
  const names = columnsWhere((column) => column.duplicated !== null);
  const values = names.map((name) => (STORY_COLUMNS[name] as StoryColumn).duplicated ?? name);
  return `INSERT INTO stories (${names.join(', ')}) SELECT ${values.join(', ')} FROM stories WHERE id = @sourceId`;
})();

/**
 * UPDATE of every column a save writes, from parameters named like the
 * columns. The body and its text are written with their hashes, and only when
 * given: @body_given 0 keeps the stored body, @body_text NULL the stored text.
 */
export const SAVE_STORY_SQL = (() => {
  const sets = [
    ...columnsWhere((column) => column.saved !== undefined && column.saved !== 'hashed').map((name) => `${name} = @${name}`),
    'revision = @revision',
    'body_json = iif(@body_given, @body_json, body_json)',
    'body_sha256 = iif(@body_given, @body_sha256, body_sha256)',
    'body_text = coalesce(@body_text, body_text)',
    'body_text_sha256 = coalesce(@body_text_sha256, body_text_sha256)',
  ];
  return `UPDATE stories SET ${sets.join(', ')} WHERE id = @id`;
})();

/** UPDATE that empties story @id into a tombstone at @now: only its id, revision and times are left. */
export const PURGE_STORY_SQL = (() => {
  const sets = columnsWhere((column) => column.purged !== undefined).map(
    (name) => `${name} = ${(STORY_COLUMNS[name] as StoryColumn).purged}`,
  );
  return `UPDATE stories SET ${sets.join(', ')} WHERE id = @id`;
})();

type FieldOf<C> = C extends { field: infer F } ? F : never;

/** The Story fields read straight from a row's columns. */
type StoryColumnFields = Pick<Story, FieldOf<ColumnTable[keyof ColumnTable]>>;

const FIELD_COLUMNS = columnsWhere((column) => column.read && column.field !== undefined) as (keyof StoryRow)[];
const SNAPSHOT_COLUMNS = columnsWhere((column) => column.snapshot === true) as (keyof StoryRow)[];

/** The row's columns as Story fields. */
export function storyColumnFields(row: StoryRow): StoryColumnFields {
  const fields: Record<string, unknown> = {};
  for (const name of FIELD_COLUMNS) fields[fieldOf(name)] = fieldValue(row, name);
  return fields as StoryColumnFields;
}

/** The row's snapshot columns as Story fields, in table order (the order is part of a kept version's content hash). */
export function snapshotColumnFields(row: StoryRow): Pick<StoryColumnFields, FieldOf<ColumnTable[ColumnWhere<'snapshot'>]>> {
  return Object.fromEntries(SNAPSHOT_COLUMNS.map((name) => [fieldOf(name), fieldValue(row, name)])) as never;
}

function fieldOf(name: keyof StoryRow): keyof Story {
  return (STORY_COLUMNS[name] as StoryColumn).field!;
}

function fieldValue(row: StoryRow, name: keyof StoryRow): unknown {
  const { fromColumn } = STORY_COLUMNS[name] as StoryColumn;
  return fromColumn === undefined ? row[name] : (fromColumn as (value: unknown) => unknown)(row[name]);
}

const CHANGE_COLUMNS = columnsWhere((column) => column.saved === 'change') as ColumnSavedAs<'change'>[];

/** The columns a save takes straight from its changes, as they will be stored (a field left out keeps the row's value). */
export function changedColumns(row: SaveRow, changes: StoryChanges): Pick<StoryRow, ColumnSavedAs<'change'>> {
  const columns: Record<string, unknown> = {};
  for (const name of CHANGE_COLUMNS) {
    const { toColumn } = STORY_COLUMNS[name] as StoryColumn;
    const value = changes[fieldOf(name) as keyof StoryChanges];
    columns[name] = value === undefined ? row[name] : toColumn === undefined ? value : (toColumn as (value: unknown) => unknown)(value);
  }
  return columns as Pick<StoryRow, ColumnSavedAs<'change'>>;
}
