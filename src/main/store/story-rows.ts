import type {
  Author,
  Byline,
  LeadImage,
  RelatedLinkInput,
  Story,
  StoryBody,
  StorySummary,
  WorkflowStatus,
} from '../../shared/story/story-schema';

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

export type BylineRow = { author_id: string; name: string; role: string; organisation: string };

export type RelatedRow = {
  target_story_id: string | null;
  url: string | null;
  headline: string | null;
  standfirst: string | null;
  byline: string | null;
  image_url: string | null;
};

export type StorySummaryRow = Pick<
  StoryRow,
  | 'id'
  | 'revision'
  | 'section'
  | 'headline'
  | 'standfirst'
  | 'status'
  | 'word_count'
  | 'created_at'
  | 'content_modified_at'
  | 'modified_at'
  | 'archived_at'
  | 'trashed_at'
> & {
  /** JSON array of byline names in order. */
  byline_names: string;
  last_exported_at: string | null;
  standfirst_snippet?: string | null;
  body_snippet?: string | null;
};

export type AuthorRow = {
  id: string;
  revision: number;
  name: string;
  role: string;
  organisation: string;
  email: string;
  photo_sha256: string | null;
  /** The photo's file extension, from the images table. */
  photo_ext: string | null;
  created_at: string;
  modified_at: string;
};

/** `body`, when given, is the already-parsed body_json (saves parsing a long body again). */
export function storyFromRows(
  row: StoryRow,
  bylines: BylineRow[],
  tags: string[],
  related: RelatedRow[],
  leadImage: LeadImage | null,
  body?: StoryBody | null,
): Story {
  return {
    id: row.id,
    revision: row.revision,
    section: row.section,
    headline: row.headline,
    standfirst: row.standfirst,
    socialHeadline: row.social_headline,
    socialDescription: row.social_description,
    slug: row.slug,
    slugLocked: row.slug_locked === 1,
    status: row.status,
    body: body !== undefined ? body : row.body_json === null ? null : (JSON.parse(row.body_json) as StoryBody),
    authorBio: row.author_bio,
    bylines: bylines.map(bylineFromRow),
    leadImage,
    tags,
    related: related.map(relatedFromRow),
    houseStyleIgnores: JSON.parse(row.house_style_ignores) as Story['houseStyleIgnores'],
    wordCount: row.word_count,
    publishDate: row.publish_date,
    createdAt: row.created_at,
    contentModifiedAt: row.content_modified_at,
    modifiedAt: row.modified_at,
    archivedAt: row.archived_at,
    trashedAt: row.trashed_at,
  };
}

function bylineFromRow(row: BylineRow): Byline {
  return { authorId: row.author_id, name: row.name, role: row.role, organisation: row.organisation };
}

export function relatedFromRow(row: RelatedRow): RelatedLinkInput {
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
    snippet,
  };
}

export function authorFromRow(row: AuthorRow): Author {
  return {
    id: row.id,
    revision: row.revision,
    name: row.name,
    role: row.role,
    organisation: row.organisation,
    email: row.email,
    photo: row.photo_sha256 === null || row.photo_ext === null ? null : { sha256: row.photo_sha256, ext: row.photo_ext },
    createdAt: row.created_at,
    modifiedAt: row.modified_at,
  };
}
