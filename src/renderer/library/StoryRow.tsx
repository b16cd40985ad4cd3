import type { CSSProperties, MouseEvent } from 'react';
import type { StorySummary } from '../../shared/story/story-schema';
import { Icon } from '../ui/Icon';
import { StatusChip } from '../ui/StatusChip';
import { formatCount, formatLondon, formatRelative } from '../ui/time-format';
import { changedOnDeskText } from './changed-on-desk';
import { SnippetText } from './SnippetText';
import { quotedTitle, storyTitle } from './story-title';
import type { MenuAnchor } from '../ui/Menu';

type StoryRowProps = {
  story: StorySummary | undefined;
  index: number;
  selected: boolean;
  /** The ids ticked for a batch export. */
  marked: ReadonlySet<string>;
  onToggleMark: (id: string) => void;
  menuOpen: boolean;
  searching: boolean;
  now: number;
  style: CSSProperties;
  onSelect: (index: number) => void;
  onOpen: (index: number) => void;
  onMenu: (index: number, anchor: MenuAnchor) => void;
};

/** Grid rows count from 1, and row 1 is the column headers. */
export const FIRST_ROW_INDEX = 2;

export function StoryRow({ story, index, selected, marked, onToggleMark, menuOpen, searching, now, style, onSelect, onOpen, onMenu }: StoryRowProps) {
  const className = `story-row story-grid__cols${selected ? ' is-selected' : ''}${searching ? ' story-row--search' : ''}`;
  if (story === undefined) {
    return (
      <div role="row" aria-rowindex={index + FIRST_ROW_INDEX} aria-busy="true" className={`${className} is-loading`} style={style} data-index={index} tabIndex={selected ? 0 : -1}>
        <div role="gridcell" className="story-row__main">
          <span className="skeleton skeleton--headline" />
          <span className="skeleton skeleton--meta" />
        </div>
      </div>
    );
  }
  const title = storyTitle(story.headline);
  const openMenuFromButton = (event: MouseEvent<HTMLButtonElement>) => {
    event.stopPropagation();
    onSelect(index);
    onMenu(index, event.currentTarget.getBoundingClientRect());
  };
  return (
    <div
      role="row"
      aria-rowindex={index + FIRST_ROW_INDEX}
      aria-selected={selected}
      tabIndex={selected ? 0 : -1}
      className={className}
      style={style}
      data-index={index}
      onClick={() => onSelect(index)}
      onDoubleClick={() => onOpen(index)}
      onContextMenu={(event) => {
        event.preventDefault();
        onSelect(index);
        onMenu(index, { top: event.clientY, bottom: event.clientY, left: event.clientX, right: event.clientX });
      }}
    >
      <div role="gridcell" className="story-row__main">
        <input
          type="checkbox"
          className="story-row__mark"
          tabIndex={-1}
          checked={marked.has(story.id)}
          aria-label={`Tick ${quotedTitle(story.headline)} to export`}
          title="Tick to export (Space)"
          onClick={(event) => event.stopPropagation()}
          onChange={() => onToggleMark(story.id)}
        />
        <a
          href={`#/story/${story.id}`}
          tabIndex={-1}
          className={`story-row__headline${story.headline.trim() === '' ? ' is-untitled' : ''}`}
          title={title}
          onClick={(event) => {
            event.preventDefault();
            event.stopPropagation();
            onOpen(index);
          }}
        >
          {title}
        </a>
        <div className="story-row__meta">
          <span className="story-row__section">{story.section}</span>
          {story.bylineNames.length > 0 && <span className="story-row__bylines">{story.bylineNames.join(', ')}</span>}
          {story.changedOnDesk !== null && (
            <span className="story-row__desk-change" title={`${changedOnDeskText(story.changedOnDesk)} since you last opened it`}>
              {changedOnDeskText(story.changedOnDesk)}
            </span>
          )}
        </div>
        {searching && story.snippet !== null && (
          <div className="story-row__snippet">
            <SnippetText snippet={story.snippet} />
          </div>
        )}
      </div>
      <div role="gridcell" className="story-row__status">
        <StatusChip status={story.status} />
      </div>
      <div role="gridcell" className="story-row__words">
        {formatCount(story.wordCount)}
      </div>
      <div role="gridcell" className="story-row__modified">
        <time dateTime={story.modifiedAt} title={formatLondon(story.modifiedAt)}>
          {formatRelative(story.modifiedAt, now)}
        </time>
      </div>
      <div role="gridcell" className="story-row__export">
        {story.lastExportedAt === null ? (
          <span className="story-row__never">Never exported</span>
        ) : (
          <>
            <time dateTime={story.lastExportedAt} title={formatLondon(story.lastExportedAt)}>
              {formatRelative(story.lastExportedAt, now)}
            </time>
            <span className={story.changedSinceExport ? 'story-row__changed' : 'story-row__unchanged'}>
              {story.changedSinceExport ? 'changed since' : 'no changes since'}
            </span>
          </>
        )}
      </div>
      <div role="gridcell" className="story-row__actions">
        <button
          type="button"
          className="icon-button row-menu-button"
          tabIndex={selected ? 0 : -1}
          aria-label={`Actions for ${quotedTitle(story.headline)}`}
          title="More actions"
          aria-haspopup="menu"
          aria-expanded={menuOpen}
          onClick={openMenuFromButton}
          onDoubleClick={(event) => event.stopPropagation()}
        >
          <Icon name="more" />
        </button>
      </div>
    </div>
  );
}
