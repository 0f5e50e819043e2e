import type { EngineContext } from "../../EngineContext.ts";
import type { SessionRow } from "../../storage/SessionTable.ts";
import { SessionBase, type SessionData } from "../SessionBase.ts";
import { CreateError, UpdateError } from "../errors.ts";

/** django.contrib.sessions.backends.db: rows in django_session. */
export class DbSessionStore extends SessionBase {
  /** The row, if one with this key is still unexpired (strictly after now). */
  protected async getSessionFromDb(): Promise<SessionRow | undefined> {
    const key = this.sessionKey;
    const row = key === null ? undefined : await this.ctx.db.get(key);
    if (row && row.expire_date > this.ctx.clock.now()) return row;
    this.setSessionKey(null);
    return undefined;
  }

  async load(): Promise<SessionData> {
    const row = await this.getSessionFromDb();
    return row ? this.decode(row.session_data) : new Map();
  }

  async exists(sessionKey: string | null): Promise<boolean> {
    return sessionKey !== null && (await this.ctx.db.get(sessionKey)) !== undefined;
  }

  async create(): Promise<void> {
    for (;;) {
      this.setSessionKey(await this.getNewSessionKey());
      try {
        await this.save(true);
      } catch (e) {
        if (e instanceof CreateError) continue;
        throw e;
      }
      this.modified = true;
      return;
    }
  }

  protected async createModelInstance(data: SessionData): Promise<SessionRow> {
    return {
      session_key: await this.getOrCreateSessionKey(),
      session_data: await this.encode(data),
      expire_date: (await this.getExpiryDate()).epochMs,
    };
  }

  async save(mustCreate = false): Promise<void> {
    if (this.sessionKey === null) return this.create();
    const data = await this.session(mustCreate);
    const row = await this.createModelInstance(data);
    if (mustCreate) {
      if (!(await this.ctx.db.insert(row))) throw new CreateError();
    } else if (!(await this.ctx.db.update(row))) {
      throw new UpdateError();
    }
  }

  async delete(sessionKey: string | null = null): Promise<void> {
    const key = sessionKey ?? this.sessionKey;
    if (key === null) return;
    await this.ctx.db.delete(key);
  }

  static async clearExpired(ctx: EngineContext): Promise<void> {
    await ctx.db.deleteExpired(ctx.clock.now());
  }
}
