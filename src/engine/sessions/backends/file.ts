import type { EngineContext } from "../../EngineContext.ts";
import { aware } from "../../python/pyDateTime.ts";
import { joinPath } from "../../storage/SimFileSystem.ts";
import { truthy } from "../../python/truthy.ts";
import { EXPIRY_KEY } from "../expiryKey.ts";
import { SessionBase, VALID_KEY_CHARS, type SessionData } from "../SessionBase.ts";
import { CreateError, InvalidSessionKey, UpdateError } from "../errors.ts";

/** What tempfile.gettempdir() answers on the simulated server. */
export const DEFAULT_SESSION_DIR = "/tmp";

/** SESSION_FILE_PATH as one simulated directory: "var/sessions" and "/var/sessions/" are the same. */
export function storagePath(ctx: EngineContext): string {
  const segments = (ctx.settings.SESSION_FILE_PATH ?? DEFAULT_SESSION_DIR)
    .split("/")
    .filter((s) => s && s !== ".");
  return `/${segments.join("/")}`;
}

/** django.contrib.sessions.backends.file: one file per session, named cookie name + key. */
export class FileSessionStore extends SessionBase {
  private readonly storagePath: string;
  private readonly filePrefix: string;
  /** Set by clear_expired, which must not replace an expired session with a new one. */
  disableCreate = false;

  constructor(ctx: EngineContext, sessionKey: string | null = null) {
    super(ctx, sessionKey);
    this.storagePath = storagePath(ctx);
    this.filePrefix = ctx.settings.SESSION_COOKIE_NAME;
  }

  // Django raises ImproperlyConfigured for a missing directory; the format creates it on demand.
  private async keyToFile(sessionKey?: string): Promise<string> {
    const key = sessionKey ?? (await this.getOrCreateSessionKey());
    for (const c of key) if (!VALID_KEY_CHARS.includes(c)) throw new InvalidSessionKey();
    return joinPath(this.storagePath, this.filePrefix + key);
  }

  private async expiryDate(data: SessionData, mtime: number): Promise<unknown> {
    const custom = data.get(EXPIRY_KEY);
    return truthy(custom) ? custom : aware(mtime + this.getSessionCookieAge() * 1000);
  }

  async load(): Promise<SessionData> {
    let data: SessionData = new Map();
    try {
      const file = await this.ctx.fs.read(await this.keyToFile());
      if (!file) {
        this.setSessionKey(null);
        return data;
      }
      if (file.content) {
        data = await this.decode(file.content);
        // An int custom expiry is returned as is by get_expiry_age, so such files never expire here.
        const age = await this.getExpiryAge({ expiry: await this.expiryDate(data, file.mtime) });
        if ((age as number) <= 0) {
          data = new Map();
          await this.delete();
          await this.create();
        }
      }
    } catch (e) {
      if (!(e instanceof InvalidSessionKey)) throw e;
      this.ctx.logger.log({
        logger: "django.security.InvalidSessionKey",
        level: "WARNING",
        message: e.message,
      });
      this.setSessionKey(null);
    }
    return data;
  }

  async create(): Promise<void> {
    if (this.disableCreate) return;
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

  async save(mustCreate = false): Promise<void> {
    if (this.sessionKey === null) return this.create();
    const data = await this.session(mustCreate);
    const path = await this.keyToFile();
    const content = await this.encode(data);
    const result = await this.ctx.fs.write(
      path,
      { content, mtime: this.ctx.clock.now() },
      mustCreate ? "create" : "update",
    );
    if (result === "missing") throw new UpdateError();
    if (result === "exists") throw new CreateError();
  }

  async exists(sessionKey: string | null): Promise<boolean> {
    return (await this.ctx.fs.read(await this.keyToFile(sessionKey ?? undefined))) !== undefined;
  }

  async delete(sessionKey: string | null = null): Promise<void> {
    const key = sessionKey ?? this.sessionKey;
    if (key === null) return;
    // A missing file is no error (Django ignores OSError); a bad key still raises InvalidSessionKey.
    await this.ctx.fs.unlink(await this.keyToFile(key));
  }

  /** Loads every session file with create() disabled: an expired one is deleted and not replaced. */
  static async clearExpired(ctx: EngineContext): Promise<void> {
    const prefix = ctx.settings.SESSION_COOKIE_NAME;
    for (const name of await ctx.fs.list(storagePath(ctx))) {
      if (!name.startsWith(prefix)) continue;
      const store = new FileSessionStore(ctx, name.slice(prefix.length));
      store.disableCreate = true;
      await store.load();
    }
  }
}
