import { DictView } from "./DictView.ts";
import { PyException } from "./PyException.ts";
import { PyTuple } from "./PyTuple.ts";
import { dictEntries } from "./dictEntries.ts";
import { pyNumeric } from "./pyNumeric.ts";
import { stripSafe } from "./stripSafe.ts";

// Python gives up on deeply nested (or self-containing) structures with RecursionError.
const MAX_DEPTH = 500;

/**
 * Python's `==`: numbers compare by value across bool/int/float (`True == 1`,
 * `1.0 == 1`), lists and dicts compare by contents, a list never equals a tuple,
 * and a string never equals a number (`"1" != 1`).
 */
export function pyEquals(a: unknown, b: unknown): boolean {
  return equals(a, b, 0);
}

function equals(left: unknown, right: unknown, depth: number): boolean {
  if (depth > MAX_DEPTH) {
    throw new PyException("RecursionError", "maximum recursion depth exceeded in comparison");
  }
  const a = stripSafe(left);
  const b = stripSafe(right);
  // Python's containers treat an item as equal to itself before asking ==.
  if (a === b && (typeof a === "object" || typeof a === "function")) return true;
  const aNone = a === null || a === undefined;
  const bNone = b === null || b === undefined;
  if (aNone || bNone) return aNone && bNone;
  const x = pyNumeric(a);
  const y = pyNumeric(b);
  if (x !== undefined || y !== undefined) {
    if (x === undefined || y === undefined) return false;
    // Loose equality compares a bigint with a number by exact value.
    return typeof x === typeof y ? x === y : x == y;
  }
  if (typeof a === "string" || typeof b === "string") return a === b;
  if (Array.isArray(a) && Array.isArray(b)) return sequenceEquals(a, b, depth);
  if (a instanceof PyTuple && b instanceof PyTuple) return sequenceEquals(a.items, b.items, depth);
  if (a instanceof DictView && b instanceof DictView) return viewEquals(a, b, depth);
  const aEntries = dictEntries(a);
  const bEntries = dictEntries(b);
  if (aEntries && bEntries) return dictEquals(aEntries, bEntries, depth);
  return false;
}

function sequenceEquals(a: readonly unknown[], b: readonly unknown[], depth: number): boolean {
  return a.length === b.length && a.every((item, i) => equals(item, b[i], depth + 1));
}

function dictEquals(
  a: Array<[unknown, unknown]>,
  b: Array<[unknown, unknown]>,
  depth: number,
): boolean {
  if (a.length !== b.length) return false;
  return a.every(([key, value]) =>
    b.some(([otherKey, otherValue]) => {
      return equals(key, otherKey, depth + 1) && equals(value, otherValue, depth + 1);
    }),
  );
}

/** keys()/items() views compare like sets; values() views only equal themselves. */
function viewEquals(a: DictView, b: DictView, depth: number): boolean {
  if (a.kind !== b.kind || a.kind === "dict_values") return false;
  if (a.items.length !== b.items.length) return false;
  return a.items.every((item) => b.items.some((other) => equals(item, other, depth + 1)));
}
