import type { IconName } from '../ui/Icon';

export const panelTabs = [
  { id: 'bylines', label: 'Bylines & pull-quotes', icon: 'bylines', note: 'Pick and order the bylines, edit the bio line, and manage pull-quotes.' },
  { id: 'related', label: 'Related', icon: 'related', note: 'Link other stories and published pages, with suggestions from shared tags.' },
  { id: 'publishing', label: 'Publishing', icon: 'publishing', note: 'The publish date and time, the slug and URL, and the social headline, description and card.' },
  { id: 'house-style', label: 'House style', icon: 'houseStyle', note: 'Findings from the house-style checker, with one-click fixes.' },
  { id: 'history', label: 'History', icon: 'history', note: 'Saved versions of this story, to compare and restore.' },
  { id: 'export', label: 'Export', icon: 'export', note: 'The HTML for the website, with a live preview.' },
] as const satisfies ReadonlyArray<{ id: string; label: string; icon: IconName; note: string }>;

export type PanelTabId = (typeof panelTabs)[number]['id'];
