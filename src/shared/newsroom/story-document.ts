import { $getRoot, type LexicalUpdateJSON, type SerializedRootNode } from 'lexical';
import { fromBase64 } from 'lib0/buffer';
import { simpleDiffString } from 'lib0/diff';
import * as Y from 'yjs';
import { ApiError } from '../api/api-error';
import type { HouseStyleIgnore } from '../house-style/ignore-schema';
import type { BodyEdit, BylineInput, LeadImageChange, RelatedLinkInput, Story, StoryBody, StoryChanges } from '../story/story-schema';
import { $reconcileChildren, $replaceChildren } from './lexical-reconcile';
import { editStoryBody, readStoryBody, STORY_EDIT } from './story-body-editor';
import { readList, recordItems, wholeItems, writeList, type ListKind } from './story-lists';

/**
 * Where each of a story's fields lives in its Yjs document (docs/newsroom.md):
 * - `text`: a Y.Text of its own, merged character by character;
 * - `value`: one value in the `fields` Y.Map; of two concurrent writes, the
 *   one Yjs orders last wins, the same on every copy;
 * - `list`: a Y.Array of its own, merged item by item;
 * - `body`: the Y.XmlText `root` that @lexical/yjs binds the editor to;
 * - `profile`: not shared: each profile's store works it out (its own
 *   revision count and times, the word count from the body).
 * Typed against the story, so a new field does not compile until it has a place.
 */
export const storyFieldPlaces = {
  id: 'value',
  revision: 'profile',
  section: 'value',
  headline: 'text',
  standfirst: 'text',
  socialHeadline: 'text',
  socialDescription: 'text',
  slug: 'value',
  slugLocked: 'value',
  status: 'value',
  body: 'body',
  authorBio: 'value',
  bylines: 'list',
  leadImage: 'value',
  tags: 'list',
  related: 'list',
  houseStyleIgnores: 'list',
  wordCount: 'profile',
  publishDate: 'value',
  createdAt: 'value',
  contentModifiedAt: 'profile',
  modifiedAt: 'profile',
  archivedAt: 'value',
  trashedAt: 'value',
} as const satisfies Record<keyof Story, 'text' | 'value' | 'list' | 'body' | 'profile'>;

type Place<P> = { [K in keyof typeof storyFieldPlaces]: (typeof storyFieldPlaces)[K] extends P ? K : never }[keyof typeof storyFieldPlaces];
type TextField = Place<'text'>;
type ValueField = Exclude<Place<'value'>, 'leadImage'>;

/** What a story's document holds: the story as every profile shares it. */
export type StoryDocumentContent = Pick<Story, TextField | ValueField> & {
  body: StoryBody | null;
  bylines: BylineInput[];
  /** The picture by its content address; each profile reads its pixel size from its own images. */
  leadImage: LeadImageChange | null;
  tags: string[];
  related: RelatedLinkInput[];
  houseStyleIgnores: HouseStyleIgnore[];
};

/** The Y.Map holding the `value` fields. */
const FIELDS = 'fields';
/** The value in it saying whether the story has a body yet: a story saved without one has none, and an empty root is not a body. */
const HAS_BODY = 'hasBody';

const textFields = Object.keys(storyFieldPlaces).filter((field) => storyFieldPlaces[field as keyof Story] === 'text') as TextField[];
const valueFields = Object.keys(storyFieldPlaces).filter((field) => storyFieldPlaces[field as keyof Story] === 'value') as (ValueField | 'leadImage')[];

const lists = {
  bylines: recordItems<BylineInput>((byline) => byline.authorId, ['authorId', 'role', 'organisation']),
  tags: wholeItems<string>((tag) => tag),
  related: wholeItems<RelatedLinkInput>((link) => (link.kind === 'story' ? `story:${link.storyId}` : `url:${link.url}`)),
  houseStyleIgnores: wholeItems<HouseStyleIgnore>((ignore) => JSON.stringify(ignore)),
} satisfies { [K in Place<'list'>]: ListKind<StoryDocumentContent[K][number]> };

function fieldsOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(FIELDS);
}

function listOf(doc: Y.Doc, field: keyof typeof lists): Y.Array<unknown> {
  return doc.getArray(field);
}

/** A new story document holding `story` (Y.encodeStateAsUpdate gives it as an update). */
export function storyDocument(story: Story): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    const fields = fieldsOf(doc);
    for (const field of valueFields) if (field !== 'leadImage') fields.set(field, story[field]);
    fields.set('leadImage', story.leadImage === null ? null : leadImageChange(story.leadImage));
    for (const field of textFields) doc.getText(field).insert(0, story[field]);
    writeList(listOf(doc, 'bylines'), story.bylines.map(({ authorId, role, organisation }) => ({ authorId, role, organisation })), lists.bylines);
    writeList(listOf(doc, 'tags'), story.tags, lists.tags);
    writeList(listOf(doc, 'related'), story.related, lists.related);
    writeList(listOf(doc, 'houseStyleIgnores'), story.houseStyleIgnores, lists.houseStyleIgnores);
    if (story.body !== null) setBody(doc, story.body);
  }, STORY_EDIT);
  return doc;
}

function leadImageChange({ sha256, alt, caption, credit }: NonNullable<Story['leadImage']>): LeadImageChange {
  return { sha256, alt, caption, credit };
}

/** The story `doc` holds: its shared fields and its body as Lexical JSON. */
export function storyFromDocument(doc: Y.Doc): StoryDocumentContent {
  return { ...storyFieldsFromDocument(doc), body: storyBodyFromDocument(doc) };
}

/** The body `doc` holds, as Lexical JSON (null: the story has no body yet). */
export function storyBodyFromDocument(doc: Y.Doc): StoryBody | null {
  if (fieldsOf(doc).get(HAS_BODY) !== true) return null;
  return readStoryBody(doc, (editor) => editor.getEditorState().toJSON() as unknown as StoryBody);
}

/** The story `doc` holds but its body, which alone is costly to read. */
export function storyFieldsFromDocument(doc: Y.Doc): Omit<StoryDocumentContent, 'body'> {
  const fields = fieldsOf(doc);
  const values = Object.fromEntries(valueFields.map((field) => [field, fields.get(field) ?? null]));
  const texts = Object.fromEntries(textFields.map((field) => [field, doc.getText(field).toString()]));
  return {
    ...(values as Pick<StoryDocumentContent, ValueField | 'leadImage'>),
    ...(texts as Pick<StoryDocumentContent, TextField>),
    bylines: readList(listOf(doc, 'bylines'), lists.bylines),
    tags: readList(listOf(doc, 'tags'), lists.tags),
    related: readList(listOf(doc, 'related'), lists.related),
    houseStyleIgnores: readList(listOf(doc, 'houseStyleIgnores'), lists.houseStyleIgnores),
  };
}

type Applier<K extends keyof StoryChanges> = (doc: Y.Doc, value: Exclude<StoryChanges[K], undefined>) => void;

/** The changes made in the document's own transaction: all but an update of the body, which arrives as Yjs already. */
type EditChanges = Omit<StoryChanges, 'bodyUpdate'>;

/** How each change of a save becomes an edit of the document; typed against the changes, so none is forgotten. */
const appliers: { [K in keyof EditChanges]-?: Applier<K> } = {
  body: (doc, body) => (body === null ? removeBody(doc) : setBody(doc, body)),
  bodyEdit: (doc, edit) => editBody(doc, edit),
  headline: (doc, text) => setText(doc.getText('headline'), text),
  standfirst: (doc, text) => setText(doc.getText('standfirst'), text),
  socialHeadline: (doc, text) => setText(doc.getText('socialHeadline'), text),
  socialDescription: (doc, text) => setText(doc.getText('socialDescription'), text),
  section: (doc, section) => setValue(doc, 'section', section),
  status: (doc, status) => setValue(doc, 'status', status),
  publishDate: (doc, date) => setValue(doc, 'publishDate', date),
  authorBio: (doc, bio) => setValue(doc, 'authorBio', bio),
  leadImage: (doc, image) => setValue(doc, 'leadImage', image),
  slug: (doc, slug) => setSlug(doc, slug),
  bylines: (doc, bylines) => writeList(listOf(doc, 'bylines'), bylines, lists.bylines),
  tags: (doc, tags) => writeList(listOf(doc, 'tags'), tags, lists.tags),
  related: (doc, related) => writeList(listOf(doc, 'related'), related, lists.related),
  houseStyleIgnores: (doc, ignores) => writeList(listOf(doc, 'houseStyleIgnores'), ignores, lists.houseStyleIgnores),
};

/**
 * Applies a save's `changes` to the document as the smallest Yjs edits (the
 * characters typed, the blocks changed, the values set), in one transaction,
 * so that another editor's concurrent edits merge with them. The body goes
 * first: an edit that does not fit the body is refused before anything
 * changes. A `bodyUpdate` is applied before that transaction, as an update
 * from another editor (see applyBodyUpdate).
 */
export function applyStoryChanges(doc: Y.Doc, changes: StoryChanges): void {
  const { bodyUpdate, ...edits } = changes;
  const bodyForms = [changes.body, changes.bodyEdit, bodyUpdate].filter((form) => form !== undefined).length;
  if (bodyForms > 1) {
    const field = bodyUpdate === undefined ? 'changes.bodyEdit' : 'changes.bodyUpdate';
    throw new ApiError('invalid_input', 'A save sends the body in one form (whole, as an edit or as an update), not several. Nothing was saved.', field);
  }
  if (bodyUpdate !== undefined) applyBodyUpdate(doc, fromBase64(bodyUpdate));
  doc.transact(() => {
    const keys = Object.keys(edits) as (keyof EditChanges)[];
    for (const key of keys.sort((a, b) => Number(isBody(b)) - Number(isBody(a)))) {
      const value = edits[key];
      if (value !== undefined) (appliers[key] as Applier<typeof key>)(doc, value as never);
    }
  }, STORY_EDIT);
}

/**
 * Applies a Yjs update of the body made by an editor bound to a copy of
 * this document (docs/saving.md); the body editor takes it in like an
 * update from another profile. Refused (`rejected`, field
 * `changes.bodyUpdate`) when the bytes are not a Yjs update, when they need
 * edits this document does not have, or when they change anything but the
 * body. What an update reaches is known only once it is applied, so after a
 * refusal the document may hold part of it: the caller loads it again.
 */
export function applyBodyUpdate(doc: Y.Doc, update: Uint8Array): void {
  try {
    Y.decodeUpdate(update);
  } catch {
    throw bodyUpdateRefused('The body update is not a Yjs update of the story document');
  }
  const reached = new Set<string>();
  const noteReached = (transaction: Y.Transaction) => {
    for (const type of transaction.changed.keys()) reached.add(Y.findRootTypeKey(rootTypeOf(type)));
  };
  const hadPending = doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
  doc.on('afterTransaction', noteReached);
  try {
    Y.applyUpdate(doc, update);
  } catch {
    throw bodyUpdateRefused('The body update could not be applied to the story document');
  } finally {
    doc.off('afterTransaction', noteReached);
  }
  const outside = [...reached].filter((name) => name !== BODY_ROOT);
  if (outside.length > 0) {
    throw bodyUpdateRefused(`The body update also changes ${outside.join(', ')}, which are not the body; send those as fields of the save`);
  }
  if (!hadPending && (doc.store.pendingStructs !== null || doc.store.pendingDs !== null)) {
    throw bodyUpdateRefused('The body update was made on a version of the story this profile does not have; reload the story and edit again');
  }
  if (reached.has(BODY_ROOT) && fieldsOf(doc).get(HAS_BODY) !== true) doc.transact(() => fieldsOf(doc).set(HAS_BODY, true), STORY_EDIT);
}

/** The name @lexical/yjs gives the shared type it binds the body to. */
const BODY_ROOT = 'root';

/** Any shared type of a document, as a transaction names those it changed. */
type SharedType = Y.Transaction['changed'] extends Map<infer T, unknown> ? T : never;

function rootTypeOf(type: SharedType): SharedType {
  let at = type;
  while (at._item !== null) at = at._item.parent as SharedType;
  return at;
}

function bodyUpdateRefused(what: string): ApiError {
  return new ApiError('rejected', `${what}. Nothing was saved.`, 'changes.bodyUpdate');
}

function isBody(key: keyof StoryChanges): boolean {
  return key === 'body' || key === 'bodyEdit';
}

function setValue(doc: Y.Doc, field: ValueField | 'leadImage', value: unknown): void {
  const fields = fieldsOf(doc);
  if (JSON.stringify(fields.get(field) ?? null) !== JSON.stringify(value)) fields.set(field, value);
}

/** Changes `text` into `next` by the characters between what they share at the start and at the end. */
function setText(text: Y.Text, next: string): void {
  const { index, remove, insert } = simpleDiffString(text.toString(), next);
  if (remove > 0) text.delete(index, remove);
  if (insert !== '') text.insert(index, insert);
}

/**
 * Sets the states a story is put aside in (archived, in the trash: a time,
 * or null), as values of the document: of two concurrent writes the one Yjs
 * orders last wins, on every profile alike.
 */
export function setStoryStates(doc: Y.Doc, states: Partial<Pick<Story, 'archivedAt' | 'trashedAt'>>): void {
  doc.transact(() => {
    if (states.archivedAt !== undefined) setValue(doc, 'archivedAt', states.archivedAt);
    if (states.trashedAt !== undefined) setValue(doc, 'trashedAt', states.trashedAt);
  }, STORY_EDIT);
}

/** A slug typed is kept; null goes back to deriving it from the headline, which the store does. */
function setSlug(doc: Y.Doc, slug: string | null): void {
  if (slug !== null) setValue(doc, 'slug', slug);
  setValue(doc, 'slugLocked', slug !== null);
}

function removeBody(doc: Y.Doc): void {
  editStoryBody(doc, () => $getRoot().clear());
  fieldsOf(doc).set(HAS_BODY, false);
}

function setBody(doc: Y.Doc, body: StoryBody): void {
  editStoryBody(doc, () => {
    const root = $getRoot();
    const { children, ...own } = body.root as unknown as SerializedRootNode;
    root.updateFromJSON(own as LexicalUpdateJSON<SerializedRootNode>);
    $reconcileChildren(root, children);
  });
  if (fieldsOf(doc).get(HAS_BODY) !== true) fieldsOf(doc).set(HAS_BODY, true);
}

function editBody(doc: Y.Doc, edit: BodyEdit): void {
  if (fieldsOf(doc).get(HAS_BODY) !== true) throw bodyEditRefused();
  editStoryBody(doc, () => {
    const root = $getRoot();
    if (edit.baseBlocks !== root.getChildrenSize() || edit.at + edit.remove > edit.baseBlocks) throw bodyEditRefused();
    $replaceChildren(root, edit.at, edit.remove, edit.insert as never);
  });
}

function bodyEditRefused(): ApiError {
  return new ApiError(
    'rejected',
    'The edit of the text was made for another version of it than the one in the story document, so nothing was saved. Send the whole text instead.',
    'changes.bodyEdit',
  );
}
