import { fieldText, isFieldScope, type CheckDocument } from './document';
import type { Finding } from './finding';

const fieldNames = {
  headline: 'Headline',
  standfirst: 'Standfirst',
  bio: 'Bio',
  socialHeadline: 'Social headline',
  socialDescription: 'Social description',
} as const;

/** Where a finding (or anything else placed in a text) is, as a person reads the story: "Headline", "Paragraph 3", "Pull-quote 1", "Body". */
export function findingPlace(finding: Pick<Finding, 'scope' | 'blockKey'>, document: CheckDocument): string {
  if (isFieldScope(finding.scope)) return fieldNames[finding.scope];
  if (finding.blockKey === undefined) return 'Body';
  const index = document.body.findIndex((block) => block.key === finding.blockKey);
  const block = document.body[index];
  if (block === undefined) return 'Body';
  const sameKind = document.body.slice(0, index + 1).filter((b) => b.kind === block.kind).length;
  const names = { paragraph: 'Paragraph', heading: 'Subheading', quote: 'Quote', listitem: 'List item', tablecell: 'Table cell', pullquote: 'Pull-quote', caption: 'Caption', endmark: 'End mark' };
  return `${names[block.kind]} ${sameKind}`;
}

/** The flagged text, from the document the finding came from. */
export function findingText(finding: Finding, document: CheckDocument): string {
  if (finding.from === finding.to) return '';
  const text =
    finding.blockKey !== undefined
      ? (document.body.find((b) => b.key === finding.blockKey)?.text ?? '')
      : isFieldScope(finding.scope)
        ? fieldText(document, finding.scope)
        : '';
  return text.slice(finding.from, finding.to);
}
