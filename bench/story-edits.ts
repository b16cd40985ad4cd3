import { bodyBlocksOf, bodyEditBetween } from '../src/shared/story/body-edit';
import type { BodyEdit, StoryBody } from '../src/shared/story/story-schema';

type TextLike = { text?: unknown };
type BlockLike = { type?: string; children?: TextLike[] };

/** The indexes of the body's paragraphs that start with a text run: where the edits below go. */
export function editableParagraphs(body: StoryBody): number[] {
  return body.root.children.flatMap((child, index) => {
    const block = child as BlockLike;
    return block.type === 'paragraph' && typeof block.children?.[0]?.text === 'string' ? [index] : [];
  });
}

/** The body with the first text run of block `index` changed by `change`. */
export function withFirstText(body: StoryBody, index: number, change: (text: string) => string): StoryBody {
  const children = [...body.root.children];
  const block = children[index] as BlockLike & (typeof children)[number];
  const [first, ...rest] = block.children as (TextLike & { text: string })[];
  children[index] = { ...block, children: [{ ...first!, text: change(first!.text) }, ...rest] };
  return { ...body, root: { ...body.root, children } };
}

/** The text of block `index`'s first text run (the rows and the document write a block's keys in orders of their own). */
export function firstText(body: StoryBody, index: number): string | undefined {
  const text = (body.root.children[index] as BlockLike | undefined)?.children?.[0]?.text;
  return typeof text === 'string' ? text : undefined;
}

/** The `bodyEdit` the editor's autosave sends for `body`, made against the acknowledged one. */
export function bodyEditFor(acknowledged: StoryBody, body: StoryBody): BodyEdit {
  const edit = bodyEditBetween(bodyBlocksOf(acknowledged), body);
  if (edit === undefined) throw new Error('The edit changed nothing.');
  return edit;
}

/** The text typed by the benchmarks, one character (or word) at a time. */
export const TYPED = 'The minister said the wards would reopen in spring. ';
