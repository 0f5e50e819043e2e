/**
 * request.path as Django 5.2 makes it from the URL's path: `%XX` escapes
 * become bytes, a `%` not followed by two hex digits stays as it is
 * (urllib's unquote_to_bytes, in the test client and the WSGI servers), the
 * bytes are read as UTF-8, and whatever is not valid UTF-8 is percent-encoded
 * again (django.utils.encoding.repercent_broken_unicode), so `/%E4` stays
 * `/%E4` and reaches URL resolution (a 404), never an error.
 * Written here because decodeURIComponent throws on both, and TextDecoder
 * replaces invalid bytes with U+FFFD instead of re-escaping them.
 */
export function pathInfo(pathname: string): string {
  const bytes = unquoteToBytes(pathname);
  let out = "";
  let i = 0;
  while (i < bytes.length) {
    const n = validSequenceLength(bytes, i);
    if (n > 0) {
      out += utf8.decode(bytes.subarray(i, i + n));
      i += n;
    } else {
      // The maximal invalid subpart (what CPython's UnicodeDecodeError spans), re-escaped byte by byte.
      const bad = Math.max(1, -n);
      for (let j = i; j < i + bad; j++) out += `%${hex(bytes[j])}`;
      i += bad;
    }
  }
  return out;
}

const utf8 = new TextDecoder();
const encoder = new TextEncoder();
const hex = (b: number) => b.toString(16).toUpperCase().padStart(2, "0");

function unquoteToBytes(text: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "%" && /^[0-9a-fA-F]{2}$/.test(text.slice(i + 1, i + 3))) {
      out.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      const cp = text.codePointAt(i)!;
      const char = String.fromCodePoint(cp);
      out.push(...encoder.encode(char));
      i += char.length - 1;
    }
  }
  return Uint8Array.from(out);
}

/**
 * The length of the valid UTF-8 sequence at `i`; or, when it is not valid,
 * minus the length of its maximal subpart (the lead byte and the continuation
 * bytes that could still have begun a valid sequence), 0 meaning one byte.
 */
function validSequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  if (b < 0x80) return 1;
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) need = 1;
  else if (b >= 0xe0 && b <= 0xef) {
    need = 2;
    if (b === 0xe0) lo = 0xa0;
    if (b === 0xed) hi = 0x9f;
  } else if (b >= 0xf0 && b <= 0xf4) {
    need = 3;
    if (b === 0xf0) lo = 0x90;
    if (b === 0xf4) hi = 0x8f;
  } else return 0;
  for (let k = 1; k <= need; k++) {
    const c = bytes[i + k];
    const ok = c !== undefined && (k === 1 ? c >= lo && c <= hi : c >= 0x80 && c <= 0xbf);
    if (!ok) return -k;
  }
  return need + 1;
}
