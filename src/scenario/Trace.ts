import type { StoreEntry } from "../server/storeSnapshot.ts";

/** A Set-Cookie line as the trace reports it: values as sent. */
export interface TraceSetCookie {
  name: string;
  value: string;
  max_age: number | null;
  expires: string | null;
  path: string | null;
  domain: string | null;
  secure: boolean;
  httponly: boolean;
  samesite: string | null;
}

export interface TraceCookie {
  name: string;
  value: string;
  expires: string | null;
  path: string;
  domain: string;
  secure: boolean;
  httponly: boolean;
  samesite: "Lax" | "Strict" | "None" | null;
}

export type TraceStore = Omit<StoreEntry, never>[];

export interface TraceStep {
  kind: string;
  now: string;
  status?: number;
  location?: string | null;
  results?: unknown[];
  accessed?: boolean;
  modified?: boolean;
  set_cookie?: TraceSetCookie[];
  vary?: string | null;
  output?: string;
  store: StoreEntry[];
  jar: Record<string, TraceCookie[]>;
}

export interface Trace {
  steps: TraceStep[];
}
