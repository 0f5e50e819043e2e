import { reasonPhrase } from "../../server/http/reasonPhrase.ts";

/** The playground's own instrumentation headers (x-session-lab-*): not something Django or a browser sends. */
export const isLabHeader = (name: string) => name.toLowerCase().startsWith("x-session-lab-");

/** Headers as a learner should see them on the wire. */
export const visibleHeaders = (headers: readonly [string, string][]) =>
  headers.filter(([name]) => !isLabHeader(name));

/** `HTTP/1.1 302 Found` */
export const statusLine = (status: number) => `HTTP/1.1 ${status} ${reasonPhrase(status)}`;

/** The Cookie header's pairs with long values shortened: `sessionid=k3j2x9…; csrftoken=…`. */
export function abbreviateCookieHeader(header: string, keep = 8): string {
  return header
    .split("; ")
    .map((pair) => {
      const eq = pair.indexOf("=");
      if (eq < 0) return pair;
      const value = pair.slice(eq + 1);
      return `${pair.slice(0, eq + 1)}${value.length > keep + 1 ? `${value.slice(0, keep)}…` : value}`;
    })
    .join("; ");
}
