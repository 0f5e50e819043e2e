import { DictView } from "./DictView.ts";
import { isPyFloat } from "../../engine/python/pyFloat.ts";
import { PyTuple } from "./PyTuple.ts";
import { SafeString } from "./SafeString.ts";
import { dictEntries } from "./dictEntries.ts";
import { pyFloatRepr } from "../../engine/python/pyFloatRepr.ts";

const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/**
 * Python's repr() for the values a template can see. Django prints containers
 * with str(), which is repr() of their items: `['a', 1]`, `{'k': True}`.
 * A container that contains itself prints as `[...]` / `{...}` like Python's.
 */
export function pyRepr(value: unknown): string {
  return repr(value, new Set());
}

function repr(value: unknown, active: Set<object>): string {
  if (value === null || value === undefined) return "None";
  switch (typeof value) {
    case "boolean":
      return value ? "True" : "False";
    case "number":
      return Number.isSafeInteger(value) ? String(value) : pyFloatRepr(value);
    case "bigint":
      return value.toString();
    case "string":
      return strRepr(value);
    case "function":
      return `<function ${value.name || "<lambda>"}>`;
  }
  if (value instanceof SafeString) return strRepr(value.value);
  if (isPyFloat(value)) return pyFloatRepr(value.valueOf());
  if (typeof value !== "object") return String(value);
  if (value instanceof DictView) return `${value.kind}(${repr([...value.items], active)})`;
  if (active.has(value))
    return Array.isArray(value) ? "[...]" : value instanceof PyTuple ? "(...)" : "{...}";
  active.add(value);
  try {
    if (Array.isArray(value)) return `[${value.map((item) => repr(item, active)).join(", ")}]`;
    if (value instanceof PyTuple) {
      const items = value.items.map((item) => repr(item, active));
      return items.length === 1 ? `(${items[0]},)` : `(${items.join(", ")})`;
    }
    const entries = dictEntries(value);
    if (entries) {
      return `{${entries.map(([k, v]) => `${repr(k, active)}: ${repr(v, active)}`).join(", ")}}`;
    }
    return objectRepr(value);
  } finally {
    active.delete(value);
  }
}

/** Class instances: their own toString() if they define one, else Python's default shape. */
function objectRepr(value: object): string {
  if (value.toString !== Object.prototype.toString) return String(value);
  return `<${value.constructor?.name || "object"} object>`;
}

/** Python's str.__repr__: prefers single quotes, escapes what isn't printable. */
function strRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === quote || ch === "\\") out += `\\${ch}`;
    else if (ch === "\t") out += "\\t";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (code < 0x20 || code === 0x7f) out += `\\x${hex(code, 2)}`;
    else if (code < 0x7f || !NOT_PRINTABLE.test(ch)) out += ch;
    else if (code <= 0xff) out += `\\x${hex(code, 2)}`;
    else if (code <= 0xffff) out += `\\u${hex(code, 4)}`;
    else out += `\\U${hex(code, 8)}`;
  }
  return out + quote;
}

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, "0");
}
