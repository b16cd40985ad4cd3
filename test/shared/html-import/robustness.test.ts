import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_DEPTH, htmlToBodyNodes } from '../../../src/shared/html-import';
import { expectEditorAccepts, fixture, outline, textOf } from './import-helpers';

/** A Word paste of about `bytes` characters: the Word fixture's body repeated, each copy its own Word list. */
function hugeWordPaste(bytes: number): { html: string; copies: number } {
  const word = fixture('word-windows.html');
  const start = word.indexOf('<!--StartFragment-->');
  const end = word.indexOf('<!--EndFragment-->');
  const fragment = word.slice(start, end);
  const parts = [word.slice(0, start)];
  let size = 0;
  let copies = 0;
  while (size < bytes) {
    const copy = fragment.replaceAll('lfo1', `lfo${copies * 2 + 1}`).replaceAll('lfo2', `lfo${copies * 2 + 2}`);
    parts.push(copy);
    size += copy.length;
    copies += 1;
  }
  parts.push(word.slice(end));
  return { html: parts.join(''), copies };
}

describe('size', () => {
  it('converts a 5 MB Word paste whole, with every copy of its lists and tables', () => {
    const { html, copies } = hugeWordPaste(5 * 1024 * 1024);
    const started = performance.now();
    const result = htmlToBodyNodes(html);
    const elapsed = performance.now() - started;
    console.log(`5 MB Word paste (${(html.length / 1024 / 1024).toFixed(1)} M characters, ${copies} copies): ${elapsed.toFixed(0)} ms`);
    const types = result.nodes.map((node) => node.type);
    expect(types.filter((type) => type === 'table')).toHaveLength(copies);
    expect(types.filter((type) => type === 'list')).toHaveLength(copies * 2);
    expect(types.filter((type) => type === 'heading')).toHaveLength(copies * 3);
    expect(result.warnings.map((w) => w.code)).toEqual(['image-not-imported']);
  });

  it('stops at the node limit with a warning, keeping what came before intact', () => {
    const html = Array.from({ length: 500 }, (_, i) => `<p>Paragraph ${i}</p>`).join('');
    const result = htmlToBodyNodes(html, { maxNodes: 100 });
    expect(result.nodes.length).toBeGreaterThan(40);
    expect(result.nodes.length).toBeLessThan(60);
    expect(outline(result.nodes.slice(0, 2))).toEqual(['p Paragraph 0', 'p Paragraph 1']);
    expect(result.warnings.map((w) => w.message)).toEqual(['The paste is too large for one story: its end was left out.']);
    expectEditorAccepts(result.nodes);
  });
});

describe('nesting', () => {
  it('survives 10,000 nested divs and keeps the text at the bottom', () => {
    const html = `${'<div>'.repeat(10_000)}deep <b>text</b>${'</div>'.repeat(10_000)}<p>after</p>`;
    const result = htmlToBodyNodes(html);
    expect(outline(result.nodes)).toEqual(['p deep text', 'p after']);
    expect(result.warnings.map((w) => w.code)).toEqual(['too-deep']);
    expect(result.warnings[0]?.message).toBe(`Part of the paste was nested more than ${MAX_IMPORT_DEPTH} levels deep; its text was kept as plain text.`);
  });

  it('survives 10,000 unclosed inline elements, nested lists, quotations and tables', () => {
    for (const [open, close] of [
      ['<b>', ''],
      ['<ul><li>x', '</li></ul>'],
      ['<blockquote>', '</blockquote>'],
      ['<table><tr><td>', '</td></tr></table>'],
      ['<a href="https://example.org/">', '</a>'],
    ] as const) {
      const result = htmlToBodyNodes(`${open.repeat(10_000)}end${close.repeat(10_000)}`);
      expect(result.nodes.length).toBeGreaterThan(0);
      expect(JSON.stringify(result.nodes)).toContain('end');
      expectEditorAccepts(result.nodes);
    }
  });

  it('survives broken markup', () => {
    const result = htmlToBodyNodes('<p>one</p></p></div></table><p <b>two</b><td>three<<>>four</li><![if !supportLists]>five<!-- open comment');
    expect(outline(result.nodes).join(' ')).toContain('one');
    expect(outline(result.nodes).join(' ')).toContain('four');
    expect(outline(result.nodes).join(' ')).toContain('five');
    expectEditorAccepts(result.nodes);
  });
});

describe('characters', () => {
  it('removes control characters and keeps tabs and line ends as spaces', () => {
    const nodes = htmlToBodyNodes('<p>a\u0000b\u0007c\u001Bd\u007Fe\u0085f\u009Fg\uFEFFh\ti\u000Bj\u000Ck\rl</p>').nodes;
    expect(outline(nodes)).toEqual(['p abcdefgh ij k l']);
  });

  it('replaces half a surrogate pair and keeps whole emoji, including joined and skin-toned ones', () => {
    const emoji = '👩🏽‍⚕️ 👨‍👩‍👧 🏳️‍🌈 👍🏿';
    const nodes = htmlToBodyNodes(`<p>${emoji} a\uD800b \uDC00c</p>`).nodes;
    expect(textOf(nodes[0]!)).toBe(`${emoji} a\uFFFDb \uFFFDc`);
  });

  it('keeps right-to-left text and its direction marks as they are', () => {
    const hebrew = 'שלום\u200F עולם';
    const arabic = 'مرحبا بالعالم ١٢٣';
    const nodes = htmlToBodyNodes(`<p dir="rtl">${hebrew}</p><div dir="rtl"><p>${arabic}</p></div><p>English \u202Bembedded\u202C</p>`).nodes;
    expect(nodes.map(textOf)).toEqual([hebrew, arabic, 'English \u202Bembedded\u202C']);
    expect(nodes.map((node) => node.direction)).toEqual(['rtl', 'rtl', null]);
    expectEditorAccepts(nodes);
  });

  it('decodes entities once, so escaped markup stays text', () => {
    expect(outline(htmlToBodyNodes('<p>&lt;b&gt;not bold&lt;/b&gt; &amp;amp; &#x1F600; &eacute;</p>').nodes)).toEqual(['p <b>not bold</b> &amp; 😀 é']);
  });
});
