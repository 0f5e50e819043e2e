import { DictView } from "./DictView.ts";
import { PyException } from "./PyException.ts";
import { PyTuple } from "./PyTuple.ts";
import { pyEquals } from "./pyEquals.ts";
import { pyNumeric } from "./pyNumeric.ts";
import { pyTypeName } from "./pyTypeName.ts";
import { stripSafe } from "./stripSafe.ts";

export type OrderingOperator = "<" | "<=" | ">" | ">=";

/**
 * Python's ordering comparisons. Numbers compare by value, strings by code
 * point, lists (and tuples) item by item, dict key/item views as sets
 * (`d.keys >= other.keys` is "superset of"). Anything else, such as `None < 1` or
 * `[1] < "b"`, throws Python's TypeError, which `{% if %}` turns into False.
 */
export function pyCompare(left: unknown, op: OrderingOperator, right: unknown): boolean {
  const a = stripSafe(left);
  const b = stripSafe(right);
  const x = pyNumeric(a);
  const y = pyNumeric(b);
  if (x !== undefined && y !== undefined) return applyOrder(x, op, y);
  if (typeof a === "string" && typeof b === "string") {
    return applyOrder(compareCodePoints(a, b), op, 0);
  }
  const sequences = bothSequences(a, b);
  if (sequences) {
    const [s, t] = sequences;
    const length = Math.min(s.length, t.length);
    for (let i = 0; i < length; i++) {
      if (!pyEquals(s[i], t[i])) return pyCompare(s[i], op, t[i]);
    }
    return applyOrder(s.length, op, t.length);
  }
  if (isSetLike(a) && isSetLike(b)) return compareSets(a.items, op, b.items);
  throw new PyException(
    "TypeError",
    `'${op}' not supported between instances of '${pyTypeName(left)}' and '${pyTypeName(right)}'`,
  );
}

function bothSequences(a: unknown, b: unknown): [readonly unknown[], readonly unknown[]] | null {
  if (Array.isArray(a) && Array.isArray(b)) return [a, b];
  if (a instanceof PyTuple && b instanceof PyTuple) return [a.items, b.items];
  return null;
}

function isSetLike(value: unknown): value is DictView {
  return value instanceof DictView && value.kind !== "dict_values";
}

/** Subset (<=), proper subset (<) and their mirror images, by Python equality. */
function compareSets(a: readonly unknown[], op: OrderingOperator, b: readonly unknown[]): boolean {
  const within = (xs: readonly unknown[], ys: readonly unknown[]) =>
    xs.every((x) => ys.some((y) => pyEquals(x, y)));
  switch (op) {
    case "<=":
      return within(a, b);
    case "<":
      return a.length < b.length && within(a, b);
    case ">=":
      return within(b, a);
    case ">":
      return b.length < a.length && within(b, a);
  }
}

function applyOrder(x: number | bigint, op: OrderingOperator, y: number | bigint): boolean {
  switch (op) {
    case "<":
      return x < y;
    case "<=":
      return x <= y;
    case ">":
      return x > y;
    case ">=":
      return x >= y;
  }
}

/** Negative, zero or positive like a comparator; JS `<` would compare UTF-16 units instead. */
function compareCodePoints(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  const length = Math.min(s.length, t.length);
  for (let i = 0; i < length; i++) {
    const diff = (s[i]?.codePointAt(0) ?? 0) - (t[i]?.codePointAt(0) ?? 0);
    if (diff !== 0) return diff;
  }
  return s.length - t.length;
}
