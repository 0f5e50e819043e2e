/**
 * True for the error a JS engine throws when the call stack runs out (V8 and
 * Safari: RangeError "Maximum call stack size exceeded"; Firefox: InternalError
 * "too much recursion"), which is what Python would call RecursionError.
 */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof Error && /call stack|too much recursion/i.test(error.message);
}
