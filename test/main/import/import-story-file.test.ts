import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import defaultSettingsJson from '../../../resources/default-settings.json';
import { createApiService, type ApiService } from '../../../src/main/api/api-service';
import { importStoryFile } from '../../../src/main/import/import-story-file';
import { profilePaths } from '../../../src/main/profile/profile-dir';
import type { Store } from '../../../src/main/store/store';
import type { ImportProgress } from '../../../src/shared/api/contract/import';
import { settingsSchema } from '../../../src/shared/settings/settings-schema';
import type { Story } from '../../../src/shared/story/story-schema';
import { pngBytes } from '../../support/image-bytes';
import { dumpDatabase, makeTempDir, openTestStore, removeTempDir, withDatabase } from '../store/store-fixtures';
import {
  articleDocx,
  damagedDocx,
  encryptedOfficeBytes,
  italicFirstDocx,
  pdfBytes,
  plainZip,
  trackedChangesDocx,
} from './word-fixtures';

let dir: string;
let store: Store;
let file: string;
let api: ApiService;
const settings = settingsSchema.parse(defaultSettingsJson);

beforeEach(async () => {
  dir = await makeTempDir();
  ({ store, file } = openTestStore(dir));
  api = createApiService({ store, settings, appVersion: 'test', profileDir: dir, settingsFile: join(dir, 'settings.json') });
});
afterEach(async () => {
  store.close();
  await removeTempDir(dir);
});

type Imported = { story: Story; notes: string[] };

async function importFile(fileName: string, bytes: Uint8Array): Promise<Imported> {
  const result = await api.dispatch('importStoryFile', { fileName, bytes });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as Imported;
}

async function refusal(fileName: string, bytes: Uint8Array): Promise<string> {
  const result = await api.dispatch('importStoryFile', { fileName, bytes });
  if (result.ok) throw new Error(`${fileName} was imported`);
  return result.error.message;
}

function imageFiles(): string[] {
  try {
    return readdirSync(profilePaths(dir).images).filter((name) => !name.startsWith('.'));
  } catch {
    return [];
  }
}

function blocks(story: Story): Array<{ type: string; tag?: string; text: string }> {
  const text = (node: Record<string, unknown>): string =>
    typeof node.text === 'string' ? node.text : ((node.children as Record<string, unknown>[] | undefined) ?? []).map(text).join('|');
  return (story.body?.root.children ?? []).map((node) => {
    const n = node as unknown as Record<string, unknown>;
    return { type: String(n.type), ...(typeof n.tag === 'string' ? { tag: n.tag } : {}), text: text(n) };
  });
}

describe('importing a Word document', () => {
  it('gives the headline, standfirst, headings, formats, link, lists, table and picture of the document, with notes of the comments', async () => {
    const { story, notes } = await importFile('piece.docx', await articleDocx());
    expect(story).toMatchObject({ headline: 'Trust managers to lead', standfirst: 'Boards should let managers manage', status: 'draft' });
    const body = blocks(story);
    expect(body.map((b) => b.type)).toEqual(['paragraph', 'heading', 'list', 'heading', 'list', 'table', 'image', 'paragraph']);
    expect(body[1]).toMatchObject({ tag: 'h2', text: 'What boards do' });
    expect(body[3]).toMatchObject({ tag: 'h3', text: 'In detail' });
    // Typography as a paste gets it: the house's single quotes and a closed-up em dash for " - ".
    expect(body[0]!.text).toContain('‘assurance’');
    expect(body[0]!.text).toContain('costly|—as the');
    const json = JSON.stringify(story.body);
    expect(json).toContain('https://www.example.org/report');
    expect(json).toMatch(/"format":1[,}][^}]*"text":"It is slow"|"text":"It is slow"[^}]*"format":1/);
    expect(json).toContain('"listType":"bullet"');
    expect(json).toContain('"listType":"number"');
    expect(notes).toContain('2 comments left out.');

    const image = story.body!.root.children.find((node) => node.type === 'image') as unknown as { sha256: string; ext: string; alt: string; width: number };
    expect(image).toMatchObject({ ext: 'png', alt: 'Chart 0 of pay rises', width: 400 });
    expect(store.images.has(image.sha256)).toBe(true);
    expect(imageFiles()).toEqual([`${image.sha256}.png`]);
  });

  it('takes tracked changes as accepted and says how many', async () => {
    const { story, notes } = await importFile('changes.docx', await trackedChangesDocx());
    expect(blocks(story).map((b) => b.text)).toEqual(['Pay rose by 3% this year.', 'Boards agreed at once.']);
    expect(notes).toContain('Tracked changes accepted: 2 insertions kept, 1 deletion taken out.');
    expect(notes.some((note) => note.includes('Title'))).toBe(true);
  });

  it('takes a short first paragraph in italic as the standfirst', async () => {
    const { story } = await importFile('italic.docx', await italicFirstDocx());
    expect(story.standfirst).toBe('Why the pay deal matters');
    expect(blocks(story).map((b) => b.text)).toEqual(['The text begins here.']);
  });

  it('reads a Word document by its bytes even when it is named .html', async () => {
    const { story } = await importFile('piece.html', await articleDocx());
    expect(story.headline).toBe('Trust managers to lead');
  });

  it('reports each stored picture of a large document as it goes', async () => {
    const seen: ImportProgress[] = [];
    const { story } = await importStoryFile(
      { store, settings, imagesDir: profilePaths(dir).images },
      { fileName: 'big.docx', bytes: await articleDocx({ pictures: 12 }) },
      (progress) => seen.push(progress),
    );
    const storing = seen.filter((p) => p.stage === 'storing-images');
    expect(storing.map((p) => p.done)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(storing.every((p) => p.total === 12)).toBe(true);
    expect(seen.map((p) => p.stage).filter((s, i, all) => all.indexOf(s) === i)).toEqual(['reading', 'converting', 'storing-images', 'saving']);
    expect(blocks(story).filter((b) => b.type === 'image')).toHaveLength(12);
    expect(imageFiles()).toHaveLength(12);
  });
});

describe('importing a web page from the app', () => {
  it('makes a new story from HTML, even one whose slug is a live story’s', async () => {
    const page = '<!doctype html><html><head><title>Pay</title></head><body><article><h1>Pay talks resume</h1><p>Talks resumed today.</p></article></body></html>';
    const first = await importFile('pay.html', new TextEncoder().encode(page));
    const second = await importFile('pay.html', new TextEncoder().encode(page));
    expect(first.story.headline).toBe('Pay talks resume');
    expect(second.story.id).not.toBe(first.story.id);
  });
});

describe('importing a page that carries a live story’s slug', () => {
  /** A page dressed as our export (article markup, canonical URL on any host) with the ready story's slug. */
  const lookalike = new TextEncoder().encode(
    `<!doctype html><html><head><link rel="canonical" href="https://attacker.example/x/pay-talks-resume"></head><body>
     <article class="cd-article"><h1 class="cd-headline">Pay talks collapse</h1><div class="cd-body"><p>Not what was agreed.</p></div></article></body></html>`,
  );
  let ready: Story;
  beforeEach(() => {
    const created = store.createStory({ section: 'News', headline: 'Pay talks resume' });
    store.saveStory(created.id, created.revision, { status: 'ready' });
    ready = store.getStory(created.id);
  });

  async function dispatched(input: { updateStoryId?: string; bytes?: Uint8Array; fileName?: string }) {
    return api.dispatch('importStoryFile', { fileName: input.fileName ?? 'pay.html', bytes: input.bytes ?? lookalike, ...input });
  }

  it('comes in as a new draft beside a ready story, naming it in a note and in `match`; the ready story is unchanged', async () => {
    const result = await dispatched({});
    if (!result.ok) throw new Error(result.error.message);
    const { story, notes, action, match } = result.value as Imported & { action: string; match: unknown };
    expect(action).toBe('created');
    expect(story).toMatchObject({ headline: 'Pay talks collapse', slug: 'pay-talks-resume-2', status: 'draft' });
    expect(match).toEqual({ storyId: ready.id, slug: 'pay-talks-resume', headline: 'Pay talks resume', status: 'ready', exported: false, published: true });
    expect(notes[0]).toBe(
      'This page has the slug of “Pay talks resume” (pay-talks-resume), which is ready: it came in as a new draft (pay-talks-resume-2) and that story is unchanged. To update that story instead, choose “Replace that story…” in the import’s result and confirm.',
    );
    expect(store.getStory(ready.id)).toEqual(ready);
  });

  it('updates the story updateStoryId names, keeping its slug and what it was as a revision', async () => {
    const result = await dispatched({ updateStoryId: ready.id });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value).toMatchObject({ action: 'updated', story: { id: ready.id, headline: 'Pay talks collapse', slug: 'pay-talks-resume' } });
    const [kept] = store.revisions.list(ready.id);
    expect(kept?.reason).toBe('before-import');
    expect(store.revisions.get(kept!.id).snapshot.headline).toBe('Pay talks resume');
  });

  it('refuses updateStoryId naming a story whose slug the file does not carry, storing nothing', async () => {
    const other = store.createStory({ section: 'News', headline: 'Another story' });
    const before = dumpDatabase(file);
    for (const input of [{ updateStoryId: other.id }, { updateStoryId: ready.id, fileName: 'piece.docx', bytes: await articleDocx() }]) {
      const result = await dispatched(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toContain('is not the page of the story to update');
    }
    expect(dumpDatabase(file)).toBe(before);
  });
});

describe('refusing what is not a story', () => {
  const cases: Array<[string, () => Promise<Uint8Array> | Uint8Array, RegExp]> = [
    ['cut.docx', damagedDocx, /“cut\.docx” is a damaged/],
    ['archive.docx', plainZip, /“archive\.docx” is a ZIP archive, not a web page or a Word document \(\.docx\)\./],
    ['report.docx', () => pdfBytes, /“report\.docx” is a PDF/],
    ['photo.docx', () => pngBytes(800, 600), /“photo\.docx” is a picture \(PNG\)/],
    ['secret.docx', encryptedOfficeBytes, /“secret\.docx” is a password-protected/],
    ['notes.html', () => new TextEncoder().encode('Just some plain text, no tags.'), /“notes\.html” is plain text with no web page markup/],
  ];
  for (const [name, bytes, message] of cases) {
    it(`refuses ${name} and leaves the library and the images folder as they were`, async () => {
      await importFile('kept.docx', await articleDocx());
      const before = dumpDatabase(file);
      const images = imageFiles();
      expect(await refusal(name, await bytes())).toMatch(message);
      expect(dumpDatabase(file)).toBe(before);
      expect(imageFiles()).toEqual(images);
    });
  }

  it('takes back the pictures already stored when the story cannot be saved', async () => {
    // The database refuses new stories, as a full disk would: the conversion and the pictures succeed, the save fails.
    withDatabase(file, (db) => db.exec("CREATE TRIGGER refuse_story BEFORE INSERT ON stories BEGIN SELECT RAISE(ABORT, 'disk full'); END"));
    const before = dumpDatabase(file);
    expect(await refusal('piece.docx', await articleDocx({ pictures: 3 }))).toContain('disk full');
    expect(imageFiles()).toEqual([]);
    expect(dumpDatabase(file)).toBe(before);
  });
});
