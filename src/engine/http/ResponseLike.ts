import type { SessionBase } from "../sessions/SessionBase.ts";

/** The parts of Django's HttpResponse that the session middleware touches. */
export interface ResponseLike {
  readonly statusCode: number;
  getHeader(name: string): string | null;
  setHeader(name: string, value: string): void;
  /** Like Django's response.cookies: one Set-Cookie line per name, a later one replaces. */
  setCookieLine(name: string, line: string): void;
}

/** The parts of Django's HttpRequest that the session middleware touches. */
export interface RequestLike {
  readonly COOKIES: ReadonlyMap<string, string>;
  session?: SessionBase;
}
