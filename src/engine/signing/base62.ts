const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** Django's b62_encode, used for the TimestampSigner's timestamp. */
export function base62Encode(n: number): string {
  if (n === 0) return "0";
  const sign = n < 0 ? "-" : "";
  let rest = Math.abs(n);
  let out = "";
  while (rest > 0) {
    out = ALPHABET[rest % 62] + out;
    rest = Math.floor(rest / 62);
  }
  return sign + out;
}

/** Django's b62_decode; an unknown digit raises ValueError there, an Error here. */
export function base62Decode(text: string): number {
  if (text === "0") return 0;
  let sign = 1;
  let digits = text;
  if (digits.startsWith("-")) {
    sign = -1;
    digits = digits.slice(1);
  }
  let out = 0;
  for (const c of digits) {
    const v = ALPHABET.indexOf(c);
    if (v < 0) throw new Error("substring not found");
    out = out * 62 + v;
  }
  return sign * out;
}
