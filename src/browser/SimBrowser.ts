import type { Clock } from "../engine/ports.ts";
import { pythonJsonDumps } from "../engine/python/pythonJsonDumps.ts";
import { OPS_HEADER, type Transport, type WireRequest, type WireResponse } from "../server/wire.ts";
import { CookieJar, type SetCookieOutcome, type StoredCookie } from "./cookieJar.ts";

export interface BrowserRequest {
  method: string;
  /** Scheme and host, e.g. "http://testserver". */
  origin: string;
  /** Path, possibly with a query string. */
  path: string;
  /** Form fields: the query string of a GET or HEAD, else the urlencoded body. */
  form?: Record<string, string>;
  /** /ops/ operations, carried in the playground's instrumentation header. */
  ops?: unknown[];
}

export interface Exchange {
  request: WireRequest;
  response: WireResponse;
  /** What the jar did with each Set-Cookie line, in order. */
  cookies: SetCookieOutcome[];
}

/** One simulated browser profile: a cookie jar that sends and stores as Chromium does. */
export class SimBrowser {
  readonly jar: CookieJar;

  constructor(
    readonly name: string,
    clock: Clock,
  ) {
    this.jar = new CookieJar(() => clock.now());
  }

  /** Sends one request (redirects are not followed) and stores what the response sets. */
  async send(transport: Transport, req: BrowserRequest): Promise<Exchange> {
    const method = req.method.toUpperCase();
    const form = new URLSearchParams(req.form ?? {}).toString();
    let url = req.origin + req.path;
    const inQuery = method === "GET" || method === "HEAD";
    if (form && inQuery) url += (url.includes("?") ? "&" : "?") + form;
    const headers: [string, string][] = [];
    const cookie = this.jar.cookieHeader(url);
    if (cookie !== null) headers.push(["Cookie", cookie]);
    let body = "";
    if (!inQuery && req.form) {
      headers.push(["Content-Type", "application/x-www-form-urlencoded"]);
      body = form;
    }
    if (req.ops) headers.push([OPS_HEADER, pythonJsonDumps(req.ops)]);
    const request: WireRequest = { method, url, headers, body };
    const response = await transport(request);
    const cookies = response.headers
      .filter(([k]) => k.toLowerCase() === "set-cookie")
      .map(([, line]) => this.jar.receive(line, url));
    return { request, response, cookies };
  }

  /** The browser quits: cookies without Expires/Max-Age are gone. */
  close(): StoredCookie[] {
    return this.jar.closeSession();
  }
}
