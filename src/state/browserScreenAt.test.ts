import { describe, expect, it } from "vitest";
import type { Step } from "../scenario/Scenario.ts";
import type { TimelineEntry } from "./TimelineEntry.ts";
import { browserScreenAt } from "./browserScreenAt.ts";

const ORIGIN = "http://testserver";

/** A page-load step as the core records it (only what the browser pane reads). */
function load(
  browser: string,
  method: string,
  path: string,
  status: number,
  extra: { location?: string; body?: string } = {},
): TimelineEntry {
  const headers: [string, string][] = [["Content-Type", "text/html; charset=utf-8"]];
  if (extra.location) headers.push(["Location", extra.location]);
  return {
    step: { request: { browser, method, origin: ORIGIN, path } },
    trace: { kind: "request", now: "2026-01-01T00:00:00Z", store: [], jar: {} },
    exchange: {
      request: { method, url: ORIGIN + path, headers: [], body: "" },
      response: { status, headers, body: extra.body ?? `<p>${path}</p>` },
      cookies: [],
    },
  };
}

const other = (step: Step): TimelineEntry => ({
  step,
  trace: { kind: Object.keys(step)[0], now: "2026-01-01T00:00:00Z", store: [], jar: {} },
});

const loginThenBackend = [
  load("A", "GET", "/login/", 200),
  load("A", "POST", "/login/", 302, { location: "/backend/" }),
  load("A", "GET", "/backend/", 200, { body: "<h3>Welcome, alice</h3>" }),
];

describe("the page a simulated browser shows", () => {
  it("is blank before the browser has loaded anything", () => {
    expect(browserScreenAt([], "A")).toEqual({ kind: "blank" });
    expect(browserScreenAt(loginThenBackend, "B")).toEqual({ kind: "blank" });
  });

  it("is the last page load, with the redirect that led to it", () => {
    const screen = browserScreenAt(loginThenBackend, "A");
    expect(screen).toMatchObject({
      kind: "page",
      load: {
        url: `${ORIGIN}/backend/`,
        status: 200,
        body: "<h3>Welcome, alice</h3>",
        index: 2,
        first: 1,
      },
    });
    if (screen.kind !== "page") throw new Error("no page");
    expect(screen.load.hops).toEqual([
      { method: "POST", url: `${ORIGIN}/login/`, status: 302, location: "/backend/" },
      { method: "GET", url: `${ORIGIN}/backend/`, status: 200, location: null },
    ]);
  });

  it("is the page as it was at an earlier step when the learner looks at the past", () => {
    const screen = browserScreenAt(loginThenBackend, "A", 0);
    expect(screen).toMatchObject({ kind: "page", load: { url: `${ORIGIN}/login/`, index: 0 } });
  });

  it("ignores steps that are not page loads: /ops/ calls, clock jumps, other browsers", () => {
    const timeline = [
      ...loginThenBackend,
      load("A", "POST", "/ops/", 200),
      other({ advance: 60 }),
      load("B", "GET", "/login/", 200),
    ];
    expect(browserScreenAt(timeline, "A")).toMatchObject({ load: { index: 2 } });
  });

  it("is the closed-browser page after the browser quit, until it loads again", () => {
    const closed = [...loginThenBackend, other({ close_browser: "A" })];
    expect(browserScreenAt(closed, "A")).toEqual({ kind: "closed", step: 3 });
    expect(browserScreenAt([...closed, load("A", "GET", "/login/", 200)], "A")).toMatchObject({
      kind: "page",
    });
  });

  it("does not count an earlier, unrelated redirect as part of this load", () => {
    const timeline = [
      load("A", "GET", "/logout/", 302, { location: "/login/" }),
      load("A", "GET", "/backend/", 200),
    ];
    const screen = browserScreenAt(timeline, "A");
    expect(screen.kind === "page" && screen.load.hops).toHaveLength(1);
  });
});
