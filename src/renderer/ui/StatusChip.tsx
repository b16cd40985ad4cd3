import { statusLabels, type WorkflowStatus } from '../../shared/story/story-constants';

/** The workflow state as a small quiet label: a dot that fills as the story nears ready. */
export function StatusChip({ status }: { status: WorkflowStatus }) {
  return (
    <span className={`status-chip status-chip--${status}`}>
      <span className="status-chip__dot" aria-hidden="true" />
      {statusLabels[status]}
    </span>
  );
}
