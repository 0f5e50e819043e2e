import { isPyFloat } from "../../engine/python/pyFloat.ts";
import { pyJsonLoads } from "../../engine/python/pyJsonLoads.ts";
import { PyFloat } from "../template/PyFloat.ts";

/** A float read from JSON as the template engine holds one (PyFloat), at any depth. */
function templateValue(v: unknown): unknown {
  if (isPyFloat(v)) return new PyFloat(v.valueOf());
  if (Array.isArray(v)) return v.map(templateValue);
  if (v instanceof Map) return new Map([...v].map(([k, x]) => [k, templateValue(x)]));
  if (v !== null && typeof v === "object")
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, templateValue(x)]));
  return v;
}

/**
 * A template context sent by Python's json.dumps: a dict in it renders in
 * its own order and a float as a float ("10.0"), as in Django (pyJsonLoads).
 * The context itself is a dict of variable names: a Map (one of them
 * integer-like) is made a plain object, which is what the template engine
 * reads variables from.
 */
export function contextFromPython(json: string): Record<string, unknown> {
  const context = templateValue(pyJsonLoads(json));
  return context instanceof Map
    ? Object.fromEntries(context)
    : (context as Record<string, unknown>);
}
