import { listInWords } from '../../shared/story/story-parts';
import type { StorySummary } from '../../shared/story/story-schema';

/** "Changed by Jane Smith and Nia Davies": who changed the story on the desk since it was last opened here. */
export function changedOnDeskText({ editors }: NonNullable<StorySummary['changedOnDesk']>): string {
  const named = editors.filter((editor): editor is string => editor !== null);
  const unnamed = editors.length - named.length;
  const others = unnamed === 0 ? [] : [unnamed === 1 && named.length === 0 ? 'another editor' : 'others'];
  return `Changed by ${listInWords([...named, ...others])}`;
}
