import { parseCookie } from "../../engine/http/parseCookie.ts";
import type { RequestLike } from "../../engine/http/ResponseLike.ts";
import type { SessionBase } from "../../engine/sessions/SessionBase.ts";
import { header, type WireRequest } from "../wire.ts";
import { QueryDict } from "./QueryDict.ts";
import { pathInfo } from "./pathInfo.ts";

/** django.http.HttpRequest, with the attributes the tutorial's views use. */
export class HttpRequest implements RequestLike {
  readonly method: string;
  readonly path: string;
  readonly scheme: string;
  readonly GET: QueryDict;
  readonly POST: QueryDict;
  readonly COOKIES: Map<string, string>;
  readonly META: Record<string, string>;
  readonly headers: readonly [string, string][];
  session?: SessionBase;
  /** What /ops/ computed, kept so the playground can report it even when the middleware replaces the response. */
  opsResults?: unknown[];

  constructor(wire: WireRequest) {
    const url = new URL(wire.url);
    this.headers = wire.headers;
    this.method = wire.method.toUpperCase();
    this.path = pathInfo(url.pathname);
    this.scheme = url.protocol.replace(":", "");
    this.GET = new QueryDict(url.search);
    const type = header(wire.headers, "content-type") ?? "";
    this.POST = new QueryDict(
      this.method === "POST" && type.startsWith("application/x-www-form-urlencoded")
        ? wire.body
        : "",
    );
    const cookie = header(wire.headers, "cookie");
    this.COOKIES = cookie ? parseCookie(cookie) : new Map();
    this.META = {
      HTTP_HOST: url.host,
      QUERY_STRING: url.search.slice(1),
      REQUEST_METHOD: this.method,
    };
    if (cookie) this.META.HTTP_COOKIE = cookie;
  }
}
