/**
 * Whether a value read as JSON holds an int JavaScript could not keep exact:
 * beyond ±(2**53 − 1) a number is rounded as it is read
 * (12345678901234567890 becomes 12345678901234567000). Python's ints have
 * no limit, so Django would store the digits it was given; the playground
 * refuses such a value rather than sign other digits. A float (1e20) is
 * boxed by pyJsonLoads (pyFloat) and is not an int here.
 */
export function hasInexactInt(value: unknown): boolean {
  if (typeof value === "number") return Number.isInteger(value) && !Number.isSafeInteger(value);
  if (Array.isArray(value)) return value.some(hasInexactInt);
  if (value instanceof Map) return [...value.values()].some(hasInexactInt);
  if (typeof value === "object" && value !== null) return Object.values(value).some(hasInexactInt);
  return false;
}
