import pako from "pako";
import type { Hmac } from "../ports.ts";
import { pythonJsonDumps } from "../python/pythonJsonDumps.ts";
import { base62Decode, base62Encode } from "./base62.ts";
import { base64urlDecode, base64urlEncode } from "./base64url.ts";
import { BadSignature } from "./BadSignature.ts";

export interface SigningKeys {
  hmac: Hmac;
  secretKey: string;
  fallbackKeys?: readonly string[];
}

const encoder = new TextEncoder();
// The payload is ASCII (ensure_ascii); Django decodes it as latin-1.
const latin1 = new TextDecoder("latin1");

async function signature(keys: SigningKeys, salt: string, value: string, secret: string) {
  return base64urlEncode(await keys.hmac.saltedHmacSha256(`${salt}signer${secret}`, value));
}

/** Django's constant_time_compare, so a timing demo would behave like the real thing. */
function constantTimeEquals(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.min(a.length, b.length); i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/**
 * `signing.dumps(obj, salt=salt, compress=True)` with the JSON serializer and a
 * TimestampSigner at `nowMs`. zlib via pako: its deflate defaults reproduce
 * CPython's zlib.compress byte for byte (Node's zlib and CompressionStream do not).
 */
export async function dumps(
  obj: unknown,
  opts: SigningKeys & { salt: string; nowMs: number; compress?: boolean },
): Promise<string> {
  let data: Uint8Array = encoder.encode(pythonJsonDumps(obj));
  let compressed = false;
  if (opts.compress) {
    const z = pako.deflate(data);
    if (z.length < data.length - 1) {
      data = z;
      compressed = true;
    }
  }
  const value = `${compressed ? "." : ""}${base64urlEncode(data)}:${base62Encode(Math.floor(opts.nowMs / 1000))}`;
  return `${value}:${await signature(opts, opts.salt, value, opts.secretKey)}`;
}

/**
 * `signing.loads(token, salt=salt, max_age=maxAge)`. Throws BadSignature for
 * a missing separator, a wrong signature or an expired timestamp; any other
 * Error stands for the ValueError/zlib.error/JSONDecodeError Django would raise.
 * `parse` reads the JSON text (session data keeps its key order with pyDictFromJson).
 */
export async function loads(
  token: string,
  opts: SigningKeys & {
    salt: string;
    nowMs: number;
    maxAgeSeconds?: number;
    parse?: (json: string) => unknown;
  },
): Promise<unknown> {
  const sep = token.lastIndexOf(":");
  if (sep < 0) throw new BadSignature('No ":" found in value');
  const value = token.slice(0, sep);
  const sig = token.slice(sep + 1);
  let verified = false;
  for (const secret of [opts.secretKey, ...(opts.fallbackKeys ?? [])]) {
    if (constantTimeEquals(sig, await signature(opts, opts.salt, value, secret))) {
      verified = true;
      break;
    }
  }
  if (!verified) throw new BadSignature(`Signature "${sig}" does not match`);
  const tsSep = value.lastIndexOf(":");
  if (tsSep < 0) throw new Error("not enough values to unpack (expected 2, got 1)");
  const timestamp = base62Decode(value.slice(tsSep + 1));
  if (opts.maxAgeSeconds !== undefined) {
    const age = opts.nowMs / 1000 - timestamp;
    if (age > opts.maxAgeSeconds) {
      throw new BadSignature(`Signature age ${age} > ${opts.maxAgeSeconds} seconds`, true);
    }
  }
  let payload = value.slice(0, tsSep);
  const decompress = payload.startsWith(".");
  if (decompress) payload = payload.slice(1);
  let bytes = base64urlDecode(payload);
  if (decompress) bytes = pako.inflate(bytes);
  return (opts.parse ?? JSON.parse)(latin1.decode(bytes));
}
