import type { Migration } from './migration';

/**
 * The first schema: every table a story needs, even those later issues fill.
 *
 * Conventions: entity ids are UUID text; every entity row carries a revision
 * counter and its modified time, and stories are never deleted but emptied to
 * a tombstone, so sharing between editors can be added later. Small columns
 * come first in `stories` so list queries never read past the large text.
 */
export const initialSchema: Migration = {
  version: 1,
  name: 'initial schema',
  up(db) {
    db.exec(`
      CREATE TABLE images (
        sha256 TEXT PRIMARY KEY NOT NULL,
        ext TEXT NOT NULL,
        mime TEXT NOT NULL,
        width INTEGER NOT NULL,
        height INTEGER NOT NULL,
        byte_size INTEGER NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE authors (
        id TEXT PRIMARY KEY NOT NULL,
        revision INTEGER NOT NULL,
        name TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        photo_sha256 TEXT REFERENCES images (sha256),
        created_at TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;

      CREATE TABLE stories (
        id TEXT PRIMARY KEY NOT NULL,
        -- Local key that ties a story to its full-text entry; NULL once deleted. Never leaves the store.
        search_rowid INTEGER UNIQUE,
        revision INTEGER NOT NULL,
        status TEXT CHECK (status IN ('draft', 'in_edit', 'ready')),
        section TEXT NOT NULL DEFAULT '',
        slug TEXT NOT NULL DEFAULT '',
        slug_locked INTEGER NOT NULL DEFAULT 0 CHECK (slug_locked IN (0, 1)),
        word_count INTEGER NOT NULL DEFAULT 0,
        created_at TEXT,
        content_modified_at TEXT,
        modified_at TEXT NOT NULL,
        publish_date TEXT,
        archived_at TEXT,
        trashed_at TEXT,
        deleted_at TEXT,
        -- Kept by the store from the bylines and tags: the first byline's name folded for
        -- sorting (NULL without bylines), and the names and tags as the search index reads them.
        byline_sort_name TEXT,
        search_authors TEXT NOT NULL DEFAULT '',
        search_tags TEXT NOT NULL DEFAULT '',
        headline TEXT NOT NULL DEFAULT '',
        standfirst TEXT NOT NULL DEFAULT '',
        social_headline TEXT NOT NULL DEFAULT '',
        social_description TEXT NOT NULL DEFAULT '',
        -- NULL: generated from the bylines by the bio template.
        author_bio TEXT,
        lead_image_sha256 TEXT REFERENCES images (sha256),
        lead_image_alt TEXT NOT NULL DEFAULT '',
        lead_image_caption TEXT NOT NULL DEFAULT '',
        lead_image_credit TEXT NOT NULL DEFAULT '',
        body_text TEXT NOT NULL DEFAULT '',
        body_json TEXT,
        list_view TEXT GENERATED ALWAYS AS (
          CASE
            WHEN deleted_at IS NOT NULL THEN 'deleted'
            WHEN trashed_at IS NOT NULL THEN 'trash'
            WHEN archived_at IS NOT NULL THEN 'archived'
            ELSE 'active'
          END
        ) VIRTUAL,
        CHECK (deleted_at IS NOT NULL OR (status IS NOT NULL AND created_at IS NOT NULL AND content_modified_at IS NOT NULL))
      ) STRICT;

      -- One index per library sort; each also serves the matching filter.
      CREATE INDEX stories_by_modified ON stories (list_view, modified_at DESC);
      CREATE INDEX stories_by_status ON stories (list_view, status, modified_at DESC);
      CREATE INDEX stories_by_section ON stories (list_view, section, modified_at DESC);
      CREATE INDEX stories_by_author ON stories (list_view, byline_sort_name IS NULL, byline_sort_name, modified_at DESC);
      CREATE INDEX stories_by_slug ON stories (slug) WHERE deleted_at IS NULL;

      CREATE TABLE story_bylines (
        story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        author_id TEXT NOT NULL REFERENCES authors (id),
        role TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (story_id, position)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX story_bylines_by_author ON story_bylines (author_id);

      CREATE TABLE related_links (
        story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        target_story_id TEXT REFERENCES stories (id),
        url TEXT,
        headline TEXT,
        standfirst TEXT,
        byline TEXT,
        image_url TEXT,
        PRIMARY KEY (story_id, position),
        CHECK ((target_story_id IS NULL) != (url IS NULL))
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX related_links_by_target ON related_links (target_story_id) WHERE target_story_id IS NOT NULL;

      CREATE TABLE story_tags (
        story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        tag TEXT NOT NULL,
        PRIMARY KEY (story_id, position)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX story_tags_by_tag ON story_tags (tag COLLATE NOCASE);

      CREATE TABLE export_log (
        id TEXT PRIMARY KEY NOT NULL,
        story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        exported_at TEXT NOT NULL,
        format TEXT NOT NULL,
        destination TEXT NOT NULL,
        story_revision INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX export_log_by_story ON export_log (story_id, exported_at);

      CREATE TABLE revisions (
        id TEXT PRIMARY KEY NOT NULL,
        story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        story_revision INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        reason TEXT NOT NULL,
        snapshot_json TEXT NOT NULL,
        word_count INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX revisions_by_story ON revisions (story_id, created_at);

      -- What search sees of each live story. The full-text index keeps only
      -- tokens and reads text back from here, so bodies are not stored twice.
      -- "facets" turns the library filters into tokens (zviewactive,
      -- zstatusinedit, zsection + hex of the name) so a search filters inside
      -- the index instead of looking up every hit's row.
      CREATE VIEW story_search_source AS
      SELECT id AS story_id, search_rowid, headline, standfirst, body_text AS body,
             search_authors AS authors, search_tags AS tags,
             'zview' || list_view || ' zstatus' || replace(status, '_', '') || ' zsection' || lower(hex(section)) AS facets
        FROM stories
       WHERE deleted_at IS NULL;

      -- No stemming and no prefix indexes: each would roughly double the cost
      -- of re-indexing a long story on every autosave (bench/README.md budgets: 5 ms).
      CREATE VIRTUAL TABLE stories_fts USING fts5 (
        headline, standfirst, body, authors, tags, facets,
        content = 'story_search_source',
        content_rowid = 'search_rowid',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      -- Merge index segments eight at a time rather than FTS5's four: every
      -- autosave re-indexes the story, and merging less often keeps a long
      -- story's save within budget, for a few more segments per search.
      INSERT INTO stories_fts (stories_fts, rank) VALUES ('automerge', 8);
    `);
  },
};
