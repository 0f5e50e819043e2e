import type { TraceSetCookie } from "./Trace.ts";

/**
 * A Set-Cookie line taken apart for the trace, values exactly as sent (a
 * deletion's value stays `""`). This is reporting, not cookie processing:
 * what the browser stores is the jar's business.
 */
export function describeSetCookie(line: string): TraceSetCookie {
  const [pair, ...attrs] = line.split(";");
  const eq = pair.indexOf("=");
  const out: TraceSetCookie = {
    name: (eq >= 0 ? pair.slice(0, eq) : "").trim(),
    value: (eq >= 0 ? pair.slice(eq + 1) : pair).trim(),
    max_age: null,
    expires: null,
    path: null,
    domain: null,
    secure: false,
    httponly: false,
    samesite: null,
  };
  for (const attr of attrs) {
    const i = attr.indexOf("=");
    const key = (i >= 0 ? attr.slice(0, i) : attr).trim().toLowerCase();
    const value = i >= 0 ? attr.slice(i + 1).trim() : "";
    if (key === "max-age") out.max_age = /^-?\d+$/.test(value) ? Number(value) : null;
    else if (key === "expires") out.expires = value;
    else if (key === "path") out.path = value;
    else if (key === "domain") out.domain = value;
    else if (key === "secure") out.secure = true;
    else if (key === "httponly") out.httponly = true;
    else if (key === "samesite") out.samesite = value;
  }
  return out;
}
