import { pythonJsonDumps } from "../../engine/python/pythonJsonDumps.ts";
import { reasonPhrase } from "./reasonPhrase.ts";
import type { ResponseLike } from "../../engine/http/ResponseLike.ts";
import type { WireResponse } from "../wire.ts";

/** django.http.HttpResponse: status, headers, body, and cookies kept one line per name. */
export class HttpResponse implements ResponseLike {
  readonly headers = new Map<string, [string, string]>();
  readonly cookies = new Map<string, string>();
  /** Written to django.request's log already: Django logs a response once (_has_been_logged). */
  logged = false;

  constructor(
    readonly content = "",
    readonly statusCode = 200,
    contentType = "text/html; charset=utf-8",
  ) {
    this.setHeader("Content-Type", contentType);
  }

  get reasonPhrase(): string {
    return reasonPhrase(this.statusCode);
  }

  getHeader(name: string): string | null {
    return this.headers.get(name.toLowerCase())?.[1] ?? null;
  }

  setHeader(name: string, value: string): void {
    this.headers.set(name.toLowerCase(), [name, value]);
  }

  setCookieLine(name: string, line: string): void {
    this.cookies.set(name, line);
  }

  toWire(): WireResponse {
    return {
      status: this.statusCode,
      headers: [
        ...this.headers.values(),
        ...[...this.cookies.values()].map((line): [string, string] => ["Set-Cookie", line]),
      ],
      body: this.content,
    };
  }
}

/** django.shortcuts.redirect to a URL: a 302 whose Location is the URL as given. */
export function redirect(url: string): HttpResponse {
  const response = new HttpResponse("", 302);
  response.setHeader("Location", url);
  return response;
}

/** django.http.JsonResponse: json.dumps's default separators, dicts in their own order. */
export function jsonResponse(data: unknown, status = 200): HttpResponse {
  return new HttpResponse(pythonJsonDumps(data, [", ", ": "]), status, "application/json");
}
