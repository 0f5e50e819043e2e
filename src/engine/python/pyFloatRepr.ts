/**
 * Python's repr() of a float: shortest round-tripping digits (as JS also uses),
 * but positional only for exponents -4..15, otherwise `1e-05` / `1e+16` style
 * with at least two exponent digits, and always a `.0` on whole numbers.
 */
export function pyFloatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const sign = x < 0 ? "-" : "";
  const { digits, exponent } = shortestDigits(Math.abs(x));
  if (exponent >= -4 && exponent < 16) {
    if (exponent >= 0) {
      const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, "0");
      const fraction = digits.slice(exponent + 1) || "0";
      return `${sign}${whole}.${fraction}`;
    }
    return `${sign}0.${"0".repeat(-exponent - 1)}${digits}`;
  }
  const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  const expSign = exponent < 0 ? "-" : "+";
  return `${sign}${mantissa}e${expSign}${String(Math.abs(exponent)).padStart(2, "0")}`;
}

/** Digits without the point, and the power of ten of the first digit. */
function shortestDigits(x: number): { digits: string; exponent: number } {
  // toExponential() without an argument gives the shortest round-trip digits.
  const [mantissa = "", exp = "0"] = x.toExponential().split("e");
  return { digits: mantissa.replace(".", ""), exponent: Number(exp) };
}
