import { compareBodyItems } from './compare-body-items';
import { compareBio, compareBylines } from './compare-bylines';
import { keptPairs, listChanges } from './compare-lists';
import { editedField, replacedField, type FieldChange } from './field-change';
import type { RevisionSnapshot } from './revision-schema';
import type { LeadImage, RelatedLinkInput } from './story-schema';
import { statusLabels } from './story-constants';
import { londonInWords } from './london-time';

export type { FieldChange } from './field-change';

/** A kept version or the story as it is now (the story carries more fields, which are not compared). */
export type ComparedStory = RevisionSnapshot;

export type FieldContext = {
  /** The current headline of a linked story. */
  storyHeadline: (storyId: string) => string;
  /** The settings' bio template, for bios that follow the bylines. */
  bioTemplate: string;
};


/**
 * Every change a desk answers for beyond the headline, standfirst and body
 * words, older to newer, in the order the story's panels show them; an
 * unchanged field says nothing. A field a version was kept without (the
 * status before it was recorded, the lead image before stories had one) is
 * not compared.
 */
export function compareStoryFields(older: ComparedStory, newer: ComparedStory, context: FieldContext): FieldChange[] {
  return [
    ...replacedField('Section', older.section, newer.section),
    ...(older.status === undefined || newer.status === undefined ? [] : replacedField('Status', statusLabels[older.status], statusLabels[newer.status])),
    ...replacedField('Publish date', londonOrEmpty(older.publishDate), londonOrEmpty(newer.publishDate)),
    ...replacedField('Slug', older.slug, newer.slug),
    ...editedField('Social headline', older.socialHeadline, newer.socialHeadline),
    ...editedField('Social description', older.socialDescription, newer.socialDescription),
    ...compareBylines(older.bylines, newer.bylines),
    ...compareBio(older, newer, context.bioTemplate),
    ...(older.leadImage === undefined || newer.leadImage === undefined ? [] : compareLeadImage(older.leadImage, newer.leadImage)),
    ...listChanges(older.tags, newer.tags, (tag) => tag.toLowerCase(), (tag) => tag, { added: 'Tag added', removed: 'Tag removed', reordered: 'Tags reordered' }),
    ...compareRelated(older.related, newer.related, context.storyHeadline),
    ...compareBodyItems(older.body, newer.body),
  ];
}


function compareLeadImage(older: LeadImage | null, newer: LeadImage | null): FieldChange[] {
  const name = (image: LeadImage) => (image.alt === '' ? 'no alt text' : `alt text “${image.alt}”`);
  if (older === null && newer === null) return [];
  if (older === null) return [{ change: 'added', label: 'Lead image added', text: name(newer!) }];
  if (newer === null) return [{ change: 'removed', label: 'Lead image removed', text: name(older) }];
  return [
    ...(older.sha256 === newer.sha256 ? [] : [{ change: 'added' as const, label: 'Lead image replaced', text: 'a different picture' }]),
    ...editedField('Lead image alt text', older.alt, newer.alt),
    ...editedField('Lead image caption', older.caption, newer.caption),
    ...editedField('Lead image credit', older.credit, newer.credit),
  ];
}

function compareRelated(older: readonly RelatedLinkInput[], newer: readonly RelatedLinkInput[], storyHeadline: (id: string) => string): FieldChange[] {
  const keyOf = (link: RelatedLinkInput) => (link.kind === 'story' ? `story:${link.storyId}` : `url:${link.url}`);
  const describe = (link: RelatedLinkInput) => (link.kind === 'story' ? storyHeadline(link.storyId) : `${link.headline} (${link.url})`);
  return [
    ...listChanges(older, newer, keyOf, describe, {
      added: 'Related story added',
      removed: 'Related story removed',
      reordered: 'Related stories reordered',
    }),
    // An outside link's words are the story's own copy; a linked story's headline is that story's.
    ...keptPairs(older, newer, keyOf).flatMap(([before, after]) =>
      before.kind === 'external' && after.kind === 'external'
        ? [
            ...editedField(`Related link headline (${after.url})`, before.headline, after.headline),
            ...editedField(`Related link standfirst (${after.url})`, before.standfirst, after.standfirst),
          ]
        : [],
    ),
  ];
}

function londonOrEmpty(iso: string | null): string {
  return iso === null ? '' : londonInWords(iso);
}
