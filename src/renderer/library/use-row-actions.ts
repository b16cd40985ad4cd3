import { useCallback, useState } from 'react';
import type { StorySummary } from '../../shared/story/story-schema';
import type { StoryView } from '../../shared/story/story-constants';
import { duplicateStoryKey } from '../../shared/commands/command-list';
import { chordsTitle } from '../commands/command-labels';
import { isMac } from '../ui/keyboard';
import type { MenuItem } from '../ui/Menu';
import type { StoryList } from './use-story-list';
import type { StoryActions } from './use-story-actions';
import type { StoryGridState } from './use-story-grid';

/**
 * What can be done to one story in the list (from its menu or its keys),
 * for the view showing: deleting for good asks first.
 */
export function useRowActions(actions: StoryActions, grid: StoryGridState, list: StoryList, view: StoryView) {
  const [confirmDelete, setConfirmDelete] = useState<StorySummary | null>(null);
  const { selectWhenLoaded, wantFocus, open, focusList } = grid;

  const duplicate = useCallback(
    async (story: StorySummary) => {
      const copyId = await actions.duplicate(story);
      if (copyId !== null) selectWhenLoaded(copyId);
    },
    [actions, selectWhenLoaded],
  );

  const removeOrTrash = useCallback(
    (story: StorySummary) => {
      if (view === 'trash') setConfirmDelete(story);
      else {
        wantFocus(true);
        void actions.trash(story);
      }
    },
    [actions, view, wantFocus],
  );

  const menuItems = useCallback(
    (story: StorySummary): MenuItem[] => {
      const openItem: MenuItem = { label: 'Open', shortcut: 'Enter', onSelect: () => open(list.indexOf(story.id)) };
      const duplicateItem: MenuItem = { label: 'Duplicate', shortcut: chordsTitle([duplicateStoryKey]), onSelect: () => void duplicate(story) };
      const deleteKey = isMac ? '⌫' : 'Delete';
      const trashItem: MenuItem = { label: 'Move to trash', shortcut: deleteKey, onSelect: () => removeOrTrash(story) };
      switch (view) {
        case 'active':
          return [openItem, duplicateItem, { label: 'Archive', onSelect: () => void actions.archive(story) }, trashItem];
        case 'archived':
          return [openItem, duplicateItem, { label: 'Move back to Stories', onSelect: () => void actions.unarchive(story) }, trashItem];
        case 'trash':
          return [
            openItem,
            { label: 'Restore', onSelect: () => void actions.restore(story) },
            { label: 'Delete for good…', shortcut: deleteKey, destructive: true, onSelect: () => setConfirmDelete(story) },
          ];
      }
    },
    [actions, duplicate, view, list, open, removeOrTrash],
  );

  const cancelDelete = useCallback(() => {
    setConfirmDelete(null);
    focusList();
  }, [focusList]);

  const deleteForever = useCallback(() => {
    if (confirmDelete === null) return;
    setConfirmDelete(null);
    wantFocus(true);
    void actions.deleteForever(confirmDelete);
  }, [actions, confirmDelete, wantFocus]);

  return { duplicate, removeOrTrash, menuItems, confirmDelete, cancelDelete, deleteForever };
}

export type RowActions = ReturnType<typeof useRowActions>;
