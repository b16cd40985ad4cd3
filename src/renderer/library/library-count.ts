import { formatQuantity } from '../ui/time-format';
import type { ListFilters } from './list-filters';

/** "12 stories", "3 matches", "2 stories in the trash": the count beside the filters. */
export function describeCount(total: number, filters: ListFilters, searching: boolean): string {
  if (searching) return formatQuantity(total, 'match', 'matches');
  switch (filters.view) {
    case 'active':
      return formatQuantity(total, 'story', 'stories');
    case 'archived':
      return `${formatQuantity(total, 'story', 'stories')} archived`;
    case 'trash':
      return `${formatQuantity(total, 'story', 'stories')} in the trash`;
  }
}
