/**
 * The embedded store: one SQLite file under the data directory, in WAL mode.
 *
 * Durability: `appendUpdate` queues the update and resolves after the
 * transaction that holds it has committed. Updates that arrive in the same
 * event-loop turn share one transaction (group commit), so the window
 * between "received" and "on disk" is at most one turn, and the server
 * relays an update only after its commit. WAL with `synchronous=NORMAL`
 * survives a process crash (SIGKILL) without losing a committed
 * transaction; `SQLITE_SYNCHRONOUS=FULL` also survives power loss.
 * Checkpoints (folding the log into the file) run in a worker thread on a
 * second connection, not inside a commit on the event loop (see
 * WalCheckpointer).
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WalCheckpointer } from './WalCheckpointer.js';
import type { Store, StoredUpdate } from './Store.js';
import { GroupCommit, type QueuedUpdate } from './GroupCommit.js';
import type { WorkshopRecord } from '../workshops/types.js';

/**
 * \`updates.id\` is a plain rowid (new ids are above every stored one, which
 * is all the order within a room needs). Databases made before kept
 * AUTOINCREMENT; it behaves the same, with one more page written per commit
 * (about 15 % of the cost of an append).
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS workshops (
  id TEXT PRIMARY KEY,
  join_code TEXT NOT NULL UNIQUE,
  data TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS updates (
  id INTEGER PRIMARY KEY,
  room TEXT NOT NULL,
  data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS updates_room ON updates (room, id);
`;

export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  private readonly db: Database.Database;
  private readonly stmts;
  /**
   * The group commit's transaction, made once: better-sqlite3 builds four
   * wrappers and defines their properties on every `transaction()` call,
   * and at 100 pairs every update is its own group (issue 17).
   */
  private readonly insertAll: (batch: readonly QueuedUpdate[]) => void;
  private readonly commits = new GroupCommit((batch) => this.commit(batch));
  /** Runs the log's checkpoints off the event loop. */
  readonly checkpointer: WalCheckpointer;

  constructor(dataDir: string, options: { synchronous?: 'NORMAL' | 'FULL' } = {}) {
    mkdirSync(dataDir, { recursive: true });
    const file = join(dataDir, 'pairplan.sqlite');
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${options.synchronous ?? 'NORMAL'}`);
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
    this.db.pragma('wal_autocheckpoint = 0');
    this.checkpointer = new WalCheckpointer(file, fileURLToPath(import.meta.resolve('better-sqlite3')), () => {
      if (this.db.open) this.db.pragma('wal_autocheckpoint = 1000');
    });
    this.stmts = {
      getSetting: this.db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?'),
      insertSetting: this.db.prepare('INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)'),
      insertWorkshop: this.db.prepare(
        'INSERT INTO workshops (id, join_code, data, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
      ),
      getWorkshop: this.db.prepare<[string], { data: string }>('SELECT data FROM workshops WHERE id = ?'),
      findByCode: this.db.prepare<[string], { data: string }>('SELECT data FROM workshops WHERE join_code = ?'),
      saveWorkshop: this.db.prepare('UPDATE workshops SET data = ?, updated_at = ? WHERE id = ?'),
      insertUpdate: this.db.prepare('INSERT INTO updates (room, data) VALUES (?, ?)'),
      loadUpdates: this.db.prepare<[string], { id: number; data: Buffer }>(
        'SELECT id, data FROM updates WHERE room = ? ORDER BY id',
      ),
      deleteOne: this.db.prepare('DELETE FROM updates WHERE room = ? AND id = ?'),
      insertUpdateAt: this.db.prepare('INSERT INTO updates (id, room, data) VALUES (?, ?, ?)'),
      deleteWorkshop: this.db.prepare('DELETE FROM workshops WHERE id = ?'),
      // A setting that names the workshop (a Zoom meeting's link to it) goes with it.
      deleteSettingsOf: this.db.prepare('DELETE FROM settings WHERE value = ?'),
      deleteRooms: this.db.prepare('DELETE FROM updates WHERE substr(room, 1, length(?)) = ?'),
      listRooms: this.db.prepare<[string, string], { room: string }>(
        "SELECT DISTINCT room FROM updates WHERE room >= ? AND room < ? || '\uffff'",
      ),
    };
    this.insertAll = this.db.transaction((batch: readonly QueuedUpdate[]) => {
      for (const p of batch) this.stmts.insertUpdate.run(p.room, p.update);
    });
  }

  async getSetting(key: string): Promise<string | null> {
    return this.stmts.getSetting.get(key)?.value ?? null;
  }

  async ensureSetting(key: string, create: () => string): Promise<string> {
    const found = this.stmts.getSetting.get(key);
    if (found) return found.value;
    this.stmts.insertSetting.run(key, create());
    return this.stmts.getSetting.get(key)!.value;
  }

  async insertWorkshop(w: WorkshopRecord): Promise<void> {
    this.stmts.insertWorkshop.run(w.id, w.joinCode, JSON.stringify(w), w.createdAt, Date.now());
  }

  async getWorkshop(id: string): Promise<WorkshopRecord | null> {
    const row = this.stmts.getWorkshop.get(id);
    return row ? (JSON.parse(row.data) as WorkshopRecord) : null;
  }

  async findWorkshopByCode(joinCode: string): Promise<WorkshopRecord | null> {
    const row = this.stmts.findByCode.get(joinCode);
    return row ? (JSON.parse(row.data) as WorkshopRecord) : null;
  }

  async saveWorkshop(w: WorkshopRecord): Promise<void> {
    this.stmts.saveWorkshop.run(JSON.stringify(w), Date.now(), w.id);
  }

  /** One group commit; the checkpointer hears how much it wrote. */
  private commit(batch: readonly QueuedUpdate[]): void {
    this.insertAll(batch);
    let bytes = 0;
    for (const p of batch) bytes += p.update.byteLength;
    this.checkpointer.committed(bytes);
  }

  appendUpdate(room: string, update: Uint8Array): Promise<void> {
    return this.commits.append(room, update);
  }


  async loadUpdates(room: string): Promise<StoredUpdate[]> {
    return this.stmts.loadUpdates.all(room).map((r) => ({ id: r.id, data: new Uint8Array(r.data) }));
  }

  async compactUpdates(room: string, merged: Uint8Array, ids: readonly number[]): Promise<void> {
    this.db.transaction(() => {
      for (const id of ids) this.stmts.deleteOne.run(room, id);
      this.stmts.insertUpdateAt.run(Math.max(...ids), room, merged);
    })();
  }

  async deleteWorkshop(id: string): Promise<void> {
    await this.commits.flush();
    const rooms = `${id}/`;
    // Overwrite the deleted rows' bytes with zeros (not only unlink them), then fold the WAL, which held them too, into the file.
    this.db.pragma('secure_delete = ON');
    try {
      this.db.transaction(() => {
        this.stmts.deleteRooms.run(rooms, rooms);
        this.stmts.deleteWorkshop.run(id);
        this.stmts.deleteSettingsOf.run(id);
      })();
    } finally {
      this.db.pragma('secure_delete = OFF');
    }
    // The worker's checkpoint would make this one busy and leave the deleted bytes in the log.
    await this.checkpointer.idle();
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  async listRooms(prefix: string): Promise<string[]> {
    return this.stmts.listRooms.all(prefix, prefix).map((r) => r.room);
  }

  async ping(): Promise<void> {
    this.db.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    await this.commits.flush();
    await this.checkpointer.close();
    this.db.close();
  }
}
