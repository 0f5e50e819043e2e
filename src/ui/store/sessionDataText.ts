import { jsonStringify } from "../../engine/python/jsonStringify.ts";
import { isPyOpaque } from "../../engine/python/pyOpaque.ts";
import { pyOpaqueRepr } from "../../engine/python/pyOpaqueRepr.ts";

/**
 * A decoded session dict as the store panel shows it: JSON, as Django's
 * serializer writes it, with `space` as JSON.stringify's; an object JSON
 * cannot hold (a datetime a Python view put in a cache-engine session) as
 * Python's repr() of it.
 */
export function sessionDataText(data: unknown, space = 0): string {
  return jsonStringify(data, space, (v) => (isPyOpaque(v) ? pyOpaqueRepr(v) : undefined));
}
