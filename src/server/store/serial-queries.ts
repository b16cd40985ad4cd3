import type pg from 'pg';

/** Queries on one PostgreSQL connection, each sent when the one before it has finished. */
export type SerialQueries = {
  query<Row extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<Row>>;
};

/**
 * Several documents write at once, but a pg client must not be given a query
 * while one is running (pg 8 queues it with a deprecation warning, pg 9 will
 * not): this queue keeps them in the order they were asked, as the update log
 * needs.
 */
export function serialQueries(client: pg.Client): SerialQueries {
  let previous: Promise<unknown> = Promise.resolve();
  return {
    query<Row extends pg.QueryResultRow>(text: string, values?: unknown[]) {
      const result = previous.then(() => client.query<Row>(text, values));
      previous = result.catch(() => undefined);
      return result;
    },
  };
}
