/**
 * An HTTP exchange as plain data: what crosses between the simulated browser
 * and the simulated server, whichever transport carries it (MSW's service
 * worker, a direct call, or a test). Headers are a list because a response
 * may carry several Set-Cookie lines.
 */
export interface WireRequest {
  method: string;
  /** Absolute URL: origin + path (+ query). */
  url: string;
  headers: [string, string][];
  body: string;
}

export interface WireResponse {
  status: number;
  headers: [string, string][];
  body: string;
}

export type Transport = (request: WireRequest) => Promise<WireResponse>;

/** Instrumentation the playground adds (never a header Django sends): ops in, flags out. */
export const OPS_HEADER = "x-session-lab-ops";
export const FLAGS_HEADER = "x-session-lab-flags";

/** The session's flags when the view returned (before the middleware), and what /ops/ computed. */
export interface SessionFlags {
  accessed: boolean;
  modified: boolean;
  results?: unknown[] | null;
}

export function header(headers: readonly [string, string][], name: string): string | null {
  const lower = name.toLowerCase();
  for (const [k, v] of headers) if (k.toLowerCase() === lower) return v;
  return null;
}
