import { OP_SIGNATURES, type Op } from "../../server/views/ops.ts";
import { pyLiteral, pyStr } from "./pyLiteral.ts";

/**
 * Fills an OP_SIGNATURES python template: `{0}` is argument 0, `{, 1}` is
 * ", " + argument 1 when there is one, else nothing.
 */
export function fillTemplate(template: string, args: readonly string[]): string {
  return template
    .replace(/\{, (\d+)\}/g, (_, i: string) =>
      args[Number(i)] !== undefined ? `, ${args[Number(i)]}` : "",
    )
    .replace(/\{(\d+)\}/g, (_, i: string) => args[Number(i)] ?? "");
}

export interface OpPythonContext {
  /** The browser that sends the request. */
  browser: string;
  /** SESSION_COOKIE_NAME. */
  cookieName: string;
  /** The session cookie value another browser holds (for `{"cookie": "B"}`), or null. */
  cookieValueOf?: (browser: string) => string | null;
}

const isCookieRef = (v: unknown): v is { cookie: string } =>
  typeof v === "object" && v !== null && !Array.isArray(v) && "cookie" in v;

/** set_expiry's argument as Python: an int, None, a datetime or a timedelta. */
export function expiryPython(v: unknown): string {
  if (typeof v === "object" && v !== null && !Array.isArray(v)) {
    if ("datetime" in v) return `datetime.fromisoformat(${pyStr(String(v.datetime))})`;
    if ("timedelta" in v) return `timedelta(seconds=${pyLiteral(v.timedelta)})`;
  }
  return pyLiteral(v);
}

function argPython(kind: string | undefined, value: unknown, ctx: OpPythonContext): string {
  if (isCookieRef(value)) {
    // The browser resolves the reference before sending: for the sender itself that is the
    // cookie the request carries; for another browser, the value that browser holds.
    if (value.cookie === ctx.browser) return `request.COOKIES.get(${pyStr(ctx.cookieName)})`;
    return pyLiteral(ctx.cookieValueOf?.(value.cookie) ?? null);
  }
  if (kind === "expiry") return expiryPython(value);
  return pyLiteral(value);
}

/** The Python line an op stands for, e.g. `request.session['k'] = 'v'`. */
export function opPython(op: Op, ctx: OpPythonContext): string {
  const [name, ...args] = op;
  const sig = OP_SIGNATURES[name];
  if (!sig) return `# ${name}`;
  return fillTemplate(
    sig.python,
    args.map((a, i) => argPython(sig.args[i], a, ctx)),
  );
}

/** The context for a request's ops as recorded: other browsers' cookies as they were before it. */
export const opContextAt = (
  browser: string,
  cookieName: string,
  before: { jar: Record<string, { name: string; value: string }[]> } | null,
): OpPythonContext => ({
  browser,
  cookieName,
  cookieValueOf: (b) => before?.jar[b]?.find((c) => c.name === cookieName)?.value ?? null,
});
