import type * as Y from 'yjs';
import { setStoryStates, storyFieldsFromDocument } from '../../shared/newsroom/story-document';
import { isoDateTimeSchema, type Story } from '../../shared/story/story-schema';
import type { Stories, StoryState } from './stories';
import { updateMadeBy, type StoryDocuments } from './story-documents';

/**
 * Archiving and trashing a story (and undoing either): on a shared story the
 * state is a value of its document too (docs/newsroom.md), so it syncs like
 * its status, and the rows take it from the document when the desk changes
 * it. Runs inside the caller's transaction.
 */
export class StoryStates {
  constructor(
    private readonly stories: Stories,
    private readonly documents: StoryDocuments,
  ) {}

  /** Puts the story aside (`on`) or back; a shared story's document takes the state and its update is stored. */
  set(id: string, state: StoryState, on: boolean, now: string): Story {
    const story = this.stories.setState(id, state, on, now);
    const shared = this.documents.of(id);
    if (shared !== null) {
      const { update } = updateMadeBy(shared.doc, () => setStoryStates(shared.doc, { [state]: story[state] }));
      if (update !== null) this.documents.append(id, shared, update, now);
    }
    return story;
  }

  /** The rows take the states the document holds (a time that is not one counts as none); whether they changed. */
  follow(id: string, doc: Y.Doc, now: string): boolean {
    const { archivedAt, trashedAt } = storyFieldsFromDocument(doc);
    return this.stories.setStates(id, { archivedAt: timeOrNull(archivedAt), trashedAt: timeOrNull(trashedAt) }, now);
  }
}

function timeOrNull(value: unknown): string | null {
  const time = isoDateTimeSchema.safeParse(value);
  return time.success ? time.data : null;
}
