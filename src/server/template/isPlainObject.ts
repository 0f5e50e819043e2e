/**
 * True for `{...}` object literals and JSON.parse results: the context values
 * treated as Python dicts. Class instances are treated as Python objects instead
 * (attribute lookup, no key lookup).
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
