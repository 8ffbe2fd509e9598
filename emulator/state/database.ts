/*
 * The emulator's state in an embedded SQLite database (node:sqlite). Entities are kept as JSON documents.
 * This base opens the database, creates the tables and keeps the meta values (counters, group ids); the
 * classes above it (principals, lists, security, store) add one concern each.
 */
interface Statement {
  run(...params: unknown[]): unknown;
  get(...params: unknown[]): Record<string, unknown> | undefined;
  all(...params: unknown[]): Record<string, unknown>[];
}
interface Database {
  exec(sql: string): void;
  prepare(sql: string): Statement;
  close(): void;
}

function openDatabase(path: string): Database {
  // process.getBuiltinModule (Node 22.3+) reaches node:sqlite without going through Jest's module resolver.
  const sqlite = (process as unknown as { getBuiltinModule(id: string): { DatabaseSync: new (p: string) => Database } })
    .getBuiltinModule('node:sqlite');
  return new sqlite.DatabaseSync(path);
}

export class StoreBase {
  public readonly db: Database;
  public webTitle: string;
  /** The server's clock: the local preview moves it to seed history, tests fix it. */
  public now: () => Date = () => new Date();

  public constructor(path: string, webTitle: string) {
    this.db = openDatabase(path);
    this.webTitle = webTitle;
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
      CREATE TABLE IF NOT EXISTS principals (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, login TEXT NOT NULL COLLATE NOCASE UNIQUE, data TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS members (group_id INTEGER NOT NULL, user_id INTEGER NOT NULL, PRIMARY KEY (group_id, user_id));
      CREATE TABLE IF NOT EXISTS roledefs (id INTEGER PRIMARY KEY, data TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS lists (id TEXT PRIMARY KEY, title TEXT NOT NULL COLLATE NOCASE UNIQUE, data TEXT NOT NULL, next_item INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS fields (list_id TEXT NOT NULL, name TEXT NOT NULL COLLATE NOCASE, pos INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (list_id, name));
      CREATE TABLE IF NOT EXISTS items (list_id TEXT NOT NULL, id INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (list_id, id));
      CREATE TABLE IF NOT EXISTS assignments (scope TEXT NOT NULL, principal INTEGER NOT NULL, role INTEGER NOT NULL, PRIMARY KEY (scope, principal, role));
      CREATE TABLE IF NOT EXISTS mail (id INTEGER PRIMARY KEY AUTOINCREMENT, data TEXT NOT NULL);
    `);
  }

  public close(): void {
    this.db.close();
  }

  // ---- meta ----------------------------------------------------------------------------------------

  public meta(key: string): string | undefined {
    const row = this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key);
    return row ? String(row.value) : undefined;
  }

  public setMeta(key: string, value: string): void {
    this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  protected nextPrincipalId(): number {
    const id = Number(this.meta('nextPrincipal'));
    this.setMeta('nextPrincipal', String(id + 1));
    return id;
  }

  public transaction(work: () => void): void {
    this.db.exec('BEGIN');
    try {
      work();
      this.db.exec('COMMIT');
    } catch (e) {
      this.db.exec('ROLLBACK');
      throw e;
    }
  }
}
