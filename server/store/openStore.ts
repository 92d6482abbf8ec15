import type { Config } from '../config.js';
import { SqliteStore } from './SqliteStore.js';
import type { Store } from './Store.js';

/** The store the configuration asks for: SQLite unless `DATABASE_URL` is set. */
export async function openStore(config: Config): Promise<Store> {
  if (config.databaseUrl) {
    const { PgStore } = await import('./PgStore.js');
    return PgStore.connect(config.databaseUrl);
  }
  return new SqliteStore(config.dataDir, { synchronous: process.env.SQLITE_SYNCHRONOUS === 'FULL' ? 'FULL' : 'NORMAL' });
}
