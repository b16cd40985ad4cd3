import { diffArrays } from 'diff';
import { blocksFromBody } from '../house-style/blocks-from-body';
import { FOOTNOTE_TYPE } from '../../nodes/footnote/footnote-names';
import { IMAGE_TYPE } from '../../nodes/image/image-names';
import { PULL_QUOTE_TYPE } from '../../nodes/pull-quote/pull-quote-names';
import { editedField, replacedField, type FieldChange } from './field-change';
import type { StoryBody } from './story-schema';

type Link = { text: string; url: string };
type BodyImage = { sha256: string; alt: string; credit: string };
type PullQuote = { text: string; attribution: string };
type JsonNode = { type?: unknown; children?: unknown; [field: string]: unknown };

const MAX_DEPTH = 64;

/**
 * What the body's word diff does not show: link URLs, images (added,
 * removed, alt text and credit; captions are body text), pull-quote
 * attributions (their text is body text) and footnotes (their notes are
 * not body text).
 */
export function compareBodyItems(older: StoryBody | null, newer: StoryBody | null): FieldChange[] {
  return [
    ...compareLinks(linksOf(older), linksOf(newer)),
    ...compareImages(older, newer),
    ...compareAttributions(older, newer),
    ...compareFootnotes(older, newer),
  ];
}

function linksOf(body: StoryBody | null): Link[] {
  return blocksFromBody(body).flatMap((block) => (block.links ?? []).map(({ from, to, url }) => ({ text: block.text.slice(from, to), url })));
}

function compareLinks(older: Link[], newer: Link[]): FieldChange[] {
  const { pairs, removed, added } = matchInOrder(
    older,
    newer,
    (a, b) => a.text === b.text && a.url === b.url,
    // Same words with another address, or the same address under edited words (the body diff shows those).
    (a, b) => a.text === b.text || a.url === b.url,
  );
  return [
    ...pairs.flatMap(([before, after]) => replacedField(`Link URL of “${after.text}”`, before.url, after.url)),
    ...removed.map((link): FieldChange => ({ change: 'removed', label: 'Link removed', text: `“${link.text}” (${link.url})` })),
    ...added.map((link): FieldChange => ({ change: 'added', label: 'Link added', text: `“${link.text}” (${link.url})` })),
  ];
}

function compareImages(olderBody: StoryBody | null, newerBody: StoryBody | null): FieldChange[] {
  const older = nodesOf(olderBody, IMAGE_TYPE).map(imageOf);
  const newer = nodesOf(newerBody, IMAGE_TYPE).map(imageOf);
  const { pairs, removed, added } = matchInOrder(older, newer, (a, b) => a.sha256 === b.sha256);
  const name = (image: BodyImage) => (image.alt === '' ? 'no alt text' : `alt text “${image.alt}”`);
  return [
    ...removed.map((image): FieldChange => ({ change: 'removed', label: 'Image removed', text: name(image) })),
    ...added.map((image): FieldChange => ({ change: 'added', label: 'Image added', text: name(image) })),
    ...pairs.flatMap(([before, after]) => {
      const which = newer.length > 1 ? `Image ${newer.indexOf(after) + 1}` : 'Image';
      return [...editedField(`${which} alt text`, before.alt, after.alt), ...editedField(`${which} credit`, before.credit, after.credit)];
    }),
  ];
}

function compareAttributions(olderBody: StoryBody | null, newerBody: StoryBody | null): FieldChange[] {
  const older = nodesOf(olderBody, PULL_QUOTE_TYPE).map(pullQuoteOf);
  const newer = nodesOf(newerBody, PULL_QUOTE_TYPE).map(pullQuoteOf);
  // A pull-quote whose words were edited is still the same pull-quote when it stands in the same place.
  const { pairs } = matchInOrder(older, newer, (a, b) => a.text === b.text && a.attribution === b.attribution, () => true);
  return pairs.flatMap(([before, after]) => editedField('Pull-quote attribution', before.attribution, after.attribution));
}

/** Notes added, removed or reworded, named by their number in the newer text (or the older, for one removed). */
function compareFootnotes(olderBody: StoryBody | null, newerBody: StoryBody | null): FieldChange[] {
  const notes = (body: StoryBody | null) => nodesOf(body, FOOTNOTE_TYPE).map((node, i) => ({ text: text(node.text), n: i + 1 }));
  // A reworded note is still the same note while it stands between the same unchanged ones.
  const { pairs, removed, added } = matchInOrder(notes(olderBody), notes(newerBody), (a, b) => a.text === b.text, () => true);
  return [
    ...removed.map((note): FieldChange => ({ change: 'removed', label: `Footnote ${note.n} removed`, text: note.text })),
    ...added.map((note): FieldChange => ({ change: 'added', label: `Footnote ${note.n} added`, text: note.text })),
    ...pairs.flatMap(([before, after]) => editedField(`Footnote ${after.n}`, before.text, after.text)),
  ];
}

/**
 * Items matched in order: equal ones first (a longest common run), then,
 * among the items between two equal runs, each removed one with the first
 * added one `alike` accepts.
 */
function matchInOrder<T>(
  older: readonly T[],
  newer: readonly T[],
  equal: (a: T, b: T) => boolean,
  alike: (a: T, b: T) => boolean = () => false,
): { pairs: Array<[T, T]>; removed: T[]; added: T[] } {
  const pairs: Array<[T, T]> = [];
  const removed: T[] = [];
  const added: T[] = [];
  let before: T[] = [];
  let after: T[] = [];
  const settle = () => {
    const left = [...after];
    for (const item of before) {
      const match = left.findIndex((candidate) => alike(item, candidate));
      if (match === -1) removed.push(item);
      else pairs.push([item, left.splice(match, 1)[0]!]);
    }
    added.push(...left);
    before = [];
    after = [];
  };
  let olderAt = 0;
  let newerAt = 0;
  for (const change of diffArrays([...older], [...newer], { comparator: equal })) {
    const count = change.value.length;
    if (change.removed) {
      before.push(...older.slice(olderAt, olderAt + count));
      olderAt += count;
    } else if (change.added) {
      after.push(...newer.slice(newerAt, newerAt + count));
      newerAt += count;
    } else {
      settle();
      for (let i = 0; i < count; i += 1) pairs.push([older[olderAt + i]!, newer[newerAt + i]!]);
      olderAt += count;
      newerAt += count;
    }
  }
  settle();
  return { pairs, removed, added };
}

/** Every node of one type in the body, in reading order. */
function nodesOf(body: StoryBody | null, type: string): JsonNode[] {
  const out: JsonNode[] = [];
  const walk = (node: JsonNode, depth: number) => {
    if (depth > MAX_DEPTH) return;
    if (node.type === type) out.push(node);
    if (!Array.isArray(node.children)) return;
    for (const child of node.children) if (typeof child === 'object' && child !== null) walk(child as JsonNode, depth + 1);
  };
  if (body !== null) walk(body.root as JsonNode, 0);
  return out;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function imageOf(node: JsonNode): BodyImage {
  return { sha256: text(node.sha256), alt: text(node.alt), credit: text(node.credit) };
}

function pullQuoteOf(node: JsonNode): PullQuote {
  return { text: text(node.text), attribution: text(node.attribution) };
}
