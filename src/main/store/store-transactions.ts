import type { Database } from 'better-sqlite3';
import { CommitEvent } from './commit-event';

/**
 * The store's transactions and clock, shared by the Store and its facets:
 * every write is one transaction, so a refused or failed call leaves the file
 * exactly as it was, and what it did is told to listeners only once it commits.
 */
export class StoreTransactions {
  private readonly events: Pick<CommitEvent<unknown[]>, 'take' | 'drop'>[] = [];

  /** `rolledBack` undoes what a failed write left in memory (documents loaded inside it). */
  constructor(
    private readonly db: Database,
    private readonly now: () => Date,
    private readonly rolledBack: () => void,
  ) {}

  /** A new kind of event writes queue; the events are told after the commit in the order their kinds were made. */
  event<A extends unknown[]>(): CommitEvent<A> {
    const event = new CommitEvent<A>();
    this.events.push(event);
    return event;
  }

  write<T>(work: () => T): T {
    let result: T;
    try {
      // IMMEDIATE takes the write lock up front, so two processes saving at once wait rather than fail.
      result = this.db.transaction(work).immediate();
    } catch (error) {
      // A loaded document may hold a change the rolled-back transaction took away: load them again.
      this.rolledBack();
      for (const event of this.events) event.drop();
      throw error;
    }
    // A write inside another (runInTransaction) leaves the telling to the outer one, once it commits.
    if (this.db.inTransaction) return result;
    // All are taken before any is told: a listener's own write tells only what it did.
    const telling = this.events.map((event) => event.take());
    for (const tell of telling) tell();
    return result;
  }

  read<T>(work: () => T): T {
    return this.db.transaction(work).deferred();
  }

  timestamp(): string {
    return this.now().toISOString();
  }
}
