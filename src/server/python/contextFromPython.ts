import { pyJsonLoads } from "../../engine/python/pyJsonLoads.ts";

/**
 * A template context sent by Python's json.dumps: a dict in it renders in
 * its own order and a float as a float ("10.0"), as in Django (pyJsonLoads).
 * The context itself is a dict of variable names: a Map (one of them
 * integer-like) is made a plain object, which is what the template engine
 * reads variables from.
 */
export function contextFromPython(json: string): Record<string, unknown> {
  const context = pyJsonLoads(json);
  return context instanceof Map
    ? Object.fromEntries(context)
    : (context as Record<string, unknown>);
}
