import { Suspense, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { Icon } from '../ui/Icon';
import { panelTabs, type PanelTabId } from './panel-tabs';

type StoryPanelProps = {
  /** The tab on show, or null when the panel is folded away. */
  openTab: PanelTabId | null;
  lastTab: PanelTabId;
  onOpenTab: (tab: PanelTabId | null) => void;
  /** What a tab shows; a tab without content yet shows its note. */
  content?: Partial<Record<PanelTabId, ReactNode>>;
};

/**
 * The right-hand tools: a strip of tabs that is always there, and the panel
 * itself, which folds away (on a narrow window it lies over the text).
 */
export function StoryPanel({ openTab, lastTab, onOpenTab, content }: StoryPanelProps) {
  const stripRef = useRef<HTMLDivElement>(null);
  const focusedTab = openTab ?? lastTab;
  const current = panelTabs.find((t) => t.id === openTab);

  const onStripKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const tabs = [...(stripRef.current?.querySelectorAll<HTMLElement>('[role="tab"]') ?? [])];
    const index = tabs.indexOf(document.activeElement as HTMLElement);
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step === 0 || index < 0) return;
    event.preventDefault();
    tabs[(index + step + tabs.length) % tabs.length]?.focus();
  };

  return (
    <aside className={`story-panel${openTab === null ? '' : ' is-open'}`} aria-label="Story tools">
      {current !== undefined && (
        <div className="story-panel__body" role="tabpanel" id="story-panel-body" aria-labelledby={`story-tab-${current.id}`}>
          <div className="story-panel__header">
            <h2 className="story-panel__title">{current.label}</h2>
            <button type="button" className="icon-button" aria-label="Hide the panel" title="Hide the panel" onClick={() => onOpenTab(null)}>
              <Icon name="close" size={16} />
            </button>
          </div>
          {/* A tab's panel loads the first time it is opened (story-page-parts.ts). */}
          <Suspense fallback={<p className="story-panel__placeholder">Loading…</p>}>
            {content?.[current.id] ?? (
              <>
                <p className="story-panel__placeholder">{current.note}</p>
                <p className="story-panel__soon">Arrives in a later release.</p>
              </>
            )}
          </Suspense>
        </div>
      )}
      <div
        ref={stripRef}
        className="story-panel__tabs"
        role="tablist"
        aria-orientation="vertical"
        aria-label="Story tools"
        onKeyDown={onStripKeyDown}
      >
        {panelTabs.map((tab) => {
          const selected = tab.id === openTab;
          return (
            <button
              key={tab.id}
              id={`story-tab-${tab.id}`}
              type="button"
              role="tab"
              className="panel-tab"
              aria-selected={selected}
              aria-controls={selected ? 'story-panel-body' : undefined}
              aria-label={tab.label}
              title={selected ? `${tab.label} (click to hide)` : tab.label}
              tabIndex={tab.id === focusedTab ? 0 : -1}
              onClick={() => onOpenTab(selected ? null : tab.id)}
            >
              <Icon name={tab.icon} size={20} />
            </button>
          );
        })}
      </div>
    </aside>
  );
}
