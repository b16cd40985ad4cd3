import type { StorySort, StoryView, WorkflowStatus } from '../../shared/story/story-constants';

/** What the library shows: everything listStories takes except the page. */
export type ListFilters = {
  view: StoryView;
  status: WorkflowStatus | null;
  section: string | null;
  query: string;
  sort: StorySort;
};

export const defaultFilters: ListFilters = { view: 'active', status: null, section: null, query: '', sort: 'modified' };

export const viewLabels: Record<StoryView, string> = { active: 'Stories', archived: 'Archived', trash: 'Trash' };

export const sortLabels: Record<StorySort, string> = {
  modified: 'Last modified',
  status: 'Status',
  section: 'Section',
  author: 'Author',
};

export function hasNarrowingFilters(filters: ListFilters): boolean {
  return filters.status !== null || filters.section !== null;
}
