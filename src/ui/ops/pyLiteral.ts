import { isPyFloat } from "../../engine/python/pyFloat.ts";
import { pyFloatRepr } from "../../engine/python/pyFloatRepr.ts";
import { isPyOpaque } from "../../engine/python/pyOpaque.ts";
import { pyOpaqueRepr } from "../../engine/python/pyOpaqueRepr.ts";
import { pyStrRepr } from "../../engine/python/pyStrRepr.ts";

/**
 * Python's repr() of a JSON value, as a learner would see it in a Python
 * shell: True/False/None, 'single-quoted' strings, {'k': 'v'} dicts.
 */
export function pyLiteral(value: unknown): string {
  if (value === null || value === undefined) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  if (typeof value === "number") return pyNumber(value);
  if (isPyFloat(value)) return pyFloatRepr(value.valueOf());
  if (typeof value === "string") return pyStr(value);
  if (Array.isArray(value)) return `[${value.map(pyLiteral).join(", ")}]`;
  // A datetime, set, bytes, ... a view run as Python put in the session.
  if (isPyOpaque(value)) return pyOpaqueRepr(value);
  if (typeof value === "object") {
    const entries = value instanceof Map ? [...value] : Object.entries(value);
    const items = entries.map(([k, v]) => `${pyStr(String(k))}: ${pyLiteral(v)}`);
    return `{${items.join(", ")}}`;
  }
  return String(value);
}

/** A plain number: an integral one is a Python int (a float such as 10.0 is boxed: pyFloat). */
function pyNumber(n: number): string {
  if (Number.isInteger(n)) return Object.is(n, -0) ? "0" : BigInt(n).toString();
  return pyFloatRepr(n);
}

/** repr() of a str: single quotes unless the text holds ' and no ", escapes as Python writes them. */
export const pyStr = pyStrRepr;

const ISO_UTC = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?(?:Z|\+00:00)$/;

/**
 * repr() of an aware UTC datetime given in the trace's ISO form:
 * `datetime.datetime(2026, 1, 15, 0, 0, tzinfo=datetime.timezone.utc)`
 * (seconds and microseconds only when not zero, as Python prints it).
 */
export function pyDatetime(iso: string): string {
  const m = ISO_UTC.exec(iso);
  if (!m) return `datetime.datetime.fromisoformat(${pyStr(iso)})`;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number);
  const micro = m[7] ? Number(m[7].padEnd(6, "0")) : 0;
  const parts = [y, mo, d, h, mi];
  if (s || micro) parts.push(s);
  if (micro) parts.push(micro);
  return `datetime.datetime(${parts.join(", ")}, tzinfo=datetime.timezone.utc)`;
}
