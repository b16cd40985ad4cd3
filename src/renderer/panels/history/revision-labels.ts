import type { RevisionReason } from '../../../shared/story/revision-schema';

/** Why a version was kept, as the history list says it. */
export const reasonLabels: Record<RevisionReason, string> = {
  open: 'Opened',
  interval: 'While editing',
  'before-restore': 'Before restore',
  'before-import': 'Before import',
  export: 'Exported',
  manual: 'Kept by hand',
  'before-merge': 'Before merge',
  desk: 'From the desk',
};
