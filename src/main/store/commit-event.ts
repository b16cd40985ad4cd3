/**
 * Something a write did that listeners hear of only once it is committed:
 * queued inside the transaction, told after the commit, dropped on a
 * rollback (StoreTransactions does both).
 */
export class CommitEvent<A extends unknown[]> {
  private readonly listeners = new Set<(...args: A) => void>();
  private queued: A[] = [];

  /** Calls `listener` for each such event from now on, once its write is committed; returns how to stop. */
  listen(listener: (...args: A) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  queue(...args: A): void {
    this.queued.push(args);
  }

  /** Empties the queue; the function returned tells its events to the listeners. */
  take(): () => void {
    const queued = this.queued;
    this.queued = [];
    return () => {
      for (const args of queued) for (const listener of this.listeners) listener(...args);
    };
  }

  drop(): void {
    this.queued = [];
  }
}
