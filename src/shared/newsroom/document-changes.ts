import type { StoryChanges } from '../story/story-schema';
import type { StoryDocumentContent } from './story-document';

/** The forms a save's body comes in; the body itself is read from the document apart (storyBodyFromDocument). */
type BodyForm = 'body' | 'bodyEdit' | 'bodyUpdate';
type FieldChange = Exclude<keyof StoryChanges, BodyForm>;

/** Every field a save writes but the body. */
const FIELD_CHANGES = [
  'section',
  'headline',
  'standfirst',
  'socialHeadline',
  'socialDescription',
  'slug',
  'status',
  'publishDate',
  'authorBio',
  'bylines',
  'leadImage',
  'tags',
  'related',
  'houseStyleIgnores',
] as const satisfies readonly FieldChange[];

// A field a save may change but missing from the list above does not compile.
const everyField: Record<Exclude<FieldChange, (typeof FIELD_CHANGES)[number]>, never> = {};
void everyField;

const isField = (key: string): key is FieldChange => (FIELD_CHANGES as readonly string[]).includes(key);

/**
 * The changes that make a story's rows hold what its document holds, for
 * the fields named (by default all of them), the body left out: on a shared
 * story the rows follow the document (docs/newsroom.md). A slug the
 * document does not hold as typed is null, derived by the store.
 */
export function changesFromDocument(content: Omit<StoryDocumentContent, 'body'>, fields: Iterable<string> = FIELD_CHANGES): StoryChanges {
  const changes: Record<string, unknown> = {};
  for (const field of fields) {
    if (!isField(field)) continue;
    changes[field] = field === 'slug' ? (content.slugLocked ? content.slug : null) : content[field];
  }
  return changes as StoryChanges;
}
