import { useEffect, useState } from 'react';
import type { LinkingStory } from '../../shared/story/related-schema';
import type { StorySummary } from '../../shared/story/story-schema';
import { useApi } from '../api/api-context';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { quotedTitle } from './story-title';

type DeleteForeverDialogProps = {
  story: StorySummary;
  onConfirm: () => void;
  onCancel: () => void;
};

const SHOWN = 5;

function linkedFrom(linking: readonly LinkingStory[]): string {
  const names = linking.slice(0, SHOWN).map((story) => quotedTitle(story.headline));
  const more = linking.length - names.length;
  const list = more > 0 ? `${names.join(', ')} and ${more} more` : names.join(', ');
  const count = linking.length === 1 ? '1 story' : `${linking.length} stories`;
  return `Linked from ${count}: ${list}. Those links will show the story as missing and are left out of their exports.`;
}

/** "Delete for good?", naming the stories that link to this one, since their links would break. */
export function DeleteForeverDialog({ story, onConfirm, onCancel }: DeleteForeverDialogProps) {
  const api = useApi();
  const [linking, setLinking] = useState<readonly LinkingStory[] | null>(null);

  useEffect(() => {
    let live = true;
    api.listLinkingStories({ storyId: story.id }).then(
      (found) => live && setLinking(found),
      // Not knowing the links is no reason to stop someone deleting: the dialog says less.
      () => live && setLinking([]),
    );
    return () => {
      live = false;
    };
  }, [api, story.id]);

  return (
    <ConfirmDialog
      title={`Delete ${quotedTitle(story.headline)} for good?`}
      confirmLabel="Delete for good"
      onCancel={onCancel}
      onConfirm={onConfirm}
    >
      <p>The story and all its saved versions will be removed from this computer, from its backups too. This cannot be undone.</p>
      <p className="delete-dialog__links" role="status">
        {linking === null ? 'Checking which stories link to it…' : linking.length > 0 ? linkedFrom(linking) : ''}
      </p>
    </ConfirmDialog>
  );
}
