import { cookieLimits } from "./cookieLimits.ts";

/** Why the developer tools would refuse a cookie typed by hand; see handEditProblem. */
export type HandEditProblem =
  "cookieEditChars" | "cookieEditSpace" | "cookieEditSize" | "cookieEditEmpty";

/** A control character, or one of `also` (';' ends a cookie in the Cookie header; '=' a name). */
const holds = (text: string, also: string) =>
  [...text].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f || also.includes(ch));

/**
 * What Chromium's DevTools refuse when a cookie is typed by hand
 * (CanonicalCookie::CreateSanitizedCookie): a name or value that a
 * Set-Cookie could not carry as it is (';', '=' in a name, control
 * characters, a space at either end, which parsing trims), neither a name
 * nor a value, or a name plus value over 4096 bytes. `null` when the cookie can be stored. Attributes
 * such as "; Path=/x" are not part of a value: the table has their columns.
 */
export function handEditProblem(name: string, value: string): HandEditProblem | null {
  if (name === "" && value === "") return "cookieEditEmpty";
  if (holds(name, ";=") || holds(value, ";")) return "cookieEditChars";
  if (/^ | $/.test(name) || /^ | $/.test(value)) return "cookieEditSpace";
  if (handEditParams(name, value).got !== undefined) return "cookieEditSize";
  return null;
}

/** The values a HandEditProblem's message names: the size, for one over the limit. */
export function handEditParams(name: string, value: string): { got?: number } {
  const bytes = new TextEncoder().encode(name + value).length;
  return bytes > cookieLimits.maxNameValueBytes ? { got: bytes } : {};
}
