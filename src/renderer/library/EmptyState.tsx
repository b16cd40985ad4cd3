import type { ReactNode } from 'react';

/** What the list says when it has nothing to show: what happened and what to do next. */
export function EmptyState({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <div className="empty-state">
      <h2 className="empty-state__title">{title}</h2>
      {children !== undefined && <p className="empty-state__text">{children}</p>}
      {action !== undefined && <div className="empty-state__action">{action}</div>}
    </div>
  );
}
