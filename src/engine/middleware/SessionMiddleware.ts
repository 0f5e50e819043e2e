import { isPyFloat } from "../python/pyFloat.ts";
import type { EngineContext } from "../EngineContext.ts";
import { deleteCookieHeader, setCookieHeader } from "../http/cookieMorsel.ts";
import { httpDate } from "../http/httpDate.ts";
import { patchVaryHeaders } from "../http/patchVaryHeaders.ts";
import type { RequestLike, ResponseLike } from "../http/ResponseLike.ts";
import { sessionStoreFor, type SessionStoreClass } from "../sessions/sessionStoreFor.ts";
import { SessionInterrupted, UpdateError } from "../sessions/errors.ts";
import { PythonError } from "../python/PythonError.ts";

/**
 * django.contrib.sessions.middleware.SessionMiddleware. The engine is chosen
 * once, when the middleware is built (at server start), as Django does.
 */
export class SessionMiddleware {
  private readonly SessionStore: SessionStoreClass;

  constructor(private readonly ctx: EngineContext) {
    this.SessionStore = sessionStoreFor(ctx);
  }

  processRequest(request: RequestLike): void {
    const key = request.COOKIES.get(this.ctx.settings.SESSION_COOKIE_NAME) ?? null;
    request.session = new this.SessionStore(this.ctx, key);
  }

  /** May throw: SessionInterrupted (a 400) or whatever a failed save raises (a 500). */
  async processResponse(request: RequestLike, response: ResponseLike): Promise<ResponseLike> {
    const session = request.session;
    if (!session) return response;
    const s = this.ctx.settings;
    const { accessed, modified } = session;
    const empty = session.isEmpty();
    const vary = () =>
      response.setHeader("Vary", patchVaryHeaders(response.getHeader("Vary"), ["Cookie"]));

    if (request.COOKIES.has(s.SESSION_COOKIE_NAME) && empty) {
      response.setCookieLine(
        s.SESSION_COOKIE_NAME,
        deleteCookieHeader(
          s.SESSION_COOKIE_NAME,
          {
            path: s.SESSION_COOKIE_PATH,
            domain: s.SESSION_COOKIE_DOMAIN,
            samesite: s.SESSION_COOKIE_SAMESITE,
          },
          this.ctx.clock.now(),
        ),
      );
      vary();
      return response;
    }
    if (accessed) vary();
    if ((modified || s.SESSION_SAVE_EVERY_REQUEST) && !empty) {
      let maxAge: number | null = null;
      let expires: string | null = null;
      if (!(await session.getExpireAtBrowserClose())) {
        const age = await session.getExpiryAge();
        // Python's bool is an int: a stored True is one second.
        if (typeof age !== "number" && typeof age !== "boolean" && !isPyFloat(age)) {
          throw new PythonError("TypeError", "unsupported operand type(s) for +");
        }
        maxAge = Number(age);
        expires = httpDate(this.ctx.clock.now() / 1000 + maxAge);
      }
      if (response.statusCode < 500) {
        try {
          await session.save();
        } catch (e) {
          if (e instanceof UpdateError) throw new SessionInterrupted();
          throw e;
        }
        response.setCookieLine(
          s.SESSION_COOKIE_NAME,
          setCookieHeader(
            s.SESSION_COOKIE_NAME,
            session.sessionKey ?? "",
            {
              maxAge,
              expires,
              domain: s.SESSION_COOKIE_DOMAIN,
              path: s.SESSION_COOKIE_PATH,
              secure: s.SESSION_COOKIE_SECURE || null,
              httponly: s.SESSION_COOKIE_HTTPONLY || null,
              samesite: s.SESSION_COOKIE_SAMESITE,
            },
            this.ctx.clock.now(),
          ),
        );
        vary();
      }
    }
    return response;
  }
}
