import { isPyFloat } from "./pyFloat.ts";
import { pyFloatRepr } from "./pyFloatRepr.ts";

/**
 * JSON.stringify for values read by pyJsonLoads: a Map is written as the
 * object it was, in its own order (JSON.stringify writes a Map as `{}`, and
 * an object built from it would move integer-like keys first), and a boxed
 * float as Python writes it (`10.0`, not `10`). Everything
 * else is written as JSON.stringify writes it, `space` included, except
 * what `own` writes its own way (it returns undefined for the rest).
 */
export function jsonStringify(
  value: unknown,
  space = 0,
  own?: (value: unknown) => string | undefined,
): string {
  return write(value, space > 0 ? "\n" : "", " ".repeat(space), own) ?? "null";
}

function write(
  value: unknown,
  newline: string,
  step: string,
  own: ((value: unknown) => string | undefined) | undefined,
): string | undefined {
  const mine = own?.(value);
  if (mine !== undefined) return mine;
  if (isPyFloat(value)) return pyFloatRepr(value.valueOf());
  if (value instanceof Map) return container([...value], "{}", newline, step, true, own);
  if (Array.isArray(value)) {
    return container(
      value.map((v, i) => [String(i), v]),
      "[]",
      newline,
      step,
      false,
      own,
    );
  }
  if (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { toJSON?: unknown }).toJSON !== "function"
  ) {
    return container(Object.entries(value), "{}", newline, step, true, own);
  }
  return JSON.stringify(value);
}

function container(
  entries: [string, unknown][],
  brackets: string,
  newline: string,
  step: string,
  keyed: boolean,
  own: ((value: unknown) => string | undefined) | undefined,
): string {
  const inner = newline ? newline + step : "";
  const items: string[] = [];
  for (const [key, v] of entries) {
    const text = write(v, inner, step, own);
    // As JSON.stringify: an object leaves out what JSON cannot hold; an array writes null.
    if (text === undefined && keyed) continue;
    items.push(keyed ? `${JSON.stringify(key)}:${newline ? " " : ""}${text}` : (text ?? "null"));
  }
  if (!items.length) return brackets;
  return `${brackets[0]}${inner}${items.join(`,${inner}`)}${newline}${brackets[1]}`;
}
