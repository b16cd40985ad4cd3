import type { KeyboardEvent } from 'react';
import type { StoryView } from '../../shared/story/story-constants';
import { duplicateStoryKey } from '../../shared/commands/command-list';
import { matchesChord } from '../../shared/commands/key-chord';
import { isMac } from '../ui/keyboard';
import type { MenuAnchor } from '../ui/Menu';
import type { StoryList } from './use-story-list';
import type { RowActions } from './use-row-actions';
import type { StoryGridState } from './use-story-grid';

type GridKeysOptions = {
  grid: StoryGridState;
  list: StoryList;
  rowActions: RowActions;
  view: StoryView;
  toggleMark: (id: string) => void;
  openMenu: (index: number, anchor: MenuAnchor) => void;
};

/**
 * The keys of a focused story row, as a grid's: arrows, Page Up/Down, Home
 * and End move; Enter opens; Space ticks; Delete trashes; Shift+F10 or the
 * context-menu key opens the row's menu; Ctrl/Cmd+D duplicates.
 */
export function gridKeyHandler({ grid, list, rowActions, view, toggleMark, openMenu }: GridKeysOptions) {
  const { selectedIndex, selectIndex, total } = grid;
  return (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    if (target.getAttribute('role') !== 'row') return;
    const story = list.rowAt(selectedIndex);
    const handled = () => {
      event.preventDefault();
      event.stopPropagation();
    };
    switch (event.key) {
      case 'ArrowDown':
        handled();
        selectIndex(selectedIndex + 1);
        return;
      case 'ArrowUp':
        handled();
        selectIndex(selectedIndex - 1);
        return;
      case 'PageDown':
        handled();
        selectIndex(selectedIndex + grid.pageSize());
        return;
      case 'PageUp':
        handled();
        selectIndex(selectedIndex - grid.pageSize());
        return;
      case 'Home':
        handled();
        selectIndex(0);
        return;
      case 'End':
        handled();
        selectIndex(total - 1);
        return;
      case 'Enter':
        handled();
        grid.open(selectedIndex);
        return;
      case ' ':
        if (story === undefined) return;
        handled();
        toggleMark(story.id);
        return;
      case 'Delete':
      case 'Backspace':
        if (story === undefined) return;
        handled();
        rowActions.removeOrTrash(story);
        return;
      case 'ContextMenu':
      case 'F10':
        if (event.key === 'F10' && !event.shiftKey) return;
        if (story === undefined) return;
        handled();
        openMenu(selectedIndex, (target.querySelector('.row-menu-button') ?? target).getBoundingClientRect());
        return;
    }
    if (matchesChord(duplicateStoryKey, event, isMac) && story !== undefined && view !== 'trash') {
      handled();
      void rowActions.duplicate(story);
    }
  };
}
