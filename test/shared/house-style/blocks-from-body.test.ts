import { describe, expect, it } from 'vitest';
import { blocksFromBody, documentFromStory } from '../../../src/shared/house-style';
import { TEXT_FORMAT } from '../../../src/shared/nodes/lexical-json';
import type { StoryBody } from '../../../src/shared/story/story-schema';
import { settings } from './check-helpers';

const t = (text: string, format = 0) => ({ type: 'text', version: 1, text, format, detail: 0, mode: 'normal', style: '' });
const el = (type: string, children: object[], extra: object = {}) => ({ type, version: 1, children, direction: 'ltr', format: '', indent: 0, ...extra });
const body = (...children: object[]): StoryBody => ({ root: el('root', children) as StoryBody['root'] });

describe('blocksFromBody: the stored JSON as the checker’s blocks', () => {
  it('gives each text block its kind, its text and its JSON path as key', () => {
    const blocks = blocksFromBody(
      body(
        el('heading', [t('Why it matters')], { tag: 'h2' }),
        el('paragraph', [t('One '), t('bold', TEXT_FORMAT.bold), { type: 'linebreak', version: 1 }, t('two')]),
        el('quote', [t('A quote.')]),
        { type: 'horizontalrule', version: 1 },
        { type: 'pullquote', version: 1, text: 'One bold', attribution: 'Jane' },
        { type: 'image', version: 1, sha256: 'a'.repeat(64), ext: 'jpg', width: 1, height: 1, alt: 'Alt', caption: 'A caption.', credit: '' },
        { type: 'endmark', version: 1 },
      ),
    );
    expect(blocks).toEqual([
      { key: '0', kind: 'heading', text: 'Why it matters' },
      { key: '1', kind: 'paragraph', text: 'One bold\ntwo' },
      { key: '2', kind: 'quote', text: 'A quote.' },
      { key: '4', kind: 'pullquote', text: 'One bold' },
      { key: '5', kind: 'caption', text: 'A caption.' },
      { key: '6', kind: 'endmark', text: '' },
    ]);
  });

  it('keeps the ranges of links and code', () => {
    const [block] = blocksFromBody(
      body(el('paragraph', [t('Read '), el('link', [t('the '), t('report', TEXT_FORMAT.italic)], { url: 'https://example.org' }), t(' or run '), t('npm test', TEXT_FORMAT.code)])),
    );
    expect(block).toEqual({
      key: '0',
      kind: 'paragraph',
      text: 'Read the report or run npm test',
      links: [{ from: 5, to: 15, url: 'https://example.org' }],
      code: [{ from: 23, to: 31 }],
    });
  });

  it('makes a block of each list item, nested lists after their item, and of each table cell', () => {
    const blocks = blocksFromBody(
      body(
        el('list', [el('listitem', [t('First')]), el('listitem', [t('Second'), el('list', [el('listitem', [t('Inner')])], { listType: 'bullet' })])], { listType: 'bullet' }),
        el('table', [el('tablerow', [el('tablecell', [el('paragraph', [t('Cell')])])])]),
      ),
    );
    expect(blocks.map((b) => [b.key, b.kind, b.text])).toEqual([
      ['0.0', 'listitem', 'First'],
      ['0.1', 'listitem', 'Second'],
      ['0.1.1.0', 'listitem', 'Inner'],
      ['1.0.0.0', 'tablecell', 'Cell'],
    ]);
  });

  it('reads what it can of malformed JSON and skips the rest', () => {
    const hostile = { root: { type: 'root', children: [null, 'text', { type: 'paragraph', children: [{ text: 'no type' }, t('ok')] }, { type: 'constructor', text: 'odd' }] } };
    expect(blocksFromBody(hostile as unknown as StoryBody)).toEqual([
      { key: '2', kind: 'paragraph', text: 'ok' },
      { key: '3', kind: 'paragraph', text: 'odd' },
    ]);
    expect(blocksFromBody(null)).toEqual([]);
  });
});

describe('documentFromStory', () => {
  const story = {
    section: 'Opinion',
    headline: 'A headline',
    standfirst: 'A standfirst.',
    body: body(el('paragraph', [t('Text.')])),
    bylines: [{ authorId: '00000000-0000-4000-8000-000000000000', name: 'Jane Smith', role: 'chief executive', organisation: 'the Example Trust' }],
  };

  it('uses the story’s own bio line, or else the one its bylines generate', () => {
    expect(documentFromStory({ ...story, authorBio: 'Edited bio.' }, settings).bio).toBe('Edited bio.');
    expect(documentFromStory({ ...story, authorBio: null }, settings).bio).toBe('Jane Smith is chief executive of the Example Trust.');
    expect(documentFromStory({ ...story, bylines: [], authorBio: null }, settings).bio).toBeNull();
  });

  it('carries the fields and blocks', () => {
    expect(documentFromStory({ ...story, authorBio: null }, settings)).toMatchObject({
      section: 'Opinion',
      headline: 'A headline',
      standfirst: 'A standfirst.',
      body: [{ key: '0', kind: 'paragraph', text: 'Text.' }],
    });
  });
});
