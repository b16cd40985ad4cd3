import type { KeyboardEvent } from 'react';
import type { MenuAnchor } from '../ui/Menu';
import { libraryMemory } from './library-memory';
import { StoryRow } from './StoryRow';
import type { StoryGridState } from './use-story-grid';
import type { StoryList } from './use-story-list';

type StoryGridProps = {
  grid: StoryGridState;
  list: StoryList;
  countLabel: string | null;
  marked: ReadonlySet<string>;
  onToggleMark: (id: string) => void;
  /** The row whose menu is open, if any. */
  menuIndex: number | null;
  onMenu: (index: number, anchor: MenuAnchor) => void;
  searching: boolean;
  now: number;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
};

/** The list of stories as an ARIA grid: a header row, then only the rows in sight (and the selected one). */
export function StoryGrid({ grid, list, countLabel, marked, onToggleMark, menuIndex, onMenu, searching, now, onKeyDown }: StoryGridProps) {
  const { virtualizer, total, selectedIndex } = grid;
  return (
    <div
      ref={grid.gridRef}
      role="grid"
      aria-label={countLabel === null ? 'Stories' : `Stories, ${countLabel}`}
      aria-rowcount={total + 1}
      aria-colcount={6}
      aria-busy={list.total === null || !list.current}
      className="story-grid"
      onKeyDown={onKeyDown}
    >
      <div role="row" aria-rowindex={1} className="story-grid__header story-grid__cols">
        <div role="columnheader">Story</div>
        <div role="columnheader">Status</div>
        <div role="columnheader" className="is-numeric">
          Words
        </div>
        <div role="columnheader">Modified</div>
        <div role="columnheader">Last export</div>
        <div role="columnheader">
          <span className="visually-hidden">Actions</span>
        </div>
      </div>
      <div
        ref={grid.scrollRef}
        className="story-grid__scroll"
        onScroll={(event) => {
          libraryMemory.scrollOffset = event.currentTarget.scrollTop;
        }}
      >
        <div className="story-grid__spacer" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => (
            <StoryRow
              key={item.key}
              story={list.rowAt(item.index)}
              index={item.index}
              selected={item.index === selectedIndex}
              marked={marked}
              onToggleMark={onToggleMark}
              menuOpen={menuIndex === item.index}
              searching={searching}
              now={now}
              style={{ height: item.size, transform: `translateY(${item.start}px)` }}
              onSelect={(index) => grid.selectIndex(index)}
              onOpen={grid.open}
              onMenu={onMenu}
            />
          ))}
        </div>
      </div>
    </div>
  );
}
