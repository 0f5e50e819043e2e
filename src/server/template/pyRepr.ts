import { DictView } from "./DictView.ts";
import { isPyFloat } from "../../engine/python/pyFloat.ts";
import { PyTuple } from "./PyTuple.ts";
import { SafeString } from "./SafeString.ts";
import { dictEntries } from "./dictEntries.ts";
import { pyFloatRepr } from "../../engine/python/pyFloatRepr.ts";
import { isPyOpaque } from "../../engine/python/pyOpaque.ts";
import { pyOpaqueRepr } from "../../engine/python/pyOpaqueRepr.ts";
import { pyStrRepr } from "../../engine/python/pyStrRepr.ts";

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
      return pyStrRepr(value);
    case "function":
      return `<function ${value.name || "<lambda>"}>`;
  }
  if (value instanceof SafeString) return pyStrRepr(value.value);
  if (isPyFloat(value)) return pyFloatRepr(value.valueOf());
  if (typeof value !== "object") return String(value);
  // A datetime, set, bytes, ... a view run as Python put in the session.
  if (isPyOpaque(value)) return pyOpaqueRepr(value);
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
