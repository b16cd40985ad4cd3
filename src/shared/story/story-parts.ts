import { z } from 'zod';

/** The parts of a story a change on the desk is told by: each field people edit, and the body. */
export const storyParts = [
  'headline',
  'standfirst',
  'body',
  'section',
  'status',
  'slug',
  'publishDate',
  'bylines',
  'authorBio',
  'leadImage',
  'tags',
  'related',
  'socialHeadline',
  'socialDescription',
  'houseStyleIgnores',
] as const;
export type StoryPart = (typeof storyParts)[number];

/** One editor's share of a change that came from the desk: their name (null: a profile that gave none) and what they changed. */
export const deskChangeSchema = z.object({ editor: z.string().nullable(), parts: z.array(z.enum(storyParts)) });
export type DeskChange = z.infer<typeof deskChangeSchema>;

const partWords: Record<StoryPart, string> = {
  headline: 'the headline',
  standfirst: 'the standfirst',
  body: 'the body',
  section: 'the section',
  status: 'the status',
  slug: 'the slug',
  publishDate: 'the publish date',
  bylines: 'the bylines',
  authorBio: 'the author bio',
  leadImage: 'the lead image',
  tags: 'the tags',
  related: 'the related stories',
  socialHeadline: 'the social headline',
  socialDescription: 'the social description',
  houseStyleIgnores: 'the ignored house-style findings',
};

/** "a", "a and b", "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** E.g. "Jane Smith changed the headline and the body"; an editor with no name is "Another editor". */
export function describeDeskChange({ editor, parts }: DeskChange): string {
  const who = editor ?? 'Another editor';
  if (parts.length === 0) return `${who} changed the story`;
  const ordered = storyParts.filter((part) => parts.includes(part));
  return `${who} changed ${listInWords(ordered.map((part) => partWords[part]))}`;
}
