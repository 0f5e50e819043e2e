import { pyFloatRepr } from "../../engine/python/pyFloatRepr.ts";

// django.utils.numberformat switches to scientific notation past this many digits.
const MAX_POSITIONAL_DIGITS = 200;

/**
 * How `{{ value }}` shows a float: Django's localize() → number_format(), with
 * the default settings (en-us, no thousand separator). That is Python's repr,
 * except that repr's exponent form is written out positionally
 * (1e-05 → "0.00001", 1e+16 → "10000000000000000") unless it would need more
 * than 200 digits.
 */
export function localizeFloat(x: number): string {
  const repr = pyFloatRepr(x);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(repr);
  if (!match) return repr;
  const [, sign = "", first = "", rest = "", exp = "0"] = match;
  const digits = first + rest;
  // Python's Decimal(str(x)) keeps these digits with this power of ten on the last one.
  const exponent = Number(exp) - rest.length;
  // Django then prints Decimal's "{:e}", which for these huge exponents is exactly the repr.
  if (Math.abs(exponent) + digits.length > MAX_POSITIONAL_DIGITS) return repr;
  if (exponent >= 0) return sign + digits + "0".repeat(exponent);
  const pointAt = digits.length + exponent;
  if (pointAt > 0) return `${sign}${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
  return `${sign}0.${"0".repeat(-pointAt)}${digits}`;
}
