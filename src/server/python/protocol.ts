/** Messages between the page and the Python worker. */

export interface PyRequestData {
  method: string;
  path: string;
  GET: [string, string][];
  POST: [string, string][];
  COOKIES: [string, string][];
  META: Record<string, string>;
  headers: [string, string][];
}

export interface PyResponseData {
  status: number;
  headers: [string, string][];
  content: string;
}

export interface PyFrame {
  file: string;
  line: number;
  name: string;
  code: string;
  /** For a SyntaxError: the 1-based column. */
  column?: number;
}

export interface PyException {
  exception: string;
  message: string;
  frames: PyFrame[];
}

export type ToWorker =
  | { type: "load"; source: string }
  | { type: "call"; id: number; view: string; request: PyRequestData }
  | { type: "bridge-result"; callId: number; result: string };

export type FromWorker =
  | { type: "ready" }
  | { type: "loaded" }
  | { type: "load-error"; error: PyException }
  | {
      type: "bridge";
      id: number;
      callId: number;
      kind: "session" | "render";
      op: string;
      args: string;
    }
  | { type: "done"; id: number; result: PyResponseData | PyException }
  | { type: "fatal"; message: string };
