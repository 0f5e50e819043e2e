import type { EngineContext } from "../EngineContext.ts";
import { sessionStoreFor } from "../sessions/sessionStoreFor.ts";

/**
 * `python manage.py clearsessions`: SessionStore.clear_expired(), printing
 * nothing on success. (Django's CommandError for engines without
 * clear_expired cannot happen: all five built-in engines implement it.)
 */
export async function clearsessions(ctx: EngineContext): Promise<{ output: string }> {
  await sessionStoreFor(ctx).clearExpired(ctx);
  return { output: "" };
}
