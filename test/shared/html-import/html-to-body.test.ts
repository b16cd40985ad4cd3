import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportStory } from '../../../src/shared/export/export-story';
import { exportInputSchema } from '../../../src/shared/export/export-input';
import { htmlToBodyNodes } from '../../../src/shared/html-import';
import { TEXT_FORMAT, type SerializedLexicalNode } from '../../../src/shared/nodes/lexical-json';
import { allText, expectEditorAccepts, formattedRuns, links, outline } from './import-helpers';

const { bold, italic, code, superscript } = TEXT_FORMAT;

function convert(html: string) {
  return htmlToBodyNodes(html).nodes;
}

function bodyHtml(nodes: SerializedLexicalNode[]): string {
  const input = exportInputSchema.parse(JSON.parse(readFileSync(join(__dirname, '../../../docs/examples/full-story.json'), 'utf8')));
  const story = { ...input.story, body: { root: { type: 'root' as const, version: 1, children: nodes, direction: null, format: '', indent: 0 } } };
  return exportStory({ ...input, story }, { form: 'body' }).html;
}

describe('blocks', () => {
  it('maps h1 to h2 and h4–h6 to h3, since the headline is the only h1', () => {
    expect(outline(convert('<h1>One</h1><h2>Two</h2><h3>Three</h3><h4>Four</h4><h5>Five</h5><h6>Six</h6>'))).toEqual([
      'h2 One',
      'h2 Two',
      'h3 Three',
      'h3 Four',
      'h3 Five',
      'h3 Six',
    ]);
  });

  it('does not carry bold into a heading, which is bold already', () => {
    expect(formattedRuns(convert('<h2><b>Bold</b> <i>title</i></h2>'))).toEqual([['title', italic]]);
  });

  it('leaves out paragraphs with nothing visible in them', () => {
    expect(outline(convert('<p>One</p><p>&nbsp;</p><p> \n </p><p><br></p><p><span></span></p><div>\u00A0<br>\u00A0</div><p>Two</p>'))).toEqual(['p One', 'p Two']);
  });

  it('makes each paragraph of a block quotation a quote, and a Word Quote paragraph one too', () => {
    expect(outline(convert('<blockquote><p>First.</p><p>Second.</p></blockquote><p class=MsoQuote>Third.</p>'))).toEqual([
      'quote First.',
      'quote Second.',
      'quote Third.',
    ]);
  });

  it('keeps a rule, line breaks, and takes a double line break for a new paragraph', () => {
    const nodes = convert('<p>Line one<br>line two</p><hr><p>Para one<br><br>\n<br>Para two</p>');
    expect(outline(nodes)).toEqual(['p Line one\nline two', 'hr', 'p Para one', 'p Para two']);
  });

  it('keeps the lines of preformatted text', () => {
    expect(outline(convert('<pre>first  line\n  second line</pre>'))).toEqual(['p first line\nsecond line']);
  });

  it('gives text outside any block its own paragraph', () => {
    expect(outline(convert('Loose text <b>here</b><p>Then a paragraph</p>and more'))).toEqual(['p Loose text here', 'p Then a paragraph', 'p and more']);
  });
});

describe('text', () => {
  it('collapses white space across elements as a browser does', () => {
    const nodes = convert('<p>  A  <b> bold </b>  word\n\tand <i>more</i> </p>');
    expect(outline(nodes)).toEqual(['p A bold word and more']);
    expect(formattedRuns(nodes)).toEqual([
      ['bold ', bold],
      ['more', italic],
    ]);
  });

  it('reads bold and italic from tags and from inline styles, and lets a style undo a tag', () => {
    const nodes = convert(
      '<p><strong>a</strong><em>b</em><span style="font-weight:bold">c</span><span style="font-weight: 600">d</span>' +
        '<span style="font-style:italic">e</span><b style="font-weight:normal">f<span style="font-weight:700">g</span></b>' +
        '<i style="font-style:normal">h</i><sup>i</sup><code>j</code><u>k</u></p>',
    );
    expect(formattedRuns(nodes)).toEqual([
      ['a', bold],
      ['b', italic],
      ['cd', bold],
      ['e', italic],
      ['g', bold],
      ['i', superscript],
      ['j', code],
    ]);
    expect(outline(nodes)).toEqual(['p abcdefghijk']);
  });

  it('draws the quote marks of a q element, nested in house style', () => {
    expect(outline(convert('<p>She said <q>he told me <q>no</q></q>.</p>'))).toEqual(['p She said ‘he told me “no”’.']);
  });
});

describe('house typography on paste', () => {
  it('nests a quotation that opens in plain text and closes in bold, keeping the bold where it was', () => {
    const nodes = convert(`<p>He said "it's <b>the 'best' one"</b> - then left...</p>`);
    expect(outline(nodes)).toEqual(['p He said ‘it’s the “best” one’—then left…']);
    expect(formattedRuns(nodes)).toEqual([['the “best” one’', bold]]);
  });

  it('puts a fixed dash in the run that held the dash, not its spaces', () => {
    const nodes = convert('<p><b>trusts </b>- and <i>ICBs</i></p>');
    expect(formattedRuns(nodes)).toEqual([
      ['trusts', bold],
      ['ICBs', italic],
    ]);
    expect(outline(nodes)).toEqual(['p trusts—and ICBs']);
  });

  it('re-nests Word’s curly quotes and closes every quotation at the end of its paragraph', () => {
    expect(outline(convert('<p>“Outer ‘inner’ text</p><p>"Next"</p>'))).toEqual(['p ‘Outer “inner” text', 'p ‘Next’']);
  });

  it('leaves code as typed', () => {
    const nodes = convert('<p>Run <code>--dry-run "x"</code> - now</p>');
    expect(formattedRuns(nodes)).toEqual([['--dry-run "x"', code]]);
    expect(outline(nodes)).toEqual(['p Run --dry-run "x"—now']);
  });

  it('continues a quotation already open where the paste lands', () => {
    expect(outline(htmlToBodyNodes('<p>he said "no" twice</p>', { openQuoteDepth: 1 }).nodes)).toEqual(['p he said “no” twice']);
  });
});

describe('links', () => {
  it('keeps http, https and mailto links, with their title', () => {
    const nodes = convert('<p><a href="https://example.org/a?b=1&amp;c=2" title=" The  report ">report</a> and <a href="mailto:ed@example.org">mail</a> and <a href="http://example.org">plain</a></p>');
    expect(links(nodes)).toEqual([
      ['report', 'https://example.org/a?b=1&c=2'],
      ['mail', 'mailto:ed@example.org'],
      ['plain', 'http://example.org/'],
    ]);
    const link = (nodes[0]?.children ?? [])[0];
    expect(link?.title).toBe('The report');
  });

  it('turns script, data, file and disguised links into plain text, with a warning naming the scheme only', () => {
    const result = htmlToBodyNodes(
      '<p><a href="javascript:alert(1)">a</a> <a href=" JaVa\tScRiPt:alert(2)">b</a> <a href="data:text/html,<script>alert(3)</script>">c</a> ' +
        '<a href="vbscript:msgbox">d</a> <a href="file:///C:/x.docx">e</a></p>',
    );
    expect(links(result.nodes)).toEqual([]);
    expect(outline(result.nodes)).toEqual(['p a b c d e']);
    expect(result.warnings.map((w) => w.subject)).toEqual(['javascript:', 'data:', 'vbscript:', 'file:']);
    expect(allText([...result.nodes, ...result.warnings.map((w) => ({ type: 'w', version: 1, message: w.message }))])).not.toContain('alert');
  });

  it('keeps bookmarks and footnote anchors as text without a word, and drops a heading’s # anchor', () => {
    const result = htmlToBodyNodes('<h2>Next<a href="#next">#</a></h2><p>See<a href="#_ftn1">[1]</a><a name="_GoBack"></a></p>');
    expect(outline(result.nodes)).toEqual(['h2 Next', 'p See[1]']);
    expect(result.warnings).toEqual([]);
  });

  it('resolves relative links against the page address, or keeps their text with a warning', () => {
    expect(links(htmlToBodyNodes('<p><a href="/news/a">a</a></p>', { baseUrl: 'https://site.example/section/page' }).nodes)).toEqual([
      ['a', 'https://site.example/news/a'],
    ]);
    const unresolved = htmlToBodyNodes('<p><a href="/news/a">a</a></p>');
    expect(links(unresolved.nodes)).toEqual([]);
    expect(unresolved.warnings.map((w) => w.subject)).toEqual(['relative link /news/a']);
  });

  it('follows a Google redirect to the page it points at', () => {
    expect(links(convert('<p><a href="https://www.google.com/url?q=https://example.org/report&amp;sa=D&amp;ust=1">r</a></p>'))).toEqual([
      ['r', 'https://example.org/report'],
    ]);
  });

  it('keeps two links side by side as two links, as a browser does with one a inside another', () => {
    expect(links(convert('<p><a href="https://a.example/">outer <a href="https://b.example/">inner</a></a></p>'))).toEqual([
      ['outer ', 'https://a.example/'],
      ['inner', 'https://b.example/'],
    ]);
  });

  it('keeps the text of a link nested inside another, linked once', () => {
    expect(links(convert('<p><a href="https://a.example/">outer <span><a href="https://b.example/">inner</a></span></a></p>'))).toEqual([
      ['outer inner', 'https://a.example/'],
    ]);
  });
});

describe('lists', () => {
  it('nests lists, including a list written straight inside a list', () => {
    expect(outline(convert('<ol start="4"><li>four<ul><li>sub</li></ul></li><li>five</li><ol><li>deeper</li></ol></ol>'))).toEqual([
      'ol start=4',
      '  li four',
      '  ul',
      '    li sub',
      '  li five',
      '  ol',
      '    li deeper',
    ]);
  });

  it('joins the paragraphs of one item with a line break', () => {
    expect(outline(convert('<ul><li><p>first para</p><p>second para</p></li></ul>'))).toEqual(['ul', '  li first para\nsecond para']);
  });

  it('tells Word’s numbered lists from bulleted ones by the typed-out marker', () => {
    const item = (marker: string, list = 'l0 level1 lfo1') =>
      `<p class=MsoListParagraph style='mso-list:${list}'><![if !supportLists]><span style='mso-list:Ignore'>${marker}<span>&nbsp;&nbsp;</span></span><![endif]>item ${marker}</p>`;
    expect(outline(convert(item('1.') + item('2.') + item('§', 'l1 level1 lfo2') + item('(a)', 'l2 level1 lfo3') + item('iv)', 'l2 level1 lfo3')))).toEqual([
      'ol',
      '  li item 1.',
      '  li item 2.',
      'ul',
      '  li item §',
      'ol',
      '  li item (a)',
      '  li item iv)',
    ]);
  });

  it('keeps a Word list going across its spacing paragraphs and ends it at the next paragraph', () => {
    const item = (text: string) => `<p class=MsoListParagraphCxSpMiddle style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>·</span>${text}</p>`;
    expect(outline(convert(`${item('a')}<p class=MsoListParagraphCxSpMiddle><o:p>&nbsp;</o:p></p>${item('b')}<p class=MsoNormal>After</p>${item('c')}`))).toEqual([
      'ul',
      '  li a',
      '  li b',
      'p After',
      'ul',
      '  li c',
    ]);
  });
});

describe('tables', () => {
  it('keeps header cells, spans and the cells of every row, and the caption before the table', () => {
    const nodes = convert(
      '<table><caption>Staff numbers</caption><thead><tr><th>Region</th><th colspan="2">Managers</th></tr></thead>' +
        '<tbody><tr><td rowspan="9">North</td><td><p>1,200</p><p>(est.)</p></td><td></td></tr><tr><td>a</td><td>b</td></tr></tbody></table>',
    );
    expect(outline(nodes)).toEqual(['p Staff numbers', 'table', '  | *Region* | *Managers* (2 cols) |', '  | North | 1,200 / (est.) |  |', '  | a | b |']);
    const firstCell = nodes[1]?.children?.[1]?.children?.[0];
    expect(firstCell?.rowSpan).toBe(2);
    expectEditorAccepts(nodes);
  });

  it('flattens a table inside a table into the cell, losing no text', () => {
    expect(outline(convert('<table><tr><td>outer<table><tr><td>inner a</td><td>inner b</td></tr></table></td></tr></table>'))).toEqual([
      'table',
      '  | outer / inner a / inner b |',
    ]);
  });

  it('keeps text found loose inside a table as a cell of its own', () => {
    expect(outline(convert('<table>stray<tr><td>a</td></tr></table>'))).toEqual(['table', '  | stray |', '  | a |']);
  });

  it('keeps a table inside a list item as lines of the item', () => {
    expect(outline(convert('<ul><li>item<table><tr><td>a</td><td>b</td></tr></table></li></ul>'))).toEqual(['ul', '  li item\na\nb']);
  });
});

describe('pictures and embedded content', () => {
  it('never hot-links a picture: it is left out, named in a warning, and its visible caption stays', () => {
    const result = htmlToBodyNodes(
      '<figure><img src="https://cdn.example/photos/ward%20night.jpg?w=800"><figcaption>The ward. Photo: A Person</figcaption></figure>' +
        '<p><img src="data:image/png;base64,iVBORw0KGgo=" alt=""></p>',
    );
    expect(outline(result.nodes)).toEqual(['p The ward. Photo: A Person']);
    expect(result.warnings.map((w) => w.message)).toEqual([
      'Image not pasted: pictures must be added from disk (ward night.jpg).',
      'Image not pasted: pictures must be added from disk (a picture embedded in the copied text).',
    ]);
  });

  it('reports embedded video and frames once each', () => {
    const result = htmlToBodyNodes('<p>a</p><iframe src="https://x"></iframe><iframe src="https://y"></iframe><video src="v.mp4">Your browser</video>');
    expect(outline(result.nodes)).toEqual(['p a']);
    expect(result.warnings.map((w) => w.subject)).toEqual(['iframe', 'video']);
  });
});

describe('Copydesk’s own exported HTML', () => {
  const exported = readFileSync(join(__dirname, '../../../docs/examples/full-story.body.html'), 'utf8');

  it('converts back to a body that exports byte for byte the same', () => {
    const result = htmlToBodyNodes(exported);
    expect(result.warnings).toEqual([]);
    expect(bodyHtml(result.nodes)).toBe(exported);
    expectEditorAccepts(result.nodes);
  });

  it('reads the pull-quote, the image and the end mark back into their nodes', () => {
    const nodes = htmlToBodyNodes(exported).nodes;
    expect(nodes.find((n) => n.type === 'pullquote')).toEqual({
      type: 'pullquote',
      version: 2,
      text: 'Trust is not a line in the budget—it is the budget.',
      attribution: 'Jane Smith',
      edited: false,
    });
    expect(nodes.find((n) => n.type === 'image')).toEqual({
      type: 'image',
      version: 1,
      sha256: '2e9fbfd6839f18eb205674e5ed7573f63bd1f8ee6f2ece807a2651e048c02d6b',
      ext: 'png',
      width: 1200,
      height: 800,
      alt: 'Bar chart of time spent on reporting, 2023 to 2026',
      caption: 'Time spent on reporting has doubled since 2023',
      credit: 'Chart: MiP survey',
    });
    expect(outline(nodes.slice(-2))).toEqual(['p Questions about R&D funding or the Q&A session? Write to the editor.', 'endmark']);
  });

  it('gives the end mark its own node whether it ends a paragraph or stands alone, and nowhere else', () => {
    const mark = '<span class="cd-end-mark" aria-hidden="true">//</span>';
    expect(outline(convert(`<p>Last words. ${mark}</p><p class="cd-end">${mark}</p><ul><li>item ${mark}</li></ul>`))).toEqual([
      'p Last words.',
      'endmark',
      'endmark',
      'ul',
      '  li item',
    ]);
  });

  it('keeps a pull-quote that does not fit its shape as a quotation and a paragraph', () => {
    const long = 'word '.repeat(500);
    expect(outline(convert(`<figure class="cd-pullquote"><blockquote><p>${long}</p></blockquote><figcaption>Someone</figcaption></figure>`))).toEqual([
      `quote ${long.trim()}`,
      'p Someone',
    ]);
  });

  it('treats a picture that is not ours, even in our figure, as any other picture', () => {
    const result = htmlToBodyNodes('<figure class="cd-image"><img src="https://elsewhere.example/x.jpg" alt="X" width="10" height="10"></figure>');
    expect(result.nodes).toEqual([]);
    expect(result.warnings.map((w) => w.code)).toEqual(['image-not-imported']);
  });
});

describe('nothing unsafe survives', () => {
  const hostile =
    '<script>alert("s")</script><style>p{color:red}</style><p onclick="alert(1)" onmouseover="steal()">Hello <img src=x onerror="alert(2)">' +
    '<svg><script>alert(3)</script></svg><math><mi>x</mi></math><object data="evil.swf"></object><embed src="evil.swf">' +
    '<iframe srcdoc="<script>alert(4)</script>"></iframe><form action="https://evil.example"><input value="secret"><button>Send</button>' +
    '<select><option>opt</option></select><textarea>ta</textarea></form><template><p>tpl</p></template><noscript>ns</noscript>' +
    '<a href="javascript:alert(5)" style="position:fixed">click</a> &lt;script&gt;alert(6)&lt;/script&gt;</p>';

  it('keeps only the visible text, with no script, handler, style or form content', () => {
    const nodes = convert(hostile);
    expect(outline(nodes)).toEqual(['p Hello', 'p click <script>alert(6)</script>']);
    const text = allText(nodes);
    for (const bad of ['alert("s")', 'alert(1)', 'alert(2)', 'alert(3)', 'alert(4)', 'alert(5)', 'steal', 'color:red', 'secret', 'Send', 'opt', 'ta"', 'tpl', 'ns"', 'onclick', 'onerror', 'position:fixed', 'evil']) {
      expect(text).not.toContain(bad);
    }
  });

  it('reaches the export as escaped text', () => {
    const html = bodyHtml(convert(hostile));
    expect(html).toBe('<p>Hello</p>\n<p>click &lt;script&gt;alert(6)&lt;/script&gt;</p>\n');
  });
});
