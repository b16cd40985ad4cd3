import type { SlugMatch } from '../api/contract/import';

/** What a story an import's slug matched is, as the person knows it: its status, and whether it has gone out ("is ready and has been exported"). */
export function slugMatchState(match: Pick<SlugMatch, 'status' | 'exported'>): string {
  const status = match.status === 'ready' ? 'is ready' : match.status === 'in_edit' ? 'is in edit' : 'is a draft';
  if (!match.exported) return status;
  return match.status === 'ready' ? 'is ready and has been exported' : 'has been exported';
}
