import type { StoryBody } from '../src/shared/story/story-schema';
import type { WorkflowStatus } from '../src/shared/story/story-constants';

/**
 * Deterministic, realistic-looking stories for benchmarks: a health-service
 * management magazine's vocabulary with a long tail of rarer words (word
 * frequencies follow Zipf's law, as in real text), stories that stick to one
 * or two topics, subheadings, lists, quotes and inline formatting.
 */

const FUNCTION_WORDS = `the of and to a in that is for it as with was on be by this are at from have not but
  which or an they their has more were will we been would there its can all one about also who so our
  if what when than them into these other some only may could new people over such most after those
  should because how many first much where just very while through even both between each under being
  any well still same must last across before around without though since then does every another`.split(/\s+/);

const GENERAL_WORDS = `time year years work change way part plan need support service services care staff team
  teams system systems money budget data evidence report government policy public local national board
  boards leaders leadership managers management patients patient community communities trust trusts
  pressure pressures cost costs pay funding demand capacity standards quality safety risk risks review
  approach question answer problem problems challenge challenges future past today week month months
  chief executive director directors officer officers colleagues members union unions employer employers
  agreement contract contracts role roles job jobs hours shift shifts training development career careers
  culture voice voices conversation decision decisions process processes result results target targets
  progress improvement improvements practice practices model models network networks partnership
  partnerships region regions area areas country city cities hospital hospitals clinic clinics practice
  access waiting list lists backlog beds bed winter summer spring autumn morning evening office offices
  digital technology record records letter letters meeting meetings consultation consultations law laws
  legal rights fairness trust respect honest clear simple difficult hard easy important real strong weak
  better worse good bad right wrong open closed early late short long high low full empty small large
  senior junior clinical operational financial strategic political economic social personal professional`.split(/\s+/);

const TOPICS: readonly (readonly string[])[] = [
  ['workforce', 'recruitment', 'retention', 'vacancies', 'agency', 'rota'],
  ['ambulance', 'handover', 'response', 'paramedics', 'crews', 'corridor'],
  ['integrated', 'ICB', 'ICS', 'commissioning', 'place', 'neighbourhood'],
  ['pension', 'pensions', 'retirement', 'scheme', 'contributions', 'tax'],
  ['pay', 'award', 'inflation', 'ballot', 'strike', 'negotiations'],
  ['mental', 'wellbeing', 'burnout', 'stress', 'resilience', 'counselling'],
  ['cancer', 'screening', 'diagnosis', 'oncology', 'referral', 'pathway'],
  ['maternity', 'midwives', 'births', 'neonatal', 'inquiry', 'Ockenden'],
  ['GP', 'primary', 'appointments', 'surgery', 'receptionists', 'dispensing'],
  ['social', 'councils', 'domiciliary', 'discharge', 'homes', 'carers'],
  ['equality', 'diversity', 'inclusion', 'racism', 'WRES', 'discrimination'],
  ['whistleblowing', 'speaking', 'guardian', 'candour', 'accountability', 'regulator'],
  ['CQC', 'inspection', 'rating', 'inadequate', 'outstanding', 'enforcement'],
  ['estates', 'RAAC', 'maintenance', 'buildings', 'capital', 'repairs'],
  ['elective', 'surgery', 'theatres', 'hip', 'cataract', 'orthopaedic'],
  ['emergency', 'A&E', 'four-hour', 'trolley', 'admissions', 'triage'],
  ['productivity', 'efficiency', 'savings', 'deficit', 'procurement', 'outsourcing'],
  ['AI', 'algorithm', 'automation', 'software', 'cyber', 'interoperability'],
  ['bullying', 'harassment', 'grievance', 'tribunal', 'disciplinary', 'investigation'],
  ['apprenticeships', 'graduate', 'scheme', 'mentoring', 'coaching', 'talent'],
  ['menopause', 'flexible', 'parental', 'leave', 'childcare', 'carers'],
  ['reorganisation', 'restructure', 'merger', 'redundancy', 'consultation', 'TUPE'],
  ['prevention', 'obesity', 'smoking', 'vaccination', 'immunisation', 'outbreak'],
  ['dentistry', 'dentists', 'orthodontic', 'NHS-funded', 'deserts', 'contract'],
  ['pharmacy', 'pharmacists', 'prescriptions', 'medicines', 'shortages', 'supply'],
  ['Scotland', 'Wales', 'Northern', 'Ireland', 'devolved', 'Holyrood'],
  ['manifesto', 'election', 'minister', 'Whitehall', 'spending', 'Treasury'],
  ['volunteers', 'charity', 'charities', 'hospices', 'palliative', 'bereavement'],
  ['learning', 'disability', 'autism', 'reasonable', 'adjustments', 'advocacy'],
  ['climate', 'net-zero', 'carbon', 'sustainability', 'emissions', 'travel'],
];

const TAGS = [
  'workforce', 'pay', 'pensions', 'leadership', 'wellbeing', 'equality', 'ambulance', 'urgent care', 'primary care',
  'social care', 'mental health', 'cancer', 'maternity', 'digital', 'AI', 'estates', 'finance', 'productivity',
  'regulation', 'CQC', 'whistleblowing', 'bullying', 'training', 'careers', 'flexible working', 'menopause',
  'restructuring', 'public health', 'dentistry', 'pharmacy', 'Scotland', 'Wales', 'Northern Ireland', 'politics',
  'Budget', 'elections', 'charities', 'learning disability', 'climate', 'union news', 'branch news', 'legal',
  'tribunals', 'negotiations', 'strikes', 'ICBs', 'commissioning', 'procurement', 'cyber security', 'data',
];

const FIRST_NAMES = `Aisha Alan Amara Amir Andrew Angela Anita Arjun Ben Bethan Catherine Chidi Chloe Ciaran Claire
  Daniel David Deborah Dev Eilidh Elena Emma Fatima Fiona Gareth George Grace Hannah Harriet Helen Ian Imran
  Isla James Jane Jasmine Joanna John Jonathan Kate Kwame Laura Leila Liam Lucy Mairead Marcus Maria Mark
  Mei Michael Nadia Naomi Neil Nia Niamh Oliver Olivia Omar Owen Patrick Priya Rachel Rajesh Rhys Richard
  Rosa Ruth Sam Sarah Seren Simon Siobhan Sophie Stephen Sunita Thomas Tom Uzma Victoria Wei Yusuf Zainab Zoë`.split(/\s+/);

const SURNAMES = `Adeyemi Ahmed Ali Anderson Bailey Begum Bell Brennan Brown Campbell Chen Clarke Collins Cooper
  Davies Dhillon Doherty Edwards Evans Fernandes Fraser Gallagher Green Griffiths Hall Harris Hughes Hussain
  Jackson James Jenkins Johnson Jones Kaur Kelly Khan Lewis Li Lloyd MacDonald McLaughlin Mensah Mistry
  Morgan Murphy Murray Nguyen Nowak O'Brien Núñez Okafor Owen Parry Patel Phillips Price Quinn Rahman
  Reid Roberts Robertson Rossi Scott Shah Sharma Singh Smith Stewart Taylor Thomas Thompson Turner Walker
  Watson White Williams Wilson Wood Wright Yilmaz Young`.split(/\s+/);

const ROLES = ['chief executive', 'director of workforce', 'head of nursing', 'national officer', 'branch chair',
  'senior manager', 'policy adviser', 'regional organiser', 'finance director', 'service manager', 'chair'];

const ORGANISATIONS = ['Managers in Partnership', 'Northfield Hospitals NHS Trust', 'Coastline Ambulance Service',
  'Riverside ICB', 'the Health Policy Unit', 'Valley Community Health', 'Unison', 'the GMB', 'Westshire Council',
  'the King’s Fund', 'Central Mental Health Partnership', 'Highland Health Board'];

/** Bump whenever a change here changes what a seed generates: cached benchmark libraries are keyed by it. */
export const GENERATOR_VERSION = 1;

export const SECTIONS = ['Opinion', 'News', 'Feature', 'Analysis', 'Interview'] as const;

const VOCABULARY_SIZE = 40_000;
const SYLLABLES = `ba be bi bo bu ca ce co cu da de di do du fa fe fi fo ga ge go ha he hi ho la le li lo lu ma me
  mi mo mu na ne ni no nu pa pe pi po ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo wa we wi ya yo
  ar er ir or ur an en in on un al el il ol ul ent ing ion ous ive ment ness ship ster ley ton ford wick`.split(/\s+/);

/** A small fast seeded PRNG (mulberry32), so every run generates the same library. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export type GeneratedAuthor = { name: string; role: string; organisation: string; email: string };

export type GeneratedStory = {
  section: string;
  headline: string;
  standfirst: string;
  body: StoryBody;
  tags: string[];
  status: WorkflowStatus;
  /** Indexes into the generated author list. */
  authorIndexes: number[];
};

export function createStoryGenerator(seed = 20_260_101) {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

  // Real words take the frequent ranks; invented ones fill the long tail of rare words and names.
  const vocabulary = [...FUNCTION_WORDS, ...GENERAL_WORDS, ...TOPICS.flat()];
  const seen = new Set(vocabulary);
  while (vocabulary.length < VOCABULARY_SIZE) {
    const length = 2 + Math.floor(random() * 3);
    let word = '';
    for (let i = 0; i < length; i += 1) word += pick(SYLLABLES);
    if (!seen.has(word)) {
      seen.add(word);
      vocabulary.push(word);
    }
  }
  // Zipf's law sampled through a quantised inverse CDF: one table lookup per word.
  const weights = vocabulary.map((_, rank) => 1 / (rank + 1));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const lookup = new Uint32Array(1 << 20);
  let rank = 0;
  let cumulative = weights[0]!;
  for (let slot = 0; slot < lookup.length; slot += 1) {
    const target = ((slot + 0.5) / lookup.length) * total;
    while (cumulative < target && rank < vocabulary.length - 1) {
      rank += 1;
      cumulative += weights[rank]!;
    }
    lookup[slot] = rank;
  }
  const zipfWord = (): string => vocabulary[lookup[Math.floor(random() * lookup.length)]!]!;

  const sentence = (topicWords: readonly string[], length: number): string => {
    const words: string[] = [];
    for (let i = 0; i < length; i += 1) words.push(random() < 0.08 ? pick(topicWords) : zipfWord());
    const text = words.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}${random() < 0.1 ? '?' : '.'}`;
  };

  const textNode = (text: string, format = 0) => ({
    detail: 0,
    format,
    mode: 'normal',
    style: '',
    text,
    type: 'text',
    version: 1,
  });
  const block = (type: string, children: object[], extra: object = {}) => ({
    children,
    direction: 'ltr',
    format: '',
    indent: 0,
    type,
    version: 1,
    ...extra,
  });

  /** A paragraph of `words` words, sometimes with a bold or italic phrase in it. */
  const paragraph = (topicWords: readonly string[], words: number) => {
    const sentences: string[] = [];
    let left = words;
    while (left > 0) {
      const length = Math.min(left, 8 + Math.floor(random() * 20));
      sentences.push(sentence(topicWords, length));
      left -= length;
    }
    const text = sentences.join(' ');
    if (random() < 0.3) {
      const cut = text.indexOf(' ', Math.floor(text.length / 3));
      const end = text.indexOf(' ', cut + 20);
      if (cut > 0 && end > cut) {
        return block('paragraph', [
          textNode(text.slice(0, cut + 1)),
          textNode(text.slice(cut + 1, end), random() < 0.5 ? 1 : 2),
          textNode(text.slice(end)),
        ], { textFormat: 0, textStyle: '' });
      }
    }
    return block('paragraph', [textNode(text)], { textFormat: 0, textStyle: '' });
  };

  const body = (totalWords: number, topicWords: readonly string[]): StoryBody => {
    const children: object[] = [];
    let words = 0;
    let sinceHeading = 0;
    while (words < totalWords) {
      if (sinceHeading >= 4 && random() < 0.4) {
        children.push(block('heading', [textNode(headlineText(topicWords, 5))], { tag: 'h2' }));
        sinceHeading = 0;
      }
      const size = Math.min(totalWords - words, 40 + Math.floor(random() * 60));
      const roll = random();
      if (roll < 0.05) {
        children.push(block('quote', [textNode(sentence(topicWords, size))]));
      } else if (roll < 0.1) {
        const items = 3 + Math.floor(random() * 3);
        const each = Math.max(1, Math.floor(size / items));
        children.push(
          block(
            'list',
            Array.from({ length: items }, (_, i) => block('listitem', [textNode(sentence(topicWords, each))], { value: i + 1 })),
            { listType: 'bullet', start: 1, tag: 'ul' },
          ),
        );
      } else {
        children.push(paragraph(topicWords, size));
      }
      words += size;
      sinceHeading += 1;
    }
    return { root: block('root', children) as StoryBody['root'] };
  };

  const headlineText = (topicWords: readonly string[], words: number): string => {
    const parts = [pick(topicWords)];
    for (let i = 1; i < words; i += 1) parts.push(random() < 0.35 ? pick(topicWords) : pick(GENERAL_WORDS));
    const text = parts.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
  };

  const authors: GeneratedAuthor[] = [];
  const authorNames = new Set<string>();
  while (authors.length < 200) {
    const name = `${pick(FIRST_NAMES)} ${pick(SURNAMES)}`;
    if (authorNames.has(name)) continue;
    authorNames.add(name);
    authors.push({
      name,
      role: pick(ROLES),
      organisation: pick(ORGANISATIONS),
      email: `${name.toLowerCase().normalize('NFKD').replace(/[^a-z]+/g, '.')}@example.org`,
    });
  }

  return {
    authors,
    story(words = 500 + Math.floor(random() * 700)): GeneratedStory {
      const topic = pick(TOPICS);
      const topicWords = random() < 0.4 ? [...topic, ...pick(TOPICS)] : topic;
      const bylineCount = random() < 0.05 ? 0 : random() < 0.8 ? 1 : 2;
      const authorIndexes = [...new Set(Array.from({ length: bylineCount }, () => Math.floor(random() * authors.length)))];
      const tagCount = 1 + Math.floor(random() * 4);
      return {
        section: pick(SECTIONS),
        headline: headlineText(topicWords, 5 + Math.floor(random() * 6)),
        standfirst: `${sentence(topicWords, 15 + Math.floor(random() * 15))} ${sentence(topicWords, 10)}`,
        body: body(words, topicWords),
        tags: [...new Set(Array.from({ length: tagCount }, () => pick(TAGS)))],
        status: pick(['draft', 'in_edit', 'ready', 'ready'] as const),
        authorIndexes,
      };
    },
    /** Realistic library searches: topic words, names, tags, two-word searches and half-typed words. */
    searches(count: number): string[] {
      const queries: string[] = [];
      while (queries.length < count) {
        const kind = queries.length % 6;
        const topic = pick(TOPICS);
        if (kind === 0) queries.push(pick(topic));
        else if (kind === 1) queries.push(`${pick(topic)} ${pick(topic)}`);
        else if (kind === 2) queries.push(pick(authors).name.split(' ').at(-1)!);
        else if (kind === 3) queries.push(pick(TAGS));
        else if (kind === 4) queries.push(pick(topic).slice(0, 5));
        else queries.push(`${pick(GENERAL_WORDS)} ${pick(topic)}`);
      }
      return queries;
    },
  };
}
