import type { Database } from 'better-sqlite3';
import { documentRows, type DocumentRows } from './document-rows';
import { openServerDatabase } from './open-server-database';
import { tokenRows, type TokenRows } from './token-rows';

/** The server's database: documents and tokens, shared by the running server and the token commands. */
export type ServerStore = {
  documents: DocumentRows;
  tokens: TokenRows;
  /** Changes whenever another connection (a token command) has committed since the last call. */
  dataVersion(): number;
  close(): void;
};

export function openServerStore(dataDir: string): ServerStore {
  const db: Database = openServerDatabase(dataDir);
  return {
    documents: documentRows(db),
    tokens: tokenRows(db),
    dataVersion: () => db.pragma('data_version', { simple: true }) as number,
    close: () => {
      if (db.open) db.close();
    },
  };
}
