/** One row of django_session. expire_date is epoch ms (Django: an aware datetime). */
export interface SessionRow {
  session_key: string;
  session_data: string;
  expire_date: number;
}

/**
 * The django_session table. Implementations: in memory (CLI, tests) and
 * IndexedDB (the browser). One shared contract test runs against each.
 */
export interface SessionTable {
  get(sessionKey: string): Promise<SessionRow | undefined>;
  /** INSERT; false when the key exists (Django's IntegrityError). */
  insert(row: SessionRow): Promise<boolean>;
  /** Forced UPDATE; false when no row has the key (Django's DatabaseError). */
  update(row: SessionRow): Promise<boolean>;
  delete(sessionKey: string): Promise<void>;
  /** DELETE … WHERE expire_date < now (strictly). */
  deleteExpired(nowMs: number): Promise<void>;
  /** Every row, ordered by session_key. */
  all(): Promise<SessionRow[]>;
  /** Rows `offset` to `offset + limit`, ordered by session_key: for panels over big tables. */
  page(offset: number, limit: number): Promise<SessionRow[]>;
  count(): Promise<number>;
  clear(): Promise<void>;
}
