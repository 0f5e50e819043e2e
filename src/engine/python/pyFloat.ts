/** A Python float held as a boxed Number (see pyFloat). */
export interface BoxedFloat {
  valueOf(): number;
}

/**
 * A Python float that a JavaScript number would print as an int: 10.0,
 * -0.0, 1e20. JSON has one number type, but Python's json reads `10.0` as
 * a float and writes it back as `10.0`, so Django signs those bytes. Such a
 * float is held as a boxed Number, which structuredClone (IndexedDB, the
 * cache's copies) keeps, where it would turn a class into a plain object.
 * Every other float (0.5) is a plain number: it prints the same in both.
 */
export function pyFloat(n: number): BoxedFloat | number {
  return Number.isInteger(n) || Object.is(n, -0) ? (Object(n) as BoxedFloat) : n;
}

export const isPyFloat = (v: unknown): v is BoxedFloat => v instanceof Number;
