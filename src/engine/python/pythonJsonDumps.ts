import { isPyFloat } from "./pyFloat.ts";
import { isPyOpaque } from "./pyOpaque.ts";
import { pyFloatRepr } from "./pyFloatRepr.ts";
import { PythonError } from "./PythonError.ts";

/**
 * Python's `json.dumps(obj, separators=(",", ":"))` with ensure_ascii, which
 * is what Django's JSONSerializer signs (other `separators` as json.dumps
 * takes them: JsonResponse writes `(", ", ": ")`). Written here because JSON.stringify
 * differs in exactly the bytes that the signature covers: non-ASCII and DEL
 * are escaped as lowercase \uXXXX, and floats are printed as Python's repr.
 */
export function pythonJsonDumps(
  value: unknown,
  separators: readonly [string, string] = [",", ":"],
): string {
  const [item, key] = separators;
  const dumps = (v: unknown) => pythonJsonDumps(v, separators);
  if (value === null || value === undefined) return "null";
  if (value === true) return "true";
  if (value === false) return "false";
  if (typeof value === "number") return pythonNumber(value);
  if (isPyFloat(value)) return pyFloatRepr(value.valueOf());
  if (typeof value === "string") return pythonString(value);
  if (Array.isArray(value)) return `[${value.map(dumps).join(item)}]`;
  if (isPyOpaque(value)) {
    const type = value.pyOpaque === "object" ? String(value.value) : value.pyOpaque;
    throw new PythonError("TypeError", `Object of type ${type} is not JSON serializable`);
  }
  if (typeof value === "object") {
    const entries = value instanceof Map ? [...value] : Object.entries(value);
    return `{${entries.map(([k, v]) => `${pythonString(String(k))}${key}${dumps(v)}`).join(item)}}`;
  }
  throw new PythonError("TypeError", `Object of type ${typeof value} is not JSON serializable`);
}

const ESCAPES: Record<string, string> = {
  '"': '\\"',
  "\\": "\\\\",
  "\b": "\\b",
  "\f": "\\f",
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
};

function pythonString(s: string): string {
  // Python escapes everything outside printable ASCII (0x20-0x7E), DEL included.
  // JS strings are UTF-16, so astral characters come out as surrogate pairs, as in Python.
  return `"${s.replace(/[\\"]|[^\x20-\x7e]/g, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}"`;
}

/**
 * A plain number: an integral one is a Python int (all digits; a float such
 * as 10.0 is boxed, see pyFloat), anything else Python's float repr, with
 * json's spellings of the non-finite ones.
 */
function pythonNumber(n: number): string {
  if (!Number.isFinite(n)) return Number.isNaN(n) ? "NaN" : n > 0 ? "Infinity" : "-Infinity";
  if (Number.isInteger(n)) return Object.is(n, -0) ? "0" : BigInt(n).toString();
  return pyFloatRepr(n);
}
