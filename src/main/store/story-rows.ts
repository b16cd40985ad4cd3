import {
  storySchema,
  type Byline,
  type LeadImage,
  type RelatedLinkInput,
  type Story,
  type StorySummary,
} from '../../shared/story/story-schema';
import { snapshotColumnFields, storyColumnFields, type ListedColumn, type StoryRow } from './story-columns';
import type { SnapshotFields } from './story-revisions';

/** The Story's fields in the schema's order, so every story reads back with its keys in one order. */
const STORY_FIELDS = storySchema.keyof().options;

export type BylineRow = { author_id: string; name: string; role: string; organisation: string };

export type RelatedRow = {
  target_story_id: string | null;
  url: string | null;
  headline: string | null;
  standfirst: string | null;
  byline: string | null;
  image_url: string | null;
};

export type StorySummaryRow = Pick<StoryRow, ListedColumn> & {
  /** JSON array of byline names in order. */
  byline_names: string;
  last_exported_at: string | null;
  /** JSON array of the editors who changed it on the desk since it was last opened here; null: none. */
  desk_editors: string | null;
  standfirst_snippet?: string | null;
  body_snippet?: string | null;
};

export function storyFromRows(
  row: StoryRow,
  bylines: BylineRow[],
  tags: string[],
  related: RelatedRow[],
  leadImage: LeadImage | null,
): Story {
  const story: Story = {
    ...storyColumnFields(row),
    bylines: bylines.map(bylineFromRow),
    leadImage,
    tags,
    related: related.map(relatedFromRow),
  };
  return Object.fromEntries(STORY_FIELDS.map((field) => [field, story[field]])) as Story;
}

/** What a kept version holds besides the body (which is spliced in as stored JSON). */
export function snapshotFields(
  row: StoryRow,
  leadImage: LeadImage | null,
  bylines: BylineRow[],
  tags: string[],
  related: RelatedRow[],
): SnapshotFields {
  const { status, ...content } = snapshotColumnFields(row);
  // Status last: the key order is part of a kept version's content hash.
  return { ...content, leadImage, bylines: bylines.map(bylineFromRow), tags, related: related.map(relatedFromRow), status };
}

function bylineFromRow(row: BylineRow): Byline {
  return { authorId: row.author_id, name: row.name, role: row.role, organisation: row.organisation };
}

function relatedFromRow(row: RelatedRow): RelatedLinkInput {
  if (row.target_story_id !== null) return { kind: 'story', storyId: row.target_story_id };
  return {
    kind: 'external',
    url: row.url ?? '',
    headline: row.headline ?? '',
    standfirst: row.standfirst ?? '',
    byline: row.byline ?? '',
    imageUrl: row.image_url ?? '',
  };
}

/** The columns of one related_links row for a link, in insert order. */
export function relatedToRow(link: RelatedLinkInput): RelatedRow {
  if (link.kind === 'story') {
    return { target_story_id: link.storyId, url: null, headline: null, standfirst: null, byline: null, image_url: null };
  }
  return {
    target_story_id: null,
    url: link.url,
    headline: link.headline,
    standfirst: link.standfirst,
    byline: link.byline,
    image_url: link.imageUrl,
  };
}

export function summaryFromRow(row: StorySummaryRow, snippet: string | null): StorySummary {
  const lastExportedAt = row.last_exported_at;
  return {
    id: row.id,
    revision: row.revision,
    section: row.section,
    headline: row.headline,
    standfirst: row.standfirst,
    status: row.status,
    bylineNames: JSON.parse(row.byline_names) as string[],
    wordCount: row.word_count,
    createdAt: row.created_at,
    contentModifiedAt: row.content_modified_at,
    modifiedAt: row.modified_at,
    archivedAt: row.archived_at,
    trashedAt: row.trashed_at,
    lastExportedAt,
    changedSinceExport: lastExportedAt !== null && row.content_modified_at > lastExportedAt,
    changedOnDesk: row.desk_editors === null ? null : { editors: JSON.parse(row.desk_editors) as (string | null)[] },
    snippet,
  };
}
