/**
 * The PostgreSQL store (`DATABASE_URL`), with the same behaviour as the
 * SQLite one (see GroupCommit): updates queued in one event-loop turn are
 * written by one multi-row INSERT, one INSERT is in flight at a time, and
 * each `appendUpdate` resolves after the commit that holds it.
 */
import pg from 'pg';
import type { Store, StoredUpdate } from './Store.js';
import { GroupCommit, type QueuedUpdate } from './GroupCommit.js';
import type { WorkshopRecord } from '../workshops/types.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS pp_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS pp_workshops (
  id TEXT PRIMARY KEY,
  join_code TEXT NOT NULL UNIQUE,
  data JSONB NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS pp_updates (
  id BIGSERIAL PRIMARY KEY,
  room TEXT NOT NULL,
  data BYTEA NOT NULL
);
CREATE INDEX IF NOT EXISTS pp_updates_room ON pp_updates (room, id);
`;

export class PgStore implements Store {
  readonly kind = 'postgres' as const;
  private readonly commits = new GroupCommit((batch) => this.insertBatch(batch));

  private constructor(private readonly pool: pg.Pool) {}

  /** Connects and creates the tables if needed. */
  static async connect(url: string): Promise<PgStore> {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    pool.on('error', () => undefined);
    const client = await pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock(424242)');
      await client.query(SCHEMA);
      await client.query('SELECT pg_advisory_unlock(424242)');
    } finally {
      client.release();
    }
    return new PgStore(pool);
  }

  async getSetting(key: string): Promise<string | null> {
    const { rows } = await this.pool.query<{ value: string }>('SELECT value FROM pp_settings WHERE key = $1', [key]);
    return rows[0]?.value ?? null;
  }

  async ensureSetting(key: string, create: () => string): Promise<string> {
    await this.pool.query('INSERT INTO pp_settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING', [key, create()]);
    const { rows } = await this.pool.query<{ value: string }>('SELECT value FROM pp_settings WHERE key = $1', [key]);
    return rows[0].value;
  }

  async insertWorkshop(w: WorkshopRecord): Promise<void> {
    await this.pool.query('INSERT INTO pp_workshops (id, join_code, data, created_at, updated_at) VALUES ($1, $2, $3, $4, $5)', [
      w.id,
      w.joinCode,
      JSON.stringify(w),
      w.createdAt,
      Date.now(),
    ]);
  }

  async getWorkshop(id: string): Promise<WorkshopRecord | null> {
    const { rows } = await this.pool.query<{ data: WorkshopRecord }>('SELECT data FROM pp_workshops WHERE id = $1', [id]);
    return rows[0]?.data ?? null;
  }

  async findWorkshopByCode(joinCode: string): Promise<WorkshopRecord | null> {
    const { rows } = await this.pool.query<{ data: WorkshopRecord }>('SELECT data FROM pp_workshops WHERE join_code = $1', [joinCode]);
    return rows[0]?.data ?? null;
  }

  async saveWorkshop(w: WorkshopRecord): Promise<void> {
    await this.pool.query('UPDATE pp_workshops SET data = $1, updated_at = $2 WHERE id = $3', [JSON.stringify(w), Date.now(), w.id]);
  }

  appendUpdate(room: string, update: Uint8Array): Promise<void> {
    return this.commits.append(room, update);
  }

  /** Writes one group of updates with one multi-row INSERT (one implicit transaction). */
  private async insertBatch(batch: readonly QueuedUpdate[]): Promise<void> {
    const values: unknown[] = [];
    const rows = batch.map((p, i) => {
      values.push(p.room, Buffer.from(p.update.buffer, p.update.byteOffset, p.update.byteLength));
      return `($${2 * i + 1}, $${2 * i + 2})`;
    });
    await this.pool.query(`INSERT INTO pp_updates (room, data) VALUES ${rows.join(', ')}`, values);
  }

  async loadUpdates(room: string): Promise<StoredUpdate[]> {
    const { rows } = await this.pool.query<{ id: string; data: Buffer }>('SELECT id, data FROM pp_updates WHERE room = $1 ORDER BY id', [room]);
    return rows.map((r) => ({ id: Number(r.id), data: new Uint8Array(r.data) }));
  }

  async compactUpdates(room: string, merged: Uint8Array, ids: readonly number[]): Promise<void> {
    await this.transaction(async (client) => {
      await client.query('DELETE FROM pp_updates WHERE room = $1 AND id = ANY($2::bigint[])', [room, ids]);
      await client.query('INSERT INTO pp_updates (id, room, data) VALUES ($1, $2, $3)', [Math.max(...ids), room, Buffer.from(merged)]);
    });
  }

  async deleteWorkshop(id: string): Promise<void> {
    await this.commits.flush();
    await this.transaction(async (client) => {
      await client.query('DELETE FROM pp_updates WHERE starts_with(room, $1)', [`${id}/`]);
      await client.query('DELETE FROM pp_workshops WHERE id = $1', [id]);
      // A setting that names the workshop (a Zoom meeting's link to it) goes with it.
      await client.query('DELETE FROM pp_settings WHERE value = $1', [id]);
    });
  }

  /** Runs `work` in one transaction on one pooled connection: all of it is stored, or none (rolled back on a failure, which is thrown again). */
  private async transaction(work: (client: pg.PoolClient) => Promise<void>): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await work(client);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async listRooms(prefix: string): Promise<string[]> {
    const { rows } = await this.pool.query<{ room: string }>(
      "SELECT DISTINCT room FROM pp_updates WHERE starts_with(room, $1)",
      [prefix],
    );
    return rows.map((r) => r.room);
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  async close(): Promise<void> {
    await this.commits.flush();
    await this.pool.end();
  }
}
