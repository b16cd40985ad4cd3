import { beforeAll, describe, expect, it } from 'vitest';
import { applyEdits, defaultRules, type Finding } from '../../../src/shared/house-style';
import {
  createSpellChecker,
  defaultHouseWords,
  defaultSpellingSettings,
  houseRuleWords,
  type SpellChecker,
  type SpellingEngine,
  type SpellingSettings,
  type SpellingText,
  type SpellingWords,
} from '../../../src/shared/spelling';
import { loadSpellingEngine } from '../../../src/main/spelling/load-spelling-engine';
import { cleanCopy } from './clean-copy';

// One real harper engine for the file: it takes a couple of seconds to start.
let engine: SpellingEngine;
beforeAll(async () => {
  engine = await loadSpellingEngine();
}, 60_000);

const houseWords: SpellingWords = { houseWords: defaultHouseWords, ruleWords: houseRuleWords(defaultRules()), names: [] };

function paragraphs(...texts: string[]): SpellingText[] {
  return texts.map((text, index) => ({ scope: 'body', blockKey: `p${index}`, text }));
}

/** The findings of one paragraph, as [ruleId, flagged text] pairs. */
async function flagged(text: string, options: { settings?: SpellingSettings; words?: SpellingWords; checker?: SpellChecker } = {}) {
  const checker = options.checker ?? createSpellChecker(engine);
  const result = await checker.check(paragraphs(text), options.settings ?? defaultSpellingSettings, options.words ?? houseWords);
  return result.findings.map((finding) => [finding.ruleId, text.slice(finding.from, finding.to)]);
}

async function findingsOf(text: string): Promise<Finding[]> {
  return (await createSpellChecker(engine).check(paragraphs(text), defaultSpellingSettings, houseWords)).findings;
}

describe('what is flagged', () => {
  it('keeps a short English sentence with slips in it, which the engine’s language test alone would call foreign', async () => {
    expect((await flagged('Its time to recieve teh report.')).map(([, text]) => text)).toEqual(['recieve', 'teh']);
  });

  it('finds a misspelling with its fixes, as a warning in its own words', async () => {
    const [finding] = await findingsOf('The trust will recieve the money.');
    expect(finding).toMatchObject({ ruleId: 'spelling.spell-check', severity: 'warning', from: 15, to: 22, scope: 'body', blockKey: 'p0' });
    expect(finding?.message).toBe('“recieve” may be misspelt.');
    expect(finding?.fixes.map((fix) => fix.label)).toEqual(['Change to “receive”', 'Change to “relieve”', 'Change to “recipe”']);
  });

  it('places findings exactly after curly quotes, em dashes, accents and emoji', async () => {
    const text = '“Café” — 😀 naïve staff 😀😀 will recieve it';
    const [finding] = await findingsOf(text);
    expect(text.slice(finding?.from, finding?.to)).toBe('recieve');
  });

  it('covers both words of a doubled word, and its fix leaves one', async () => {
    const text = 'The board met the the chief executive.';
    const [finding] = await findingsOf(text);
    expect(finding?.ruleId).toBe('grammar.repeated-words');
    expect(text.slice(finding?.from, finding?.to)).toBe('the the');
    expect(applyEdits(text, finding?.fixes[0]?.edits ?? [])).toBe('The board met the chief executive.');
    const start = 'The the board met.';
    const [atStart] = await findingsOf(start);
    expect(applyEdits(start, atStart?.fixes[0]?.edits ?? [])).toBe('The board met.');
  });

  it('covers a wrong article with its noun, and with the word after an acronym, but fixes only the article', async () => {
    expect(await flagged('She is an manager.')).toEqual([['grammar.an-a', 'an manager']]);
    const text = 'He chairs a NHS trust in Leeds.';
    const [finding] = await findingsOf(text);
    expect(text.slice(finding?.from, finding?.to)).toBe('a NHS trust');
    expect(finding?.message).toBe('Use “an” here: “a NHS trust”.');
    expect(applyEdits(text, finding?.fixes[0]?.edits ?? [])).toBe('He chairs an NHS trust in Leeds.');
  });

  it('finds its for it’s and their/there mix-ups, in plain words without backticks', async () => {
    const findings = [
      ...(await findingsOf('Its a good idea.')),
      ...(await findingsOf('I think their going to win.')),
      ...(await findingsOf('The trust said there plans were late.')),
    ];
    expect(findings.map((finding) => finding.ruleId)).toEqual(['grammar.its-contraction', 'grammar.their-to-theyre', 'grammar.there-to-their']);
    for (const finding of findings) expect(finding.message).not.toContain('`');
    expect(findings[0]?.message).toContain('“it’s”');
  });

  it('finds “the” with a possessive in the house’s words, with a fix for each way out', async () => {
    const [finding] = await findingsOf('The board cut the its budget.');
    expect(finding).toMatchObject({ ruleId: 'grammar.the-my', from: 14, to: 21, message: '“the its”: use “the” or the possessive, not both.' });
    expect(finding?.fixes.map((fix) => fix.label)).toEqual(['Change to “its”', 'Change to “the”']);
  });

  it('finds a lower-case sentence start and an American spelling the house rules do not list', async () => {
    expect(await flagged('the board met on Monday and agreed the plan.')).toEqual([['grammar.sentence-capitalization', 'the']]);
    expect(await flagged('The walls were painted gray.')).toEqual([['spelling.spell-check', 'gray']]);
  });
});

describe('what is never flagged', () => {
  it('leaves URLs and e-mail addresses alone, and what is in them', async () => {
    expect(await flagged('See https://example.org/recieve-it or www.recieve.org/news, or write to jo@recieve.co.uk.')).toEqual([]);
  });

  it('accepts the house words and their possessives', async () => {
    expect(await flagged('MiP and the ICBs met the CSU and MPs. The NHS’s budget, MiP’s view and the ICBs’ plans.')).toEqual([]);
    expect(await flagged('MiP’s view', { words: { ...houseWords, houseWords: [] } })).toEqual([['spelling.spell-check', 'MiP’s']]);
  });

  it('accepts the story’s author names and the directory’s, whole or in part', async () => {
    const text = 'Kate Smyth-Ojukwu spoke to Barnsley’s Tomasz Wojcik.';
    expect(await flagged(text, { words: { ...houseWords, names: ['Kate Smyth-Ojukwu', 'Tomasz Wojcik'] } })).toEqual([['spelling.spell-check', 'Barnsley’s']]);
  });

  it('never calls a word the house rules decide misspelt: their spellings, their exceptions, the words they flag themselves', async () => {
    // “color” is house style's to flag (with its fix “colour”): one slip, one finding.
    const text = 'The World Health Organization met at Pearl Harbor; its color scheme was agonised over.';
    expect(await flagged(text)).toEqual([]);
    expect(await flagged(text, { words: { ...houseWords, ruleWords: [] } })).toEqual([
      ['spelling.spell-check', 'Harbor'],
      ['spelling.spell-check', 'color'],
    ]);
  });

  it('drops grammar inside double quotation marks but keeps spelling there', async () => {
    expect(await flagged('He said “their going to recieve it” and left.')).toEqual([['spelling.spell-check', 'recieve']]);
    expect(await flagged('He said "their going to win" and left.')).toEqual([]);
    // An apostrophe does not open a quotation.
    expect(await flagged('The trust’s board said their going to win.')).toEqual([['grammar.their-to-theyre', 'their']]);
  });

  it('drops grammar inside the house’s single quotation marks too, where an apostrophe does not close one', async () => {
    expect(await flagged('‘Its a shame the ward closes tommorow,’ said the nurse.')).toEqual([['spelling.spell-check', 'tommorow']]);
    // The MPs’ apostrophe inside the quotation does not end it; the quotation ends before “their”.
    expect(await flagged('‘The MPs’ plan: its a good one,’ she said, and their going to back it.')).toEqual([['grammar.their-to-theyre', 'their']]);
    // A quotation opened and not closed runs to the end of the paragraph.
    expect(await flagged('She said: ‘Its a good idea to wait.')).toEqual([]);
    expect(await flagged('The trust’s board said its a good idea.')).toEqual([['grammar.its-contraction', 'its']]);
  });

  it('leaves style opinions and what house style already checks to house style', async () => {
    expect(await flagged('We met -- twice -- at 5pm...  It was fine, on the front line.')).toEqual([]);
  });

  it('finds nothing in clean British magazine copy with the house words', async () => {
    const result = await createSpellChecker(engine).check(paragraphs(...cleanCopy), defaultSpellingSettings, houseWords);
    expect(cleanCopy.join(' ').split(/\s+/).length).toBeGreaterThan(280);
    expect(result.findings.map((f) => f.message)).toEqual([]);
  });
});

describe('settings and bad input', () => {
  it('shows only the categories switched on', async () => {
    const text = 'Its a good idea to recieve it.';
    expect((await flagged(text, { settings: { ...defaultSpellingSettings, grammar: false } })).map(([id]) => id)).toEqual(['spelling.spell-check']);
    expect((await flagged(text, { settings: { ...defaultSpellingSettings, spelling: false } })).map(([id]) => id)).toEqual(['grammar.its-contraction']);
  });

  it('skips a paragraph over 20,000 characters and text in another language, each with a note', async () => {
    const checker = createSpellChecker(engine);
    const long = 'The trust will recieve the money. '.repeat(700);
    const german = 'Der Geschäftsführer sagte, dass der Plan in diesem Jahr finanziert wird und die Mitarbeiter zufrieden sind.';
    const russian = 'Главный исполнительный директор сказал, что план получит финансирование.';
    const result = await checker.check(paragraphs(long, german, russian, 'They will recieve it.'), defaultSpellingSettings, houseWords);
    expect(result.notes.map((note) => [note.blockKey, note.reason])).toEqual([
      ['p0', 'too-long'],
      ['p1', 'not-english'],
      ['p2', 'not-english'],
    ]);
    expect(result.notes[0]?.message).toMatch(/over 20,000 characters/);
    expect(result.findings.map((f) => f.blockKey)).toEqual(['p3']);
  });
});

describe('the cache', () => {
  it('is bounded: past its size the text used longest ago is linted again', async () => {
    const checker = createSpellChecker(engine, { cacheSize: 2 });
    const [a, b, c] = paragraphs('The board met.', 'The trust agreed.', 'Managers were told.');
    const check = async (...texts: SpellingText[]) => (await checker.check(texts, defaultSpellingSettings, houseWords)).linted;
    expect(await check(a!, b!)).toBe(2);
    expect(await check(a!)).toBe(0); // a is now the one used last
    expect(await check(c!)).toBe(1); // pushes b out
    expect(await check(a!, b!)).toBe(1);
  });

  it('lints only the paragraphs whose text changed, and again when the words change', async () => {
    const checker = createSpellChecker(engine);
    const texts = paragraphs(...cleanCopy);
    expect((await checker.check(texts, defaultSpellingSettings, houseWords)).linted).toBe(cleanCopy.length);
    expect((await checker.check(texts, defaultSpellingSettings, houseWords)).linted).toBe(0);
    const edited = texts.map((t, i) => (i === 2 ? { ...t, text: `${t.text} They will recieve it.` } : t));
    const afterEdit = await checker.check(edited, defaultSpellingSettings, houseWords);
    expect(afterEdit.linted).toBe(1);
    expect(afterEdit.findings.map((f) => [f.blockKey, f.ruleId])).toEqual([['p2', 'spelling.spell-check']]);
    const withoutHouseWords = await checker.check(edited, defaultSpellingSettings, { ...houseWords, houseWords: [] });
    expect(withoutHouseWords.linted).toBe(cleanCopy.length);
    expect(withoutHouseWords.findings.some((f) => f.message === '“MiP’s” may be misspelt.')).toBe(true);
  });
});
