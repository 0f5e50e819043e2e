import { hasInexactInt } from "../../engine/python/hasInexactInt.ts";
import { isPyFloat } from "../../engine/python/pyFloat.ts";
import { pyJsonLoads } from "../../engine/python/pyJsonLoads.ts";
import { OP_SIGNATURES, type Op } from "../../server/views/ops.ts";
import { pyTypeName } from "../../engine/python/pyTypeName.ts";

export type ExpiryKind = "seconds" | "browserClose" | "none" | "datetime" | "timedelta";
export type TargetKind = "cookie" | "key" | "none" | "omit";

/** What the learner typed, shared by all ops (a key typed for `set` is still there for `get`). */
export interface OpDraft {
  key: string;
  value: string;
  withDefault: boolean;
  defaultValue: string;
  object: string;
  expiryKind: ExpiryKind;
  expirySeconds: string;
  expiryDatetime: string;
  expiryDelta: string;
  /** exists() / delete(): whose session. */
  target: TargetKind;
  targetKey: string;
}

export const INITIAL_DRAFT: OpDraft = {
  key: "k",
  value: "v",
  withDefault: false,
  defaultValue: "null",
  object: '{"a": 1, "b": [1, 2]}',
  expiryKind: "seconds",
  expirySeconds: "300",
  expiryDatetime: "",
  expiryDelta: "300",
  target: "cookie",
  targetKey: "",
};

/** How a value field is read: a JSON literal when it parses, else the text itself as a str. */
export interface ReadValue {
  value: unknown;
  json: boolean;
  type: string;
  /** The text is Python's True/False/None, which JSON spells true/false/null. */
  pythonSpelling: boolean;
}

export function readValue(text: string): ReadValue {
  let value: unknown = text;
  let json = false;
  try {
    value = pyJsonLoads(text);
    json = true;
  } catch {
    // Not JSON: the text is the string itself.
  }
  return {
    value,
    json,
    type: pyTypeName(value),
    pythonSpelling: !json && /^\s*(True|False|None)\s*$/.test(text),
  };
}

/** Why a draft cannot be sent yet; keys of ops.errors. */
export type DraftError = "notAnObject" | "notAnInt" | "notADatetime" | "inexactInt";

const INT = /^\s*-?\d+\s*$/;
// What the datetime field accepts before Python's own fromisoformat judges it.
const ISO = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** A datetime without a UTC offset is naive: Django then fails comparing it (as in real Django). */
export const isNaiveIso = (text: string) =>
  ISO.test(text.trim()) && !/(Z|[+-]\d{2}:?\d{2})$/.test(text.trim());

function expiryArg(d: OpDraft): unknown | DraftError {
  switch (d.expiryKind) {
    case "seconds":
      return INT.test(d.expirySeconds) ? Number(d.expirySeconds) : "notAnInt";
    case "browserClose":
      return 0;
    case "none":
      return null;
    case "datetime":
      return ISO.test(d.expiryDatetime.trim())
        ? { datetime: d.expiryDatetime.trim() }
        : "notADatetime";
    case "timedelta":
      return INT.test(d.expiryDelta) ? { timedelta: Number(d.expiryDelta) } : "notAnInt";
  }
}

/** The draft's target if the op offers it, else this browser's session cookie. */
export const targetOf = (op: string, d: OpDraft): TargetKind =>
  targetsFor(op).includes(d.target) ? d.target : "cookie";

function targetArgs(op: string, d: OpDraft, browser: string): unknown[] {
  switch (targetOf(op, d)) {
    case "cookie":
      return [{ cookie: browser }];
    case "key":
      return [d.targetKey];
    case "none":
      return [null];
    case "omit":
      return [];
  }
}

const isDraftError = (v: unknown): v is DraftError =>
  v === "notAnObject" || v === "notAnInt" || v === "notADatetime" || v === "inexactInt";

/** A value for the session, or why the playground cannot send it as typed. */
const sessionValue = (v: unknown): unknown => (hasInexactInt(v) ? "inexactInt" : v);

/** The op the draft stands for, in the scenario format, or why it cannot be sent. */
export function buildOp(
  name: string,
  d: OpDraft,
  browser: string,
): { op: Op } | { error: DraftError } {
  const sig = OP_SIGNATURES[name];
  const args: unknown[] = [];
  for (const [i, kind] of sig.args.entries()) {
    if (kind === "key") args.push(d.key);
    else if (kind === "expiry") args.push(expiryArg(d));
    else if (kind === "keyOrNull") args.push(...targetArgs(name, d, browser));
    else if (kind === "object") {
      const parsed = readValue(d.object).value;
      const ok =
        typeof parsed === "object" &&
        parsed !== null &&
        !Array.isArray(parsed) &&
        !isPyFloat(parsed);
      args.push(ok ? sessionValue(parsed) : "notAnObject");
    } else if (i < sig.required) args.push(sessionValue(readValue(d.value).value));
    else if (d.withDefault) args.push(sessionValue(readValue(d.defaultValue).value));
  }
  const error = args.find(isDraftError);
  return error ? { error } : { op: [name, ...args] };
}

/** Which targets an op offers: delete() may omit its key, exists() needs one. */
export const targetsFor = (op: string): TargetKind[] =>
  op === "delete" ? ["omit", "cookie", "key", "none"] : ["cookie", "key", "none"];
