import { createHash } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { migrateTo, schemaVersionOf } from '../../../src/main/store/migrate';
import { LATEST_SCHEMA_VERSION, migrations } from '../../../src/main/store/migrations';
import { openStore, type Store } from '../../../src/main/store/store';
import { deskAuthorsOf, writeDeskAuthor } from '../../../src/shared/newsroom/desk-authors';
import type { StoryBody } from '../../../src/shared/story/story-schema';
import { checkSearchIndex, dumpDatabase, libraryQuery, makeTempDir, paragraphs, removeTempDir } from './store-fixtures';

/**
 * Data as each schema version's Copydesk wrote it (raw SQL in that version's
 * shape), and what must still be true once the file is upgraded to the latest
 * schema. Adding migration N means adding a fixture for version N, written
 * against the schema as it stands at N; earlier fixtures stay as they are and
 * must still pass after the longer upgrade.
 */
type Fixture = { insert(db: Database.Database): void; check(store: Store): void };

const ids = {
  author: '3a4f6c2e-8d1b-4f5a-9c7e-2b1d0e9f8a71',
  lead: '9b2e4d6f-1a3c-4e5b-8d7f-0c2a4e6b8d91',
  old: 'c5d7e9f1-2b4d-4f6a-8c0e-1d3f5b7d9e02',
  deleted: 'e1f3a5c7-9b2d-4e6f-8a0c-2d4f6b8d0e13',
  revision: '7d9f1b3d-5e7a-4c9b-8d1f-3a5c7e9b1d24',
  laterRevision: '8e0a2c4e-6f8b-4d0c-9e2a-4b6d8f0a2c35',
  mergedAuthor: '4b5a7d3f-9e2c-4a6b-8d8f-3c2e1f0a9b82',
};

/** A kept version as the store writes it: the content fields, body included. */
function snapshotJson(headline: string, body: ReturnType<typeof paragraphs>): string {
  return JSON.stringify({
    section: 'News',
    headline,
    standfirst: 'But crews say corridors are still full.',
    socialHeadline: '',
    socialDescription: '',
    slug: 'handovers-fall',
    slugLocked: true,
    publishDate: null,
    authorBio: null,
    bylines: [],
    tags: ['ambulance'],
    related: [],
    body,
  });
}

const ignores = [
  { ruleId: 'numbers', matchedText: '3', context: { before: 'fell by ', after: ' per cent ov' } },
  { ruleId: 'click-here', matchedText: null, context: null },
];

const leadBody = paragraphs('Handover delays fell by a third over the winter.', 'Crews say the corridor is still full.');

const fixtures: Record<number, Fixture> = {
  // A new, empty file.
  0: {
    insert() {},
    check(store) {
      expect(store.listStories(libraryQuery())).toEqual({ total: 0, rows: [] });
      expect(store.authors.list('')).toEqual([]);
    },
  },
  1: {
    insert(db) {
      db.prepare(
        `INSERT INTO authors (id, revision, name, role, organisation, email, created_at, modified_at)
         VALUES (?, 2, 'Nia Davies', 'Branch chair', 'Coastline Ambulance Service', 'nia@example.org',
                 '2025-01-05T10:00:00.000Z', '2025-02-01T10:00:00.000Z')`,
      ).run(ids.author);
      const insertStory = db.prepare(
        `INSERT INTO stories (id, search_rowid, revision, status, section, slug, slug_locked, word_count, created_at,
                              content_modified_at, modified_at, publish_date, archived_at, byline_sort_name,
                              search_authors, search_tags, headline, standfirst, social_headline, author_bio,
                              body_text, body_json)
         VALUES (@id, @rowid, @revision, @status, @section, @slug, @locked, @words, @created, @created, @modified,
                 @publish, @archived, @sortName, @authors, @tags, @headline, @standfirst, '', @bio, @text, @json)`,
      );
      insertStory.run({
        id: ids.lead,
        rowid: 1,
        revision: 7,
        status: 'ready',
        section: 'News',
        slug: 'handovers-fall',
        locked: 1,
        words: 16,
        created: '2025-02-01T09:00:00.000Z',
        modified: '2025-02-03T09:00:00.000Z',
        publish: '2025-02-04T07:00:00.000Z',
        archived: null,
        sortName: 'nia davies',
        authors: 'Nia Davies',
        tags: 'ambulance\nwinter',
        headline: 'Handover delays fall by a third',
        standfirst: 'But crews say corridors are still full.',
        bio: null,
        text: 'Handover delays fell by a third over the winter.\n\nCrews say the corridor is still full.',
        json: JSON.stringify(leadBody),
      });
      insertStory.run({
        id: ids.old,
        rowid: 2,
        revision: 3,
        status: 'draft',
        section: 'Opinion',
        slug: 'pensions-explained',
        locked: 0,
        words: 0,
        created: '2024-06-01T09:00:00.000Z',
        modified: '2024-06-02T09:00:00.000Z',
        publish: null,
        archived: '2024-07-01T09:00:00.000Z',
        sortName: null,
        authors: '',
        tags: '',
        headline: 'Pensions explained',
        standfirst: '',
        bio: 'Written by the pensions team.',
        text: '',
        json: null,
      });
      db.prepare(
        `INSERT INTO stories (id, revision, modified_at, deleted_at) VALUES (?, 5, '2024-08-01T09:00:00.000Z', '2024-08-01T09:00:00.000Z')`,
      ).run(ids.deleted);
      db.prepare(
        `INSERT INTO story_bylines (story_id, position, author_id, role, organisation)
         VALUES (?, 0, ?, 'Guest writer', 'Coastline Ambulance Service')`,
      ).run(ids.lead, ids.author);
      db.prepare(`INSERT INTO story_tags (story_id, position, tag) VALUES (?, 0, 'ambulance'), (?, 1, 'winter')`).run(
        ids.lead,
        ids.lead,
      );
      db.prepare(
        `INSERT INTO related_links (story_id, position, target_story_id, url, headline, standfirst, byline, image_url)
         VALUES (?, 0, ?, NULL, NULL, NULL, NULL, NULL),
                (?, 1, NULL, 'https://www.example.org/news/winter', 'Winter ahead', '', 'Tom Reid', '')`,
      ).run(ids.lead, ids.old, ids.lead);
      db.prepare(
        `INSERT INTO export_log (id, story_id, exported_at, format, destination, story_revision)
         VALUES ('f0e1d2c3-b4a5-4968-8776-655443322110', ?, '2025-02-02T09:00:00.000Z', 'article', 'clipboard', 6)`,
      ).run(ids.lead);
      db.prepare(
        `INSERT INTO revisions (id, story_id, story_revision, created_at, reason, snapshot_json, word_count)
         VALUES (?, ?, 5, '2025-02-01T12:00:00.000Z', 'interval', ?, 9)`,
      ).run(ids.revision, ids.lead, snapshotJson('Handover delays fall', paragraphs('Handover delays fell over the winter.')));
      db.exec("INSERT INTO stories_fts (stories_fts) VALUES ('rebuild')");
    },
    check(store) {
      expect(store.revisions.list(ids.lead)).toMatchObject([
        { id: ids.revision, storyRevision: 5, reason: 'interval', headline: 'Handover delays fall', wordCount: 9, change: 'First kept version' },
      ]);
      expect(store.revisions.get(ids.revision).snapshot.body).toEqual(paragraphs('Handover delays fell over the winter.'));
      expect(store.getStory(ids.lead)).toEqual({
        id: ids.lead,
        revision: 7,
        section: 'News',
        headline: 'Handover delays fall by a third',
        standfirst: 'But crews say corridors are still full.',
        socialHeadline: '',
        socialDescription: '',
        slug: 'handovers-fall',
        slugLocked: true,
        status: 'ready',
        body: leadBody,
        authorBio: null,
        bylines: [
          { authorId: ids.author, name: 'Nia Davies', role: 'Guest writer', organisation: 'Coastline Ambulance Service' },
        ],
        leadImage: null,
        tags: ['ambulance', 'winter'],
        related: [
          { kind: 'story', storyId: ids.old },
          {
            kind: 'external',
            url: 'https://www.example.org/news/winter',
            headline: 'Winter ahead',
            standfirst: '',
            byline: 'Tom Reid',
            imageUrl: '',
          },
        ],
        houseStyleIgnores: [],
        wordCount: 16,
        publishDate: '2025-02-04T07:00:00.000Z',
        createdAt: '2025-02-01T09:00:00.000Z',
        contentModifiedAt: '2025-02-01T09:00:00.000Z',
        modifiedAt: '2025-02-03T09:00:00.000Z',
        archivedAt: null,
        trashedAt: null,
      });
      expect(store.getStory(ids.old)).toMatchObject({ archivedAt: '2024-07-01T09:00:00.000Z', authorBio: 'Written by the pensions team.' });
      expect(() => store.getStory(ids.deleted)).toThrow(/No story with id/);
      expect(store.listStories(libraryQuery())).toMatchObject({
        total: 1,
        rows: [{ id: ids.lead, bylineNames: ['Nia Davies'], lastExportedAt: '2025-02-02T09:00:00.000Z', changedSinceExport: false }],
      });
      expect(store.listStories(libraryQuery({ view: 'archived' })).rows.map((row) => row.id)).toEqual([ids.old]);
      expect(store.listStories(libraryQuery({ query: 'corridor davies' })).rows.map((row) => row.id)).toEqual([ids.lead]);
      expect(store.authors.list('nia')).toMatchObject([{ id: ids.author, revision: 2 }]);
    },
  },
  2: {
    insert(db) {
      fixtures[1]!.insert(db);
      db.prepare(
        `INSERT INTO revisions (id, story_id, story_revision, created_at, reason, snapshot_json, word_count, headline,
                                content_hash, previous_id, words_added, words_removed)
         VALUES (?, ?, 6, '2025-02-02T12:00:00.000Z', 'export', ?, 16, 'Handover delays fall by a third', 'x', ?, 9, 2)`,
      ).run(ids.laterRevision, ids.lead, snapshotJson('Handover delays fall by a third', leadBody), ids.revision);
    },
    check(store) {
      expect(store.revisions.list(ids.lead).map((revision) => [revision.id, revision.change])).toEqual([
        [ids.laterRevision, '+9 / −2 words'],
        [ids.revision, 'First kept version'],
      ]);
      const story = store.getStory(ids.lead);
      const restored = store.revisions.restore(ids.lead, ids.revision, story.revision);
      expect(restored).toMatchObject({ headline: 'Handover delays fall', revision: story.revision + 1 });
    },
  },
  3: {
    insert(db) {
      fixtures[2]!.insert(db);
      db.prepare('UPDATE stories SET house_style_ignores = ? WHERE id = ?').run(JSON.stringify(ignores), ids.lead);
    },
    check(store) {
      const story = store.getStory(ids.lead);
      expect(story.houseStyleIgnores).toEqual(ignores);
      expect(store.getStory(ids.old).houseStyleIgnores).toEqual([]);
      // A later save of other fields keeps them; a save of the ignores alone is stored without touching the content date.
      const saved = store.saveStory(ids.lead, story.revision, { headline: 'Handover delays fall by a third again' });
      expect(store.getStory(ids.lead).houseStyleIgnores).toEqual(ignores);
      const cleared = store.saveStory(ids.lead, saved.revision, { houseStyleIgnores: [] });
      expect(cleared).toMatchObject({ contentModifiedAt: saved.contentModifiedAt, revision: saved.revision + 1 });
      expect(store.getStory(ids.lead).houseStyleIgnores).toEqual([]);
    },
  },
  4: {
    insert(db) {
      fixtures[3]!.insert(db);
      db.prepare(
        `INSERT INTO export_log (id, story_id, exported_at, format, destination, story_revision, slug)
         VALUES ('a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', ?, '2025-02-03T10:00:00.000Z', 'page', '/exports/a.html', 7, 'handovers-fall-winter')`,
      ).run(ids.lead);
    },
    check(store) {
      expect(store.checkSlug(ids.lead, 'handovers-fall')).toEqual({ available: true, takenBy: null, exportedAs: 'handovers-fall-winter' });
      expect(store.checkSlug(ids.old, 'handovers-fall')).toEqual({
        available: false,
        takenBy: { id: ids.lead, headline: 'Handover delays fall by a third' },
        exportedAs: null,
      });
      store.logExport({ storyId: ids.lead, format: 'article', destination: 'clipboard' });
      expect(store.checkSlug(ids.lead, 'handovers-fall').exportedAs).toBe('handovers-fall');
    },
  },
  5: {
    insert(db) {
      fixtures[4]!.insert(db);
      // Version 5 keeps the hashes of each live story's body and text beside them.
      const rows = db.prepare('SELECT id, body_json, body_text FROM stories WHERE deleted_at IS NULL').all() as {
        id: string;
        body_json: string | null;
        body_text: string;
      }[];
      const setHashes = db.prepare('UPDATE stories SET body_sha256 = ?, body_text_sha256 = ? WHERE id = ?');
      for (const row of rows) setHashes.run(row.body_json === null ? null : sha256(row.body_json), sha256(row.body_text), row.id);
    },
    check(store) {
      // The same body again is no change; a new one is, and is found by its words.
      const story = store.getStory(ids.lead);
      expect(store.saveStory(ids.lead, story.revision, { body: leadBody }).revision).toBe(story.revision);
      const saved = store.saveStory(ids.lead, story.revision, { body: paragraphs('Handover delays fell by a half.') });
      expect(saved).toMatchObject({ revision: story.revision + 1, wordCount: 6 });
      expect(store.listStories(libraryQuery({ query: 'half' })).rows.map((row) => row.id)).toEqual([ids.lead]);
    },
  },
  6: {
    insert(db) {
      fixtures[5]!.insert(db);
      // Version 6 keeps the house dictionary: here an editor has removed one acronym and added two words.
      db.prepare("DELETE FROM house_words WHERE word = 'CSU'").run();
      db.prepare(
        `INSERT INTO house_words (word, source, added_at)
         VALUES ('St Thomas’', 'editor', '2026-01-10T10:00:00.000Z'), ('arrhythmia', 'editor', '2026-01-11T10:00:00.000Z')`,
      ).run();
    },
    check(store) {
      expect(store.houseWords.list().map((entry) => [entry.word, entry.source])).toEqual([
        ['arrhythmia', 'editor'],
        ['ICB', 'default'],
        ['ICBs', 'default'],
        ['MiP', 'default'],
        ['MPs', 'default'],
        ['NHS', 'default'],
        ['St Thomas’', 'editor'],
      ]);
      expect(store.houseWords.add('CSU', 'editor')).toMatchObject({ added: true, word: { word: 'CSU', source: 'editor', addedAt: '2026-03-02T09:00:00.000Z' } });
    },
  },
  7: {
    insert(db) {
      fixtures[6]!.insert(db);
      // Version 7 keeps each story's Yjs updates: here two edits of the lead story's shared headline.
      const insert = db.prepare('INSERT INTO story_updates (story_id, seq, update_bytes, stored_at) VALUES (?, ?, ?, ?)');
      headlineUpdates().forEach((update, i) => insert.run(ids.lead, i + 1, update, '2026-01-12T10:00:00.000Z'));
    },
    check(store) {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, store.documents.state(ids.lead)!);
      expect(doc.getText('headline').toString()).toBe('Handover delays fall sharply');
      expect(store.documents.appendUpdate(ids.lead, Y.encodeStateAsUpdate(new Y.Doc()))).toBe(3);
    },
  },
  8: {
    insert(db) {
      fixtures[7]!.insert(db);
      // Version 8 keeps the desk joined and how far each story's updates are on the server: here the first of two.
      db.prepare(
        `INSERT INTO desk_membership (id, server_url, token, joined_at, last_synced_at)
         VALUES (1, 'wss://desk.example.org', 'secret-token', '2026-01-12T09:00:00.000Z', '2026-01-12T10:00:00.000Z')`,
      ).run();
      db.prepare('INSERT INTO story_sync (story_id, acknowledged_seq) VALUES (?, 1)').run(ids.lead);
    },
    check(store) {
      expect(store.desk.membership()).toEqual({
        serverUrl: 'wss://desk.example.org',
        token: 'secret-token',
        joinedAt: '2026-01-12T09:00:00.000Z',
        lastSyncedAt: '2026-01-12T10:00:00.000Z',
      });
      expect(store.desk.updatesWaiting()).toEqual([{ storyId: ids.lead, waiting: 1 }]);
      store.desk.acknowledgeUpdates(ids.lead, 2);
      expect(store.desk.updatesWaiting()).toEqual([]);
    },
  },
  9: {
    insert(db) {
      fixtures[8]!.insert(db);
      // Version 9 keeps the editor's name on the desk, who changed a kept version, and the stories changed by others.
      db.prepare("UPDATE desk_membership SET editor_name = 'Nia Davies'").run();
      db.prepare('UPDATE revisions SET desk_changes = ? WHERE id = ?').run(JSON.stringify([{ editor: 'Jane Smith', parts: ['headline'] }]), ids.revision);
      db.prepare('INSERT INTO story_desk_marks (story_id, editors, changed_at) VALUES (?, ?, ?)').run(ids.lead, JSON.stringify(['Jane Smith']), '2026-01-12T10:00:00.000Z');
    },
    check(store) {
      fixtures[8]!.check(store);
      expect(store.desk.editorName()).toBe('Nia Davies');
      expect(store.revisions.list(ids.lead).find((kept) => kept.id === ids.revision)?.deskChanges).toEqual([{ editor: 'Jane Smith', parts: ['headline'] }]);
      expect(store.listStories(libraryQuery()).rows.find((row) => row.id === ids.lead)?.changedOnDesk).toEqual({ editors: ['Jane Smith'] });
      expect(store.desk.markStoryOpened(ids.lead)).toBe(true);
      expect(store.listStories(libraryQuery()).rows.find((row) => row.id === ids.lead)?.changedOnDesk).toBeNull();
    },
  },
  10: {
    insert(db) {
      fixtures[9]!.insert(db);
      // Version 10 keeps which author an author merged away went into.
      db.prepare(
        `INSERT INTO authors (id, revision, name, role, organisation, email, created_at, modified_at, deleted_at, merged_into)
         VALUES (?, 2, 'N. Davies', '', '', '', '2025-01-05T10:00:00.000Z', '2025-02-01T10:00:00.000Z', '2025-02-01T10:00:00.000Z', ?)`,
      ).run(ids.mergedAuthor, ids.author);
    },
    check(store) {
      fixtures[9]!.check(store);
      expect(store.authors.forDesk().find((author) => author.id === ids.mergedAuthor)).toMatchObject({ deletedAt: '2025-02-01T10:00:00.000Z', mergedInto: ids.author });
      expect(store.authors.forDesk().find((author) => author.id === ids.author)?.mergedInto).toBeNull();
    },
  },
  11: {
    insert(db) {
      fixtures[10]!.insert(db);
      // Version 11 keeps the profile's copy of the newsroom document: here one update, the desk's author with a new role, on the server.
      db.prepare('INSERT INTO desk_document_updates (document, seq, update_bytes, stored_at) VALUES (?, 1, ?, ?)').run(
        'newsroom',
        newsroomWithAuthor(),
        '2026-01-12T10:00:00.000Z',
      );
      db.prepare("INSERT INTO desk_document_sync (document, acknowledged_seq) VALUES ('newsroom', 1)").run();
    },
    check(store) {
      fixtures[10]!.check(store);
      expect(store.authors.deskDocumentSeq()).toBe(1);
      expect(store.desk.newsroomUpdatesWaiting()).toBe(0);
      expect(store.authors.applyDeskDocument()).toEqual({ written: [ids.author], lackingPhotos: [] });
      expect(store.authors.get(ids.author).author).toMatchObject({ name: 'Nia Davies', role: 'Union convenor' });
      // An edit here goes into the copy, after the update kept.
      store.authors.update(ids.author, store.authors.get(ids.author).author.revision, { role: 'Branch chair' });
      expect(store.authors.deskDocumentSeq()).toBe(2);
      expect(store.desk.newsroomUpdatesWaiting()).toBe(1);
    },
  },
};

/** The newsroom document as a desk held it: the fixtures' author, their role changed on another profile. */
function newsroomWithAuthor(): Uint8Array {
  const doc = new Y.Doc();
  writeDeskAuthor(deskAuthorsOf(doc), {
    id: ids.author,
    name: 'Nia Davies',
    role: 'Union convenor',
    organisation: 'Coastline Ambulance Service',
    email: 'nia@example.org',
    photoSha256: null,
    createdAt: '2025-01-05T10:00:00.000Z',
    modifiedAt: '2026-01-12T10:00:00.000Z',
    deletedAt: null,
    mergedInto: null,
  });
  return Y.encodeStateAsUpdate(doc);
}

/** Two Yjs updates of a shared headline: typed, then a word added. */
function headlineUpdates(): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  doc.getText('headline').insert(0, 'Handover delays fall');
  doc.getText('headline').insert(20, ' sharply');
  return updates;
}

/** The acronyms the house style names, as every profile starts with them. */
const SEEDED_HOUSE_WORDS = ['CSU', 'ICB', 'ICBs', 'MiP', 'MPs', 'NHS'];

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeTempDir(dir);
});

describe('schema migrations', () => {
  it('are numbered 1, 2, 3 … with no gaps', () => {
    expect(migrations.map((migration) => migration.version)).toEqual(migrations.map((_, index) => index + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(migrations.length);
  });

  it('have a data fixture for every version a file can be upgraded from', () => {
    for (let version = 0; version <= LATEST_SCHEMA_VERSION; version += 1) {
      expect(fixtures[version], `fixture for schema ${version}`).toBeDefined();
    }
  });

  // Every earlier version, and the latest itself, which proves the fixture against today's store.
  const versions = Array.from({ length: LATEST_SCHEMA_VERSION + 1 }, (_, version) => version);
  it.each(versions)('upgrade a file at schema %i with data in it, keeping the data', (version) => {
    const file = join(dir, 'copydesk.db');
    const old = new Database(file);
    old.pragma('journal_mode = WAL');
    old.pragma('foreign_keys = ON');
    expect(migrateTo(old, version)).toBe(version);
    fixtures[version]!.insert(old);
    old.close();

    const store = openStore({ file, Database, now: () => new Date('2026-03-02T09:00:00.000Z') });
    try {
      expect(store.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
      fixtures[version]!.check(store);
      checkSearchIndex(file);
      // And the upgraded file takes new work.
      const story = store.createStory({ section: 'News', headline: 'Written after the upgrade' });
      store.saveStory(story.id, story.revision, { body: paragraphs('Freshly indexed words.') });
      expect(store.listStories(libraryQuery({ query: 'freshly' })).total).toBe(1);
      checkSearchIndex(file);
    } finally {
      store.close();
    }
  });

  it.each(versions.filter((version) => version < 6))(
    'give a file at schema %i the house dictionary with the house acronyms, plurals included',
    (version) => {
      const file = join(dir, 'copydesk.db');
      const old = new Database(file);
      migrateTo(old, version);
      fixtures[version]!.insert(old);
      old.close();

      const before = Date.now();
      const store = openStore({ file, Database });
      try {
        const words = store.houseWords.list();
        expect(words.map((entry) => entry.word)).toEqual(SEEDED_HOUSE_WORDS);
        for (const entry of words) {
          expect(entry.source).toBe('default');
          expect(Date.parse(entry.addedAt)).toBeGreaterThanOrEqual(before - 1_000);
        }
      } finally {
        store.close();
      }
    },
  );

  it('fill in the slug of earlier exports where it is certain: the story or a kept version at the exported revision', () => {
    const file = join(dir, 'copydesk.db');
    const old = new Database(file);
    migrateTo(old, 3);
    fixtures[3]!.insert(old);
    const logged = old.prepare(
      `INSERT INTO export_log (id, story_id, exported_at, format, destination, story_revision) VALUES (?, ?, ?, 'page', 'clipboard', ?)`,
    );
    // Fixture 1 logged revision 6 (a kept version has it); the story is at revision 7; nothing tells the slug of revision 2.
    logged.run('b1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', ids.lead, '2025-02-01T09:00:00.000Z', 2);
    logged.run('c1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', ids.lead, '2025-02-03T09:30:00.000Z', 7);
    old.close();

    const store = openStore({ file, Database });
    try {
      expect(store.checkSlug(ids.lead, 'other').exportedAs).toBe('handovers-fall');
    } finally {
      store.close();
    }
    const db = new Database(file, { readonly: true });
    try {
      expect(db.prepare('SELECT story_revision, slug FROM export_log ORDER BY exported_at').all()).toEqual([
        { story_revision: 2, slug: null },
        { story_revision: 6, slug: 'handovers-fall' },
        { story_revision: 7, slug: 'handovers-fall' },
      ]);
    } finally {
      db.close();
    }
  });

  it('keep the hashes of every live story’s body and text, so an unchanged body saves nothing and a changed one is indexed', () => {
    const file = join(dir, 'copydesk.db');
    const old = new Database(file);
    migrateTo(old, 4);
    fixtures[4]!.insert(old);
    old.close();

    const store = openStore({ file, Database });
    try {
      for (const id of [ids.lead, ids.old]) {
        const story = store.getStory(id);
        expect(store.saveStory(id, story.revision, { body: story.body }).revision, id).toBe(story.revision);
      }
      const lead = store.getStory(ids.lead);
      // The same words in italics: a new revision, but the words (and the count) stay as indexed.
      const [paragraph] = leadBody.root.children;
      const italic = { ...paragraph, children: [{ ...(paragraph!.children as object[])[0], format: 2 }] };
      const restyled = { root: { ...leadBody.root, children: [italic, ...leadBody.root.children.slice(1)] } } as StoryBody;
      expect(store.saveStory(ids.lead, lead.revision, { body: restyled })).toMatchObject({ revision: lead.revision + 1, wordCount: 16 });
    } finally {
      store.close();
    }
    const db = new Database(file, { readonly: true });
    try {
      const rows = db.prepare('SELECT id, body_json, body_text, body_sha256, body_text_sha256 FROM stories ORDER BY id').all() as Record<
        string,
        string | null
      >[];
      expect(rows.map((row) => [row.id, row.body_sha256, row.body_text_sha256])).toEqual(
        rows.map((row) =>
          row.id === ids.deleted
            ? [row.id, null, null]
            : [row.id, row.body_json === null ? null : sha256(row.body_json!), sha256(row.body_text!)],
        ),
      );
    } finally {
      db.close();
    }
  });

  it('leave a file with data in it as it was, and still upgradable, when a step fails half-way', () => {
    const file = join(dir, 'copydesk.db');
    const old = new Database(file);
    old.pragma('journal_mode = WAL');
    migrateTo(old, 1);
    fixtures[1]!.insert(old);
    old.close();
    const before = dumpDatabase(file);

    const db = new Database(file);
    const failing = {
      version: 2,
      name: 'a step that fails half-way',
      up(target: Database.Database) {
        target.exec("ALTER TABLE revisions ADD COLUMN headline TEXT NOT NULL DEFAULT ''; DELETE FROM revisions;");
        throw new Error('disk full');
      },
    };
    expect(() => migrateTo(db, 2, [migrations[0]!, failing])).toThrow('disk full');
    db.close();
    expect(dumpDatabase(file)).toBe(before);

    const store = openStore({ file, Database });
    try {
      expect(store.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
      fixtures[1]!.check(store);
    } finally {
      store.close();
    }
  });

  it('undo a step that fails, leaving the file at the step before', () => {
    const db = new Database(join(dir, 'copydesk.db'));
    try {
      const failing = {
        version: 2,
        name: 'a step that fails half-way',
        up(target: Database.Database) {
          target.exec('CREATE TABLE half_done (id TEXT)');
          throw new Error('disk full');
        },
      };
      expect(() => migrateTo(db, 2, [migrations[0]!, failing])).toThrow('disk full');
      expect(schemaVersionOf(db)).toBe(1);
      expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'").pluck().get()).toBe(0);
      expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'stories'").pluck().get()).toBe(1);
    } finally {
      db.close();
    }
  });
});
