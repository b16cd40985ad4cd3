import { editedField, type FieldChange } from '../../shared/story/field-change';
import { matchInOrder } from '../../shared/story/match-in-order';
import type { JsonNode } from '../node-definition';

type PullQuote = { text: string; attribution: string };

/** Attributions edited (a pull-quote's words are body text, in the text's own diff). */
export function compareAttributions(olderNodes: readonly JsonNode[], newerNodes: readonly JsonNode[]): FieldChange[] {
  // A pull-quote whose words were edited is still the same pull-quote when it stands in the same place.
  const { pairs } = matchInOrder(olderNodes.map(pullQuoteOf), newerNodes.map(pullQuoteOf), (a, b) => a.text === b.text && a.attribution === b.attribution, () => true);
  return pairs.flatMap(([before, after]) => editedField('Pull-quote attribution', before.attribution, after.attribution));
}

function pullQuoteOf(node: JsonNode): PullQuote {
  return { text: typeof node.text === 'string' ? node.text : '', attribution: typeof node.attribution === 'string' ? node.attribution : '' };
}
