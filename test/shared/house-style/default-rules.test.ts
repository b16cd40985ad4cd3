import { describe, expect, it } from 'vitest';
import { defaultRules, type CheckDocument, type Scope } from '../../../src/shared/house-style';
import { baseDocument, check, findingsOn, fixedBy, flagged, TEXT_KEY } from './check-helpers';

/**
 * Every default rule (resources/house-style/default-rules.json) with failing
 * and passing examples. A failing example gives the text after the first fix
 * of each finding, or for rules without fixes the stretches flagged.
 */
interface RuleExamples {
  scope: Scope;
  base?: CheckDocument;
  fixes?: Array<[text: string, fixed: string]>;
  flags?: Array<[text: string, flagged: string[]]>;
  passes: string[];
}

const words = (n: number, word = 'word') => Array.from({ length: n }, () => word).join(' ');

const examples: Record<string, RuleExamples> = {
  typography: {
    scope: 'body',
    fixes: [
      ['He said "no" to it.', 'He said ‘no’ to it.'],
      ["'quote \"inside\" it'", '‘quote “inside” it’'],
      ['“He said ‘no’ to me,” she said.', '‘He said “no” to me,’ she said.'],
      ["rock 'n' roll in the '90s", 'rock ’n’ roll in the ’90s'],
      ["the NHS's plan and the ICBs' plans", 'the NHS’s plan and the ICBs’ plans'],
      ['the trusts - and the ICBs', 'the trusts—and the ICBs'],
      ['the trusts -- and the ICBs', 'the trusts—and the ICBs'],
      ['in 2024-25 and pages 10 - 12', 'in 2024–25 and pages 10–12'],
      ['Wait... what', 'Wait… what'],
      ['Two  spaces , then a comma .', 'Two spaces, then a comma.'],
    ],
    passes: ['‘quote “inside” it’', 'rock ’n’ roll in the ’90s', 'the NHS’s plan and the ICBs’ plans', 'He is 5\'10" tall', 'See https://example.org/a--b...c "raw" today'.replace(' "raw"', '')],
  },
  'british-spelling': {
    scope: 'body',
    fixes: [
      ['We organize the organization.', 'We organise the organisation.'],
      ['Trusts prioritized and realized savings.', 'Trusts prioritised and realised savings.'],
      ['The Organization said so.', 'The Organisation said so.'],
      ['COLOR and color and Color', 'COLOUR and colour and Colour'],
      ['behavior, labor, favorite, neighbors', 'behaviour, labour, favourite, neighbours'],
      ['the center’s theater was centered', 'the centre’s theatre was centred'],
      ['a program of work', 'a programme of work'],
      ['in my judgment', 'in my judgement'],
      ['She traveled and canceled.', 'She travelled and cancelled.'],
      ['the defense and an offense', 'the defence and an offence'],
      ['We analyzed the data.', 'We analysed the data.'],
      ['the pediatric ward and anesthesia', 'the paediatric ward and anaesthesia'],
      ['a well-organized team', 'a well-organised team'],
      ['a tumor', 'a tumour'],
      ['practicing medicine', 'practising medicine'],
      ['the duty of candor', 'the duty of candour'],
    ],
    passes: [
      'We organise the organisation.',
      'The World Health Organization met at Pearl Harbor.',
      'He joined the Center for Medicare and the Centers for Disease Control and Prevention.',
      'size, seize, prize, capsize, downsize',
      'a parameter and a diameter',
      'an honorary degree and a humorous, vigorous speech',
      'She was licensed to practise.',
    ],
  },
  'licence-noun': {
    scope: 'body',
    fixes: [
      ['a driving license', 'a driving licence'],
      ['License fees and licenses rose.', 'Licence fees and licences rose.'],
    ],
    passes: ['a driving licence', 'They license pubs.', 'The council will license the software.', 'She was licensed to practise.'],
  },
  'abbreviation-full-stops': {
    scope: 'body',
    fixes: [
      ['the N.H.S. plan', 'the NHS plan'],
      ['fruit, e.g. apples, i.e. these', 'fruit, eg apples, ie these'],
      ['at 10 a.m. today', 'at 10 am today'],
      ['the I.C.B.s met', 'the ICBs met'],
      ['We moved to the U.K.', 'We moved to the UK.'],
    ],
    passes: ['the NHS plan, eg apples', 'It rose 3.5 per cent.', 'See www.nhs.uk/a.b.c today.'],
  },
  'title-full-stops': {
    scope: 'body',
    fixes: [
      ['Dr. Smith met Mrs. Jones.', 'Dr Smith met Mrs Jones.'],
      ['St. Thomas’ Hospital', 'St Thomas’ Hospital'],
    ],
    passes: ['Dr Smith met Mrs Jones.', 'He met the Dr.'],
  },
  'etc-full-stop': {
    scope: 'body',
    fixes: [['apples, pears, etc. and more', 'apples, pears, etc and more']],
    passes: ['apples, pears, etc.', 'apples, pears, etc and more'],
  },
  'number-abbreviation': {
    scope: 'body',
    fixes: [['She went to No. 10 today.', 'She went to No 10 today.']],
    passes: ['She went to No 10 today.', 'No. That is wrong.'],
  },
  'plural-apostrophe': {
    scope: 'body',
    fixes: [
      ['Three ICB’s met.', 'Three ICBs met.'],
      ['The MP’s were angry.', 'The MPs were angry.'],
      ['the ICB’s.', 'the ICBs.'],
      ['in the 1990’s', 'in the 1990s'],
    ],
    passes: ['the ICB’s budget', 'the NHS’s plan', 'the ICBs’ plans', 'in the ’90s', 'three ICBs'],
  },
  numbers: {
    scope: 'body',
    fixes: [
      ['We saw 3 trusts.', 'We saw three trusts.'],
      ['We saw twelve trusts and twenty-five boards.', 'We saw 12 trusts and 25 boards.'],
      ['It rose by five per cent.', 'It rose by 5 per cent.'],
      ['a five-year-old girl, aged seven', 'a 5-year-old girl, aged 7'],
      ['35 trusts agreed.', 'Thirty-five trusts agreed.'],
      ['It worked. 4 boards agreed.', 'It worked. Four boards agreed.'],
      ['a 5-day strike', 'a five-day strike'],
      ['It cost five pounds, then ten million pounds.', 'It cost £5, then £10m.'],
      ['It cost fifty pence. Five pounds went.', 'It cost 50p. £5 went.'],
    ],
    flags: [['2026 was hard.', ['2026']]],
    passes: [
      'We saw three trusts and 12 boards.',
      'It rose by 5 per cent, a 5-year-old, aged 7.',
      'On 5 November and on November 5 at 5pm.',
      'Band 5 nurses and band 6 nurses on page 3.',
      'It cost £5m, or 2.5 million, at 10.30am.',
      'Between 5–9 trusts, a 3-1 vote.',
      'Ten trusts agreed.',
      'the twenty-first century and ten thousand people',
      'NHS 111 and Covid-19',
    ],
  },
  'per-cent': {
    scope: 'body',
    fixes: [
      ['35% of trusts', '35 per cent of trusts'],
      ['35 % of trusts', '35 per cent of trusts'],
    ],
    passes: ['35 per cent of trusts', 'a 100% rise'.replace('100%', '100 per cent')],
  },
  'per-cent-spelling': {
    scope: 'body',
    fixes: [['35 percent of trusts', '35 per cent of trusts']],
    passes: ['35 per cent of trusts', 'a percentage'],
  },
  'money-consistency': {
    scope: 'body',
    fixes: [
      ['It cost £180bn, then £200 billion.', 'It cost £180bn, then £200bn.'],
      ['It cost £180 billion, then £5m.', 'It cost £180 billion, then £5 million.'],
    ],
    passes: ['£180bn and £5m', '£180 billion and £5 million'],
  },
  'headline-money-billions': {
    scope: 'headline',
    fixes: [['Trusts get £5 billion', 'Trusts get £5bn']],
    passes: ['Trusts get £5bn'],
  },
  'headline-money-millions': {
    scope: 'headline',
    fixes: [['Trusts get £5 million', 'Trusts get £5m']],
    passes: ['Trusts get £5m'],
  },
  'date-day-month': {
    scope: 'body',
    fixes: [
      ['on 26th November, 2026', 'on 26 November 2026'],
      ['on the 26th of November', 'on 26 November'],
      ['on 26 November, 2026', 'on 26 November 2026'],
      ['from 1st May', 'from 1 May'],
    ],
    passes: ['on 26 November 2026', 'from 1 May'],
  },
  'date-month-day': {
    scope: 'body',
    fixes: [
      ['on November 26, 2026', 'on 26 November 2026'],
      ['on November 26th', 'on 26 November'],
    ],
    passes: ['on 26 November 2026', 'in November 2026'],
  },
  'job-titles': {
    scope: 'body',
    fixes: [
      ['the Chief Executive said', 'the chief executive said'],
      ['Jane Smith, Chief Executive of the trust', 'Jane Smith, chief executive of the trust'],
      ['Health secretary Jane Smith said', 'Health Secretary Jane Smith said'],
      ['as health secretary Jane Smith said', 'as Health Secretary Jane Smith said'],
      ['director of nursing Amy Lee', 'Director of Nursing Amy Lee'],
      ['the Chief Executive Officer', 'the chief executive officer'],
    ],
    passes: ['the chief executive said', 'Health Secretary Jane Smith said', 'Chief executive pay rose.', 'the health secretary, Jane Smith, said', 'Prime Minister’s Questions'],
  },
  'attribution-said': {
    scope: 'body',
    fixes: [
      ['‘No,’ she claimed.', '‘No,’ she said.'],
      ['‘No,’ claimed Jane Smith.', '‘No,’ said Jane Smith.'],
      ['He stated that it worked.', 'He said that it worked.'],
    ],
    passes: ['the stated aim', 'a noted author', '‘No,’ she said.'],
  },
  'attribution-says': {
    scope: 'body',
    fixes: [['‘No,’ she claims.', '‘No,’ she says.']],
    passes: ['pay claims rose', 'member states', '‘No,’ she says.'],
  },
  'words-to-avoid': {
    scope: 'body',
    fixes: [
      ['We will utilise it.', 'We will use it.'],
      ['Going forward, we act.', 'We act.'],
      ['We will, going forward, act.', 'We will act.'],
      ['We act going forward.', 'We act.'],
      ['in order to help, prior to the vote', 'to help, before the vote'],
      ['whilst amongst friends', 'while among friends'],
    ],
    passes: ['We will use it before the vote.', 'They were walking forward to the front.'],
  },
  'impact-on': {
    scope: 'body',
    fixes: [
      ['It will impact on staff.', 'It will affect staff.'],
      ['It impacted on staff.', 'It affected staff.'],
      ['Impacting on staff, it failed.', 'Affecting staff, it failed.'],
      ['It impacts on staff.', 'It affects staff.'],
    ],
    passes: ['The impact on staff was clear.', 'It will affect staff.'],
  },
  're-words': {
    scope: 'body',
    fixes: [
      ['The reorganisation, then the re-organisation.', 'The reorganisation, then the reorganisation.'],
      ['The re-organisation, then the reorganisations.', 'The re-organisation, then the re-organisations.'],
      ['They re-set it, then reset it.', 'They re-set it, then re-set it.'],
      ['Email me, then e-mail her.', 'Email me, then email her.'],
    ],
    passes: ['The reorganisation and the reorganisation.', 'The re-organisation and the re-organisation.', 'They re-set it.', 'They reset it.'],
  },
  'headline-length': {
    scope: 'headline',
    flags: [[`Trusts ${'x'.repeat(83)}!`, ['!']]],
    passes: [`Trusts ${'x'.repeat(83)}`, `Trusts ${'é'.repeat(83)}`],
  },
  'headline-full-stop': {
    scope: 'headline',
    fixes: [['Trusts face cuts.', 'Trusts face cuts']],
    passes: ['Trusts face cuts', 'Trusts face cuts…'],
  },
  'sentence-case': {
    scope: 'headline',
    fixes: [
      ['Trusts Face New Pay Cuts', 'Trusts face new pay cuts'],
      ['trusts face cuts', 'Trusts face cuts'],
    ],
    passes: [
      'Trusts face cuts in England',
      'Health Secretary Jane Smith backs deal',
      'Jane Smith backs the NHS pay deal',
      'Exclusive: Trusts face cuts',
      '‘We need help’ says Jane Smith',
      'World Health Organization warns Europe',
    ],
  },
  'standfirst-length': {
    scope: 'standfirst',
    flags: [[`${words(40)} extra.`, ['extra.']]],
    passes: [`${words(39)} last.`],
  },
  'social-headline-length': {
    scope: 'socialHeadline',
    flags: [[`Trusts ${'x'.repeat(63)}!`, ['!']]],
    passes: [`Trusts ${'x'.repeat(63)}`],
  },
  'social-description-length': {
    scope: 'socialDescription',
    flags: [[`Trusts ${'x'.repeat(193)}!`, ['!']]],
    passes: [`Trusts ${'x'.repeat(193)}`],
  },
  'standfirst-sentences': {
    scope: 'standfirst',
    flags: [['One thing happened. Then another. And a third.', ['And a third.']]],
    passes: ['One thing happened. Then another.', 'It rose 2.5 per cent in the UK. Managers, eg Jane Smith, agree.'],
  },
  'standfirst-full-stop': {
    scope: 'standfirst',
    fixes: [
      ['Managers say the plan will not work', 'Managers say the plan will not work.'],
      ['Managers call it ‘madness’', 'Managers call it ‘madness’.'],
    ],
    passes: ['Managers say the plan will not work.', 'Will the plan work?'],
  },
  'paragraph-length': {
    scope: 'body',
    flags: [[`${words(80)} extra words.`, ['extra words.']]],
    passes: [`${words(79)} last.`],
  },
  'pull-quote-verbatim': {
    scope: 'pullquote',
    flags: [['the plan will not work', ['the plan will not work']]],
    passes: ['the plan would not work', '‘the plan would not work’', 'Jane Smith said the plan would not work.'],
  },
  'pull-quote-length': {
    scope: 'pullquote',
    flags: [[`${words(35)} extra`, ['extra']]],
    passes: [`${words(35)}`],
  },
  'click-here': {
    scope: 'body',
    flags: [['Click here to read the report.', ['Click here']]],
    passes: ['Read the report.'],
  },
};

/** Rules whose examples need whole stories; they are below. */
const storyExamples = new Set(['body-length', 'pull-quote-count', 'end-mark-and-bio', 'links']);

describe('every default rule has examples', () => {
  it('covers each rule in the default rules file, failing and passing', () => {
    const ids = defaultRules().rules.map((rule) => rule.id);
    const covered = [...Object.keys(examples), ...storyExamples];
    expect(ids.filter((id) => !covered.includes(id))).toEqual([]);
    expect(covered.filter((id) => !ids.includes(id))).toEqual([]);
    for (const [id, table] of Object.entries(examples)) {
      expect((table.fixes?.length ?? 0) + (table.flags?.length ?? 0), `${id} fails nothing`).toBeGreaterThan(0);
      expect(table.passes.length, `${id} passes nothing`).toBeGreaterThan(0);
    }
  });
});

describe.each(Object.entries(examples))('rule %s', (ruleId, table) => {
  if (table.fixes !== undefined) {
    it.each(table.fixes)('fixes “%s”', (text, expected) => {
      expect(fixedBy(ruleId, table.scope, text, table.base)).toBe(expected);
    });
  }
  if (table.flags !== undefined) {
    it.each(table.flags)('flags “%s”', (text, expected) => {
      expect(flagged(ruleId, table.scope, text, table.base)).toEqual(expected);
    });
  }
  it.each(table.passes)('passes “%s”', (text) => {
    expect(flagged(ruleId, table.scope, text, table.base)).toEqual([]);
  });
});

describe('rules apply only where the rules file says', () => {
  it.each([
    ['per-cent', 'headline', 'Pay rises 35%'],
    ['numbers', 'headline', '5 ways to cut waiting lists'],
    ['money-consistency', 'headline', '£5m boost'],
    ['headline-money-billions', 'body', 'It cost £5 billion.'],
    ['standfirst-length', 'body', `${words(41)}.`],
    ['paragraph-length', 'pullquote', `${words(81)}`],
  ] as const)('%s does not look at the %s', (ruleId, scope, text) => {
    expect(findingsOn(ruleId, scope, text)).toEqual([]);
  });

  it('checks headline, standfirst, body, pull-quotes, captions and the bio with the rules for each', () => {
    const document: CheckDocument = {
      ...baseDocument(),
      headline: 'Trusts organize',
      standfirst: 'Trusts organize.',
      body: [
        { key: 'p', kind: 'paragraph', text: 'Trusts organize.' },
        { key: 'q', kind: 'pullquote', text: 'Trusts organize.' },
        { key: 'c', kind: 'caption', text: 'Trusts organize.' },
      ],
      bio: 'Jane Smith is chief executive of the Organization.',
    };
    const spelling = check(document).filter((f) => f.ruleId === 'british-spelling');
    expect(spelling.map((f) => [f.scope, f.blockKey])).toEqual([
      ['headline', undefined],
      ['standfirst', undefined],
      ['body', 'p'],
      ['pullquote', 'q'],
      ['caption', 'c'],
      ['bio', undefined],
    ]);
  });

  it('lets the money form in a headline differ from the copy', () => {
    const base = { ...baseDocument(), headline: 'Trusts get £5m' };
    expect(findingsOn('money-consistency', 'body', 'Trusts get £5 million.', base)).toEqual([]);
  });

  it('flags Title Case in subheadings, judged against the body', () => {
    const document: CheckDocument = {
      ...baseDocument(),
      body: [
        { key: 'h', kind: 'heading', text: 'Why The Trusts Must Change' },
        { key: 'h2', kind: 'heading', text: 'What Jane Smith wants' },
      ],
    };
    const findings = check(document).filter((f) => f.ruleId === 'sentence-case');
    expect(findings.map((f) => [f.blockKey, document.body.find((b) => b.key === f.blockKey)!.text.slice(f.from, f.to)])).toEqual([
      ['h', 'The'],
      ['h', 'Trusts'],
      ['h', 'Must'],
      ['h', 'Change'],
    ]);
  });
});

describe('body length (rule 15)', () => {
  const story = (section: string, n: number): CheckDocument => ({
    ...baseDocument(),
    section,
    body: [{ key: 'p', kind: 'paragraph', text: words(n) }],
  });
  const bodyLength = (document: CheckDocument) => check(document).filter((f) => f.ruleId === 'body-length');

  it.each([
    ['News', 299, '299 words; the News target is 300–600'],
    ['News', 601, '601 words; the News target is 300–600'],
    ['Opinion', 649, '649 words; the Opinion target is 650–1000'],
  ])('warns when a %s story has %i words', (section, n, message) => {
    const findings = bodyLength(story(section, n));
    expect(findings.map((f) => [f.message, f.scope, f.blockKey, f.severity])).toEqual([[message, 'body', undefined, 'warning']]);
  });

  it.each([
    ['News', 300],
    ['News', 600],
    ['Feature', 1200],
    ['Unknown section', 10],
  ])('is quiet for a %s story of %i words', (section, n) => {
    expect(bodyLength(story(section, n))).toEqual([]);
  });

  it('counts body words only, not pull-quotes, captions or the bio', () => {
    const document: CheckDocument = {
      ...story('News', 300),
      body: [
        { key: 'p', kind: 'paragraph', text: words(299) },
        { key: 'q', kind: 'pullquote', text: 'word word' },
        { key: 'c', kind: 'caption', text: 'word word' },
      ],
      bio: 'word word',
    };
    expect(bodyLength(document)).toHaveLength(1);
  });
});

describe('pull-quote count (rule 17)', () => {
  const story = (bodyWords: number, quotes: number): CheckDocument => ({
    ...baseDocument(),
    body: [
      { key: 'p', kind: 'paragraph', text: words(bodyWords) },
      ...Array.from({ length: quotes }, (_, i) => ({ key: `q${i}`, kind: 'pullquote' as const, text: 'word word' })),
    ],
  });
  const countFindings = (document: CheckDocument) => check(document).filter((f) => f.ruleId === 'pull-quote-count');

  it('flags the pull-quotes beyond one per 400 words', () => {
    expect(countFindings(story(500, 2)).map((f) => [f.blockKey, f.message])).toEqual([['q1', '2 pull-quotes in 500 words: at most 1 per 400 words']]);
    expect(countFindings(story(100, 2)).map((f) => f.blockKey)).toEqual(['q1']);
  });

  it('allows one per 400 words', () => {
    expect(countFindings(story(800, 2))).toEqual([]);
    expect(countFindings(story(100, 1))).toEqual([]);
  });
});

describe('end mark and bio (rule 18)', () => {
  const opinion = (body: CheckDocument['body'], bio: string | null = 'Jane Smith is chief executive of the Example Trust.'): CheckDocument => ({
    ...baseDocument(),
    section: 'Opinion',
    body,
    bio,
  });
  const endMark = (document: CheckDocument) => check(document).filter((f) => f.ruleId === 'end-mark-and-bio');
  const last = { key: 'last', kind: 'paragraph' as const, text: 'That is all.' };
  const mark = { key: 'mark', kind: 'endmark' as const, text: '' };

  it('asks for the end mark after the last paragraph of an opinion piece', () => {
    expect(endMark(opinion([last])).map((f) => [f.message, f.blockKey, f.from, f.to])).toEqual([
      ['Opinion pieces end with the end mark (//)', 'last', 12, 12],
    ]);
    expect(endMark(opinion([mark, last])).map((f) => [f.message, f.blockKey])).toEqual([['The end mark (//) goes after the last paragraph', 'mark']]);
  });

  it('accepts the end mark node, or // typed at the end of the last paragraph', () => {
    expect(endMark(opinion([last, mark, { key: 'pq', kind: 'pullquote', text: 'That is all.' }]))).toEqual([]);
    expect(endMark(opinion([{ ...last, text: 'That is all. //' }]))).toEqual([]);
  });

  it('asks for a bio line and offers the one generated from the bylines', () => {
    const [finding] = endMark(opinion([last, mark], null));
    expect(finding?.message).toBe('Opinion pieces carry an author bio line');
    expect(finding?.scope).toBe('bio');
    expect(finding?.fixes[0]?.edits).toEqual([{ scope: 'bio', from: 0, to: 0, insert: 'Jane Smith is chief executive of the Example Trust.' }]);
    expect(endMark(opinion([last, mark], '  '))).toHaveLength(1);
  });

  it('leaves other sections alone', () => {
    expect(endMark({ ...opinion([last], null), section: 'News' })).toEqual([]);
  });
});

describe('links (rule 19)', () => {
  const linked = (linkText: string, url: string) => {
    const text = `Read ${linkText} today.`;
    const document: CheckDocument = {
      ...baseDocument(),
      body: [{ key: 'p', kind: 'paragraph', text, links: [{ from: 5, to: 5 + linkText.length, url }] }],
    };
    return check(document)
      .filter((f) => f.ruleId === 'links')
      .map((f) => [f.message, text.slice(f.from, f.to)]);
  };

  it.each([
    ['the report', 'javascript:alert(1)', 'Links must be http, https, mailto: javascript:alert(1)'],
    ['the report', 'ftp://example.org/report', 'Links must be http, https, mailto: ftp://example.org/report'],
    ['the report', '/news/report', 'Links must be http, https, mailto: /news/report'],
    ['click here', 'https://example.org/report', 'Link text should say where the link goes, not “click here”'],
    ['here', 'https://example.org/report', 'Link text should say where the link goes, not “here”'],
    ['https://example.org/report', 'https://example.org/report', 'Link text should describe the page, not be a bare URL'],
    ['www.example.org', 'https://www.example.org/', 'Link text should describe the page, not be a bare URL'],
  ])('flags “%s” linking to %s', (linkText, url, message) => {
    expect(linked(linkText, url)).toEqual([[message, linkText]]);
  });

  it.each([
    ['the report', 'https://example.org/report'],
    ['the report', 'http://example.org/report'],
    ['Jane Smith', 'mailto:jane@example.org'],
  ])('accepts “%s” linking to %s', (linkText, url) => {
    expect(linked(linkText, url)).toEqual([]);
  });
});

describe('findings', () => {
  it('come in reading order with rule, severity, message, exact range and fixes', () => {
    const document: CheckDocument = {
      ...baseDocument(),
      headline: 'Trusts organize.',
      body: [{ key: TEXT_KEY, kind: 'paragraph', text: 'We saw 3 colors.' }],
    };
    const findings = check(document).filter((f) => f.ruleId !== 'body-length');
    expect(findings.map((f) => [f.ruleId, f.severity, f.scope, f.blockKey, f.from, f.to])).toEqual([
      ['british-spelling', 'error', 'headline', undefined, 7, 15],
      ['headline-full-stop', 'error', 'headline', undefined, 15, 16],
      ['numbers', 'warning', 'body', TEXT_KEY, 7, 8],
      ['british-spelling', 'error', 'body', TEXT_KEY, 9, 15],
    ]);
    expect(findings[0]).toMatchObject({
      message: 'British spelling: organise, not organize',
      advice: expect.stringContaining('Rule 5'),
      fixes: [{ label: 'Change to “organise”', edits: [{ scope: 'headline', from: 7, to: 15, insert: 'organise' }] }],
    });
  });
});
