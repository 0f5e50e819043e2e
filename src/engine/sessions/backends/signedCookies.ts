import type { EngineContext } from "../../EngineContext.ts";
import { dumps, loads } from "../../signing/signing.ts";
import { pyDictFromJson } from "../../python/pyDictFromJson.ts";
import { SessionBase, type SessionData } from "../SessionBase.ts";

export const SIGNED_COOKIES_SALT = "django.contrib.sessions.backends.signed_cookies";

/** django.contrib.sessions.backends.signed_cookies: the session key IS the signed data. */
export class SignedCookiesSessionStore extends SessionBase {
  async load(): Promise<SessionData> {
    try {
      const decoded = await loads(this.sessionKey!, {
        ...this.signingKeys(),
        salt: SIGNED_COOKIES_SALT,
        nowMs: this.ctx.clock.now(),
        // Only SESSION_COOKIE_AGE is enforced here; a custom set_expiry is not checked server-side.
        maxAgeSeconds: this.getSessionCookieAge(),
        parse: pyDictFromJson,
      });
      if (decoded instanceof Map) return decoded as SessionData;
    } catch {
      // BadSignature, expired or undecodable: fall through to a fresh session.
    }
    // Django keeps the bad key, so the response re-issues a signed empty dict instead of deleting.
    await this.create();
    return new Map();
  }

  async create(): Promise<void> {
    this.modified = true;
  }

  async save(): Promise<void> {
    this.setSessionKey(
      await dumps(await this.session(), {
        ...this.signingKeys(),
        salt: SIGNED_COOKIES_SALT,
        nowMs: this.ctx.clock.now(),
        compress: true,
      }),
    );
    this.modified = true;
  }

  async exists(): Promise<boolean> {
    return false;
  }

  async delete(): Promise<void> {
    this.setSessionKey("");
    this.sessionCache = new Map();
    this.modified = true;
  }

  override async cycleKey(): Promise<void> {
    await this.save();
  }

  static async clearExpired(_ctx: EngineContext): Promise<void> {}
}
