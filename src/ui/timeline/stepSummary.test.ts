import { describe, expect, it } from "vitest";
import type { StoredCookie } from "../../browser/storedCookie.ts";
import type { TraceCookie, TraceStep } from "../../scenario/Trace.ts";
import type { StoreEntry } from "../../server/storeSnapshot.ts";
import type { TimelineEntry } from "../../state/TimelineEntry.ts";
import { abbreviate, stepSummary } from "./stepSummary.ts";

const stored = (value: string): StoredCookie => ({
  name: "sessionid",
  value,
  domain: "testserver",
  hostOnly: true,
  path: "/",
  expires: null,
  secure: false,
  httpOnly: true,
  sameSite: "Lax",
  creation: 0,
  creationIndex: 0,
});
const traceCookie = (value: string): TraceCookie => ({
  name: "sessionid",
  value,
  expires: null,
  path: "/",
  domain: "testserver",
  secure: false,
  httponly: true,
  samesite: "Lax",
});
const row = (key: string, data: Record<string, unknown> = {}): StoreEntry => ({
  backend: "db",
  key,
  data,
  expires: "2026-01-15T00:00:00Z",
  // As stored: other data, another session_data.
  raw: JSON.stringify(data),
});
const trace = (over: Partial<TraceStep>): TraceStep => ({
  kind: "request",
  now: "2026-01-01T00:00:00Z",
  store: [],
  jar: {},
  ...over,
});
const setCookieLine = { name: "sessionid" } as NonNullable<TraceStep["set_cookie"]>[number];
const request = (
  t: TraceStep,
  cookies: NonNullable<TimelineEntry["exchange"]>["cookies"],
): TimelineEntry => ({
  step: {
    request: { browser: "A", method: "POST", origin: "http://testserver", path: "/ops/", ops: [] },
  },
  trace: t,
  exchange: {
    request: { method: "POST", url: "http://testserver/ops/", headers: [], body: "" },
    response: { status: 200, headers: [], body: "" },
    cookies,
  },
});

describe("stepSummary", () => {
  it("reports a first write as a new session: its row and its cookie", () => {
    const entry = request(
      trace({ set_cookie: [setCookieLine], store: [row("key1", { k: "v" })] }),
      [{ kind: "stored", cookie: stored("key1"), replaced: null }],
    );
    expect(stepSummary(entry, null)).toEqual([
      { kind: "store", backend: "db", change: "added", count: 1 },
      { kind: "setCookie", name: "sessionid", value: "key1", how: "new", newSession: true },
    ]);
  });

  it("tells a refreshed cookie from one with a new value", () => {
    const prev = trace({ store: [row("key1")] });
    const same = request(trace({ set_cookie: [setCookieLine], store: [row("key1", { k: 1 })] }), [
      { kind: "stored", cookie: stored("key1"), replaced: stored("key1") },
    ]);
    expect(stepSummary(same, prev)).toEqual([
      { kind: "store", backend: "db", change: "changed", count: 1 },
      { kind: "setCookie", name: "sessionid", value: "key1", how: "refreshed", newSession: false },
    ]);
    // A login: cycle_key() creates a row under a new key and deletes the old one in the view;
    // SessionMiddleware saves the session, and only then sets the cookie to the new key. Every
    // summary here lists the store's changes first, in the order Django makes them.
    const cycled = request(trace({ set_cookie: [setCookieLine], store: [row("key2")] }), [
      { kind: "stored", cookie: stored("key2"), replaced: stored("key1") },
    ]);
    expect(stepSummary(cycled, prev).map((i) => ("how" in i ? i.how : i.kind))).toEqual([
      "store",
      "store",
      "newValue",
    ]);
  });

  it("reports a flush as a deleted cookie and a deleted row", () => {
    const prev = trace({ store: [row("key1")] });
    const entry = request(trace({ set_cookie: [setCookieLine] }), [
      { kind: "deleted", cookie: stored("key1") },
    ]);
    expect(stepSummary(entry, prev)).toEqual([
      { kind: "store", backend: "db", change: "removed", count: 1 },
      { kind: "deleteCookie", name: "sessionid", hadCookie: true },
    ]);
  });

  it("names a rejected Set-Cookie and its reason", () => {
    const entry = request(trace({ set_cookie: [setCookieLine] }), [
      { kind: "rejected", reason: "secure-from-insecure-origin", header: "sessionid=x; Secure" },
    ]);
    expect(stepSummary(entry, null)).toEqual([
      { kind: "rejectedCookie", name: "sessionid", reason: "secure-from-insecure-origin" },
    ]);
  });

  it("reports what a step without a request did to the jars", () => {
    const prev = trace({ jar: { A: [traceCookie("key1")], B: [] } });
    const closed: TimelineEntry = {
      step: { close_browser: "A" },
      trace: trace({ kind: "close_browser", jar: { A: [], B: [] } }),
    };
    expect(stepSummary(closed, prev)).toEqual([
      { kind: "jar", browser: "A", name: "sessionid", change: "removed" },
    ]);
  });

  it("says nothing about the store when its snapshot was skipped", () => {
    const entry: TimelineEntry = {
      step: { manage: "clearsessions" },
      trace: trace({ kind: "manage" }),
      storeSkipped: true,
    };
    expect(stepSummary(entry, trace({ store: [row("key1")] }))).toEqual([]);
  });
});

describe("abbreviate", () => {
  it("keeps short text and shortens long keys", () => {
    expect(abbreviate("abc")).toBe("abc");
    expect(abbreviate("k3j2x9pq7w0e1r")).toBe("k3j2x9pq…");
  });
});
