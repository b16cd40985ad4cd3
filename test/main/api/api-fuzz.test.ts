import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import defaultSettingsJson from '../../../resources/default-settings.json';
import { createApiService, type ApiService } from '../../../src/main/api/api-service';
import type { Store } from '../../../src/main/store/store';
import type { ApiResult } from '../../../src/shared/api/api-error';
import { operationNames, type OperationName } from '../../../src/shared/api/contract';
import { INPUT_LIMITS, inputLimitMessage, type InputLimit } from '../../../src/shared/api/input-limits';
import { settingsSchema } from '../../../src/shared/settings/settings-schema';
import { dumpDatabase, makeTempDir, openTestStore, paragraphs, removeTempDir } from '../store/store-fixtures';

/**
 * Random and hostile payloads for every API operation (every call
 * is validated; bad input gets a clear error and the store is unchanged).
 * COPYDESK_FUZZ_CASES sets how many payloads in all (npm run test:fuzz runs
 * 5,000); COPYDESK_FUZZ_SEED replays a run.
 */
const CASES = Number(process.env.COPYDESK_FUZZ_CASES ?? 1000);
const SEED = Number(process.env.COPYDESK_FUZZ_SEED ?? Date.now() % 1_000_000);

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function nested(depth: number, leaf: unknown, asArray: boolean): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i += 1) value = asArray ? [value] : { a: value };
  return value;
}

/** Inputs just over each of the API's limits, made once (they are large) and reused. */
const overLimits: Record<InputLimit, unknown> = {
  depth: nested(INPUT_LIMITS.depth + 1, 'deep', true),
  textLength: 'x'.repeat(INPUT_LIMITS.textLength + 1),
  listItems: Array.from({ length: INPUT_LIMITS.listItems + 1 }, (_, i) => i),
  objectFields: Object.fromEntries(Array.from({ length: INPUT_LIMITS.objectFields + 1 }, (_, i) => [`field${i}`, i])),
  totalBytes: Array.from({ length: 3 }, () => 'y'.repeat(INPUT_LIMITS.totalBytes / 3)),
};

/** Values no operation should trip over. */
const hostileValues: (() => unknown)[] = [
  () => undefined,
  () => null,
  () => true,
  () => 0,
  () => -1,
  () => 1.5,
  () => Number.NaN,
  () => Number.POSITIVE_INFINITY,
  () => Number.NEGATIVE_INFINITY,
  () => 2 ** 53 + 2,
  () => -(2 ** 31),
  () => 10n,
  () => '',
  () => '   ',
  () => 'x'.repeat(1_000_000),
  () => "'; DROP TABLE stories; --",
  () => '" OR 1=1 --',
  () => 'NEAR( "x" * ',
  () => '🙂👩🏽‍⚕️🇬🇧',
  () => 'مرحبا بالعالم',
  () => '\u202Eevil\u202C',
  () => '\u0000\u0007\u001b[31mbell',
  () => '\uD800 lone surrogate',
  () => '../../etc/passwd',
  () => randomUUID(),
  () => 'not-a-uuid',
  () => [],
  () => [1, 'two', null],
  () => ({}),
  () => nested(5_000, 'deep', false),
  () => nested(5_000, 'deep', true),
  () => nested(1_500, 'deep', false),
  () => overLimits.depth,
  () => overLimits.textLength,
  () => overLimits.listItems,
  () => overLimits.objectFields,
  () => overLimits.totalBytes,
  () => JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
  () => ({ constructor: { prototype: { polluted: true } } }),
  () => new Uint8Array(0),
  () => new Uint8Array([0xff, 0xd8, 0xff, 0x00]),
  () => new Date(),
];

const reasons = ['open', 'interval', 'manual'];

let dir: string;
let file: string;
let store: Store;
let api: ApiService;
const state = { storyId: '', revision: 0, revisionId: '', authorId: '' };

/** A payload each operation accepts, from which the hostile ones are made. */
function validPayload(name: OperationName): Record<string, unknown> {
  const id = { id: state.storyId };
  const templates: Partial<Record<OperationName, Record<string, unknown>>> = {
    listStories: { view: 'active', query: 'nurses', limit: 10 },
    getStory: id,
    exportStory: { id: state.storyId, form: 'article' },
    recordExport: { id: state.storyId, form: 'article', destination: 'clipboard' },
    createStory: { section: 'News', headline: 'Fuzzed' },
    saveStory: { id: state.storyId, baseRevision: state.revision, changes: { headline: 'Fuzzed', tags: ['x'] } },
    checkSlug: { storyId: state.storyId, slug: 'fuzzed-slug' },
    duplicateStory: id,
    archiveStory: id,
    unarchiveStory: id,
    trashStory: id,
    restoreStory: id,
    deleteStoryForever: id,
    listAuthors: { query: 'pri' },
    createAuthor: { name: 'Fuzz Author', role: 'Chair' },
    getAuthor: { id: state.authorId },
    updateAuthor: { id: state.authorId, baseRevision: 1, changes: { role: 'Vice chair' } },
    mergeAuthors: { keepId: state.authorId, mergeId: randomUUID() },
    importImage: { fileName: 'photo.jpg', bytes: new Uint8Array([1, 2, 3]) },
    importStoryFile: { fileName: 'piece.html', bytes: new TextEncoder().encode('<p>Fuzzed</p>'), importId: 'fuzz-import-1' },
    getImportProgress: { importId: 'fuzz-import-1' },
    addHouseWord: { word: 'Trussell Trust' },
    removeHouseWord: { word: 'Trussell Trust' },
    listRevisions: { storyId: state.storyId },
    getRevision: { id: state.revisionId },
    recordRevision: { storyId: state.storyId, reason: 'manual' },
    restoreRevision: { storyId: state.storyId, revisionId: state.revisionId, baseRevision: state.revision },
  };
  return { ...(templates[name] ?? {}) };
}

function hostilePayload(name: OperationName, next: () => number): unknown {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const hostile = () => pick(hostileValues)();
  const payload = validPayload(name);
  const keys = Object.keys(payload);
  switch (Math.floor(next() * 7)) {
    case 0:
      return hostile();
    case 1:
      if (keys.length > 0) delete payload[pick(keys)];
      return payload;
    case 2:
      payload[pick(['extra', '__proto__', 'constructor', 'prototype', 'toString'])] = hostile();
      return payload;
    case 3: {
      const changes = pick(['headline', 'standfirst', 'body', 'tags', 'bylines', 'related', 'slug', 'status', 'publishDate', 'section', 'authorBio', 'revision']);
      return { ...payload, changes: { [changes]: hostile() } };
    }
    case 4:
      return { ...payload, [pick(['baseRevision', 'offset', 'limit'])]: pick([-1, 2 ** 53, 1e308, Number.NaN, 0.5, '3']) };
    case 5:
      for (const key of keys) if (/id$/i.test(key)) payload[key] = pick([randomUUID(), 'not-a-uuid', '', "1' OR '1'='1"]);
      return payload;
    default:
      if (keys.length > 0) payload[pick(keys)] = hostile();
      if (name === 'recordRevision') payload.reason = pick([...reasons, 'restore', '', 'OPEN']);
      return payload;
  }
}

beforeAll(async () => {
  dir = await makeTempDir();
  ({ store, file } = openTestStore(dir));
  api = createApiService({
    store,
    settings: settingsSchema.parse(defaultSettingsJson),
    appVersion: 'test',
    profileDir: dir,
    settingsFile: `${dir}/settings.json`,
  });
  state.authorId = store.authors.create({ name: 'Priya Shah', role: 'Chair', organisation: 'MiP', email: '' }).id;
  freshStory();
});

afterAll(async () => {
  store.close();
  await removeTempDir(dir);
});

function freshStory(): void {
  const story = store.createStory({ section: 'News', headline: 'Ward staffing survey' });
  const saved = store.saveStory(story.id, story.revision, { body: paragraphs('Nurses answered the survey.') });
  state.storyId = saved.id;
  state.revision = saved.revision;
  state.revisionId = store.revisions.record(story.id, 'open').revision.id;
}

/** After a call that did something, the payloads follow the story's new state. */
function refreshState(): void {
  try {
    state.revision = store.getStory(state.storyId).revision;
  } catch {
    freshStory();
  }
}

describe('hostile input to every API operation', () => {
  it(`answers ${CASES} random payloads with a clear error, never an internal one, leaving the database unchanged`, async () => {
    const next = random(SEED);
    const tally = { refused: 0, accepted: 0 };
    for (let index = 0; index < CASES; index += 1) {
      const name = operationNames[index % operationNames.length]!;
      const payload = hostilePayload(name, next);
      const before = dumpDatabase(file);
      const result: ApiResult<unknown> = await api.dispatch(name, payload);
      const context = `seed ${SEED}, case ${index}: ${name}`;
      if (result.ok) {
        tally.accepted += 1;
        refreshState();
        continue;
      }
      tally.refused += 1;
      expect(result.error.code, `${context}: ${result.error.message}`).not.toBe('internal');
      expect(typeof result.error.message, context).toBe('string');
      expect(result.error.message.trim().length, context).toBeGreaterThan(5);
      expect(dumpDatabase(file), context).toBe(before);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    console.info(`api fuzz: ${CASES} payloads over ${operationNames.length} operations (seed ${SEED}): ${tally.refused} refused, ${tally.accepted} accepted`);
    expect(tally.refused).toBeGreaterThan(CASES / 2);
  }, 120_000);

  it('refuses input over each limit at every operation, naming the limit, leaving the database unchanged', async () => {
    for (const name of operationNames) {
      const payload = validPayload(name);
      const key = Object.keys(payload)[0] ?? 'extra';
      for (const [limit, over] of Object.entries(overLimits) as [InputLimit, unknown][]) {
        const before = dumpDatabase(file);
        // The message's opening names the limit: "A list in the input has more than 100,000 items".
        const naming = inputLimitMessage(limit).split(/ \(|\./)[0]!;
        for (const input of [over, { ...payload, [key]: over }]) {
          const result = await api.dispatch(name, input);
          expect(result, `${name}, ${limit}`).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining(naming) } });
          if (input !== over && limit !== 'totalBytes') expect(result, `${name}, ${limit}`).toMatchObject({ error: { field: expect.stringMatching(new RegExp(`^${key}\\b`)) } });
        }
        expect(dumpDatabase(file), `${name}, ${limit}`).toBe(before);
      }
    }
  }, 120_000);

  it('refuses an unknown operation name, including prototype keys', async () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'dropDatabase', '']) {
      const result = await api.dispatch(name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
  });
});
