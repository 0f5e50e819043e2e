import { SafeString } from "./SafeString.ts";

/**
 * Drops the "safe" mark: Python compares, measures and slices a SafeString as a
 * plain str, and a slice or upper-cased copy of one is no longer safe.
 */
export function stripSafe(value: unknown): unknown {
  return value instanceof SafeString ? value.value : value;
}
