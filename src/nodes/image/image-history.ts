import { editedField, type FieldChange } from '../../shared/story/field-change';
import { matchInOrder } from '../../shared/story/match-in-order';
import type { JsonNode } from '../node-definition';

type BodyImage = { sha256: string; alt: string; credit: string };

/** Images added or removed, and their alt text and credit edited (captions are body text, in the text's own diff). */
export function compareImages(olderNodes: readonly JsonNode[], newerNodes: readonly JsonNode[]): FieldChange[] {
  const older = olderNodes.map(imageOf);
  const newer = newerNodes.map(imageOf);
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

function imageOf(node: JsonNode): BodyImage {
  return { sha256: text(node.sha256), alt: text(node.alt), credit: text(node.credit) };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
