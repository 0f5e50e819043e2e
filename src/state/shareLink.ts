import pako from "pako";
import { base64urlDecode, base64urlEncode } from "../engine/signing/base64url.ts";

const PREFIX = "#scenario=";

/** A URL that carries a scenario (deflated, base64url) and replays it when opened. */
export function shareLink(base: string, scenarioJson: string): string {
  const packed = base64urlEncode(pako.deflate(new TextEncoder().encode(scenarioJson)));
  return `${base.split("#")[0]}${PREFIX}${packed}`;
}

/** Whether a URL's hash is a share link's. */
export function isShareHash(hash: string): boolean {
  return hash.startsWith(PREFIX);
}

/** The scenario JSON a share link's hash carries, or null; throws when the hash is damaged. */
export function scenarioFromHash(hash: string): string | null {
  if (!hash.startsWith(PREFIX)) return null;
  try {
    return new TextDecoder().decode(pako.inflate(base64urlDecode(hash.slice(PREFIX.length))));
  } catch {
    // The playground says so in the learner's language (notices.shareDamaged).
    throw new Error("damaged share link");
  }
}
