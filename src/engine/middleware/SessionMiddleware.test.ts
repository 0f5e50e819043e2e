import { afterEach, describe, expect, it } from "vitest";
import { cryptoRandom } from "../../adapters/cryptoRandom.ts";
import { webCryptoHmac } from "../../adapters/webCryptoHmac.ts";
import { SimBrowser } from "../../browser/SimBrowser.ts";
import { HttpResponse } from "../../server/http/HttpResponse.ts";
import { DjangoServer } from "../../server/DjangoServer.ts";
import { urlpatterns } from "../../server/urls.ts";
import type { View } from "../../server/views/View.ts";
import { FLAGS_HEADER, header, OPS_HEADER, type WireResponse } from "../../server/wire.ts";
import { VirtualClock } from "../clock.ts";
import { applySettings, DEFAULT_SETTINGS } from "../conf/settings.ts";
import type { LogRecord } from "../ports.ts";
import { sessionStoreFor } from "../sessions/sessionStoreFor.ts";
import { memoryFileSystem } from "../storage/memoryFileSystem.ts";
import { memorySessionTable } from "../storage/memorySessionTable.ts";

const START = Date.UTC(2026, 0, 1);
const TWO_WEEKS = 1209600;
const IN_TWO_WEEKS = "Thu, 15 Jan 2026 00:00:00 GMT";
const DELETE_LINE =
  'sessionid=""; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/; SameSite=Lax';
const setLine = (key: string, expires = IN_TWO_WEEKS, maxAge = TWO_WEEKS) =>
  `sessionid=${key}; expires=${expires}; HttpOnly; Max-Age=${maxAge}; Path=/; SameSite=Lax`;
/** A well-formed key that no store knows. */
const UNKNOWN_KEY = "0123456789abcdefghijklmnopqrstuv";

/** A server built as runScenario builds it: virtual clock, memory table and disk, real HMAC. */
function world(settings: Record<string, unknown> = {}) {
  const clock = new VirtualClock(START);
  const db = memorySessionTable();
  const logs: LogRecord[] = [];
  const server = new DjangoServer({
    settings: applySettings(DEFAULT_SETTINGS, { SECRET_KEY: "middleware-test", ...settings }),
    clock,
    random: cryptoRandom(),
    hmac: webCryptoHmac(),
    logger: { log: (r) => logs.push(r) },
    db,
    fs: memoryFileSystem(),
  });

  /** One request as hand-built wire data: an optional Cookie header and /ops/ ops. */
  const send = (req: { path?: string; cookie?: string; ops?: unknown[]; method?: string }) => {
    const headers: [string, string][] = [];
    if (req.cookie !== undefined) headers.push(["Cookie", req.cookie]);
    if (req.ops) headers.push([OPS_HEADER, JSON.stringify(req.ops)]);
    return server.handle({
      method: req.method ?? (req.ops ? "POST" : "GET"),
      url: `http://testserver${req.path ?? "/ops/"}`,
      headers,
      body: "",
    });
  };

  /** Creates a session holding `data` and returns its key. */
  const newSession = async (data: Record<string, unknown> = { k: "v" }) => {
    const res = await send({ ops: [["update", data]] });
    const key = /^sessionid=([a-z0-9]{32});/.exec(setCookies(res)[0] ?? "")?.[1];
    if (!key) throw new Error(`no session cookie in ${JSON.stringify(res.headers)}`);
    return key;
  };

  /** The decoded data of a db row, or undefined when there is no row. */
  const rowData = async (key: string) => {
    const row = await db.get(key);
    if (!row) return undefined;
    const Store = sessionStoreFor(server.ctx);
    return Object.fromEntries(await new Store(server.ctx, null).decode(row.session_data));
  };

  return { server, clock, db, logs, send, newSession, rowData };
}

const setCookies = (res: WireResponse) =>
  res.headers.filter(([k]) => k.toLowerCase() === "set-cookie").map(([, v]) => v);
const vary = (res: WireResponse) => header(res.headers, "Vary");
const flags = (res: WireResponse) => JSON.parse(header(res.headers, FLAGS_HEADER) ?? "null");

/** Temporary views for statuses /ops/ cannot produce; removed after each test. */
const added: string[] = [];
function route(path: string, view: View): string {
  urlpatterns[path] = view;
  added.push(path);
  return path;
}
afterEach(() => {
  for (const path of added.splice(0)) delete urlpatterns[path];
});
const writeThenStatus = (status: number, extraHeaders: [string, string][] = []) =>
  route(`/test/write-then-${status}/`, async (request) => {
    await request.session!.setItem("k", "v");
    const response = new HttpResponse("", status);
    for (const [k, v] of extraHeaders) response.setHeader(k, v);
    return response;
  });

describe("SessionMiddleware with no session cookie", () => {
  it("sets nothing and adds no Vary when the view does not touch the session", async () => {
    const w = world();
    const res = await w.send({ ops: [] });
    expect(res.status).toBe(200);
    expect(setCookies(res)).toEqual([]);
    expect(vary(res)).toBe(null);
    expect(await w.db.count()).toBe(0);
    expect(flags(res)).toMatchObject({ accessed: false, modified: false });
  });

  it("adds Vary: Cookie but sets no cookie when the view only reads", async () => {
    const w = world();
    const res = await w.send({ ops: [["get", "k"]] });
    expect(setCookies(res)).toEqual([]);
    expect(vary(res)).toBe("Cookie");
    expect(await w.db.count()).toBe(0);
  });

  it("creates a row and sends Django's exact Set-Cookie line when the view writes", async () => {
    const w = world();
    const res = await w.send({ ops: [["set", "k", "v"]] });
    const [line] = setCookies(res);
    const key = /^sessionid=([a-z0-9]{32});/.exec(line)?.[1] ?? "";
    expect(setCookies(res)).toEqual([setLine(key)]);
    expect(vary(res)).toBe("Cookie");
    const rows = await w.db.all();
    expect(rows.map((r) => r.session_key)).toEqual([key]);
    expect(rows[0].expire_date).toBe(START + TWO_WEEKS * 1000);
    expect(await w.rowData(key)).toEqual({ k: "v" });
  });

  it("sends a cookie with no Max-Age and no expires after set_expiry(0), the row still expiring after SESSION_COOKIE_AGE", async () => {
    const w = world();
    const res = await w.send({
      ops: [
        ["set", "k", "v"],
        ["set_expiry", 0],
      ],
    });
    const [line] = setCookies(res);
    const key = line.slice("sessionid=".length, line.indexOf(";"));
    expect(line).toBe(`sessionid=${key}; HttpOnly; Path=/; SameSite=Lax`);
    expect(vary(res)).toBe("Cookie");
    expect((await w.db.get(key))?.expire_date).toBe(START + TWO_WEEKS * 1000);
  });

  it("sends a browser-close cookie under SESSION_EXPIRE_AT_BROWSER_CLOSE, which the browser drops on close", async () => {
    const w = world({ SESSION_EXPIRE_AT_BROWSER_CLOSE: true });
    const browser = new SimBrowser("A", w.clock);
    const ex = await browser.send((r) => w.server.handle(r), {
      method: "POST",
      origin: "http://testserver",
      path: "/ops/",
      ops: [["set", "k", "v"]],
    });
    const [line] = setCookies(ex.response);
    const key = line.slice("sessionid=".length, line.indexOf(";"));
    expect(line).toBe(`sessionid=${key}; HttpOnly; Path=/; SameSite=Lax`);
    expect((await w.db.get(key))?.expire_date).toBe(START + TWO_WEEKS * 1000);
    expect(browser.jar.cookieHeader("http://testserver/ops/")).toBe(`sessionid=${key}`);
    browser.close();
    expect(browser.jar.cookieHeader("http://testserver/ops/")).toBe(null);
  });

  it("lets set_expiry(300) beat SESSION_EXPIRE_AT_BROWSER_CLOSE", async () => {
    const w = world({ SESSION_EXPIRE_AT_BROWSER_CLOSE: true });
    const res = await w.send({
      ops: [
        ["set", "k", "v"],
        ["set_expiry", 300],
      ],
    });
    const [line] = setCookies(res);
    const key = line.slice("sessionid=".length, line.indexOf(";"));
    expect(line).toBe(setLine(key, "Thu, 01 Jan 2026 00:05:00 GMT", 300));
  });

  it("sends a negative Max-Age and a past expires for set_expiry(timedelta(seconds=-10)); the row is already expired", async () => {
    const w = world();
    const res = await w.send({
      ops: [
        ["set", "k", "v"],
        ["set_expiry", { timedelta: -10 }],
      ],
    });
    const [line] = setCookies(res);
    const key = line.slice("sessionid=".length, line.indexOf(";"));
    // Real Django says -11 only because real time passes inside the request (README §9.1).
    expect(line).toBe(setLine(key, "Wed, 31 Dec 2025 23:59:50 GMT", -10));
    expect((await w.db.get(key))?.expire_date).toBe(START - 10_000);
    const next = await w.send({ cookie: `sessionid=${key}`, ops: [["get", "k"]] });
    expect(flags(next).results).toEqual([null]);
    expect(setCookies(next)).toEqual([DELETE_LINE]);
  });

  it("treats a stored _session_expiry of True as the int 1, as Python's bool is an int", async () => {
    // Django 5.2.17 (record.py --child): 200, Max-Age=1, expires 00:00:01, row expires 00:00:01.
    const w = world();
    const res = await w.send({ ops: [["set", "_session_expiry", true]] });
    expect(res.status).toBe(200);
    const [line] = setCookies(res);
    const key = /^sessionid=([a-z0-9]{32});/.exec(line ?? "")?.[1] ?? "";
    expect(line).toBe(setLine(key, "Thu, 01 Jan 2026 00:00:01 GMT", 1));
    expect((await w.db.get(key))?.expire_date).toBe(START + 1000);
  });

  it("truncates a fractional stored expiry for Max-Age but not for expires or the row", async () => {
    const w = world();
    const res = await w.send({ ops: [["set", "_session_expiry", 1.5]] });
    const [line] = setCookies(res);
    const key = /^sessionid=([a-z0-9]{32});/.exec(line ?? "")?.[1] ?? "";
    expect(line).toBe(setLine(key, "Thu, 01 Jan 2026 00:00:01 GMT", 1));
    expect((await w.db.get(key))?.expire_date).toBe(START + 1500);
  });

  it("does nothing on the server's own 404 (no view ran), which Django's handler logs as a warning", async () => {
    const w = world();
    const res = await w.send({ path: "/nowhere/" });
    expect(res.status).toBe(404);
    expect(setCookies(res)).toEqual([]);
    expect(vary(res)).toBe(null);
    expect(flags(res)).toMatchObject({ accessed: false, modified: false });
    expect(w.logs).toEqual([
      { logger: "django.request", level: "WARNING", message: "Not Found: /nowhere/" },
    ]);
  });

  it("ignores other cookies in the Cookie header", async () => {
    const w = world();
    const res = await w.send({ cookie: "csrftoken=abc; theme=dark", ops: [] });
    expect(setCookies(res)).toEqual([]);
    expect(vary(res)).toBe(null);
  });
});

describe("SessionMiddleware with a valid session cookie", () => {
  it("neither re-sends nor deletes the cookie when the view only reads, but varies on Cookie", async () => {
    const w = world();
    const key = await w.newSession();
    const before = await w.db.get(key);
    w.clock.advance(3600);
    const res = await w.send({ cookie: `sessionid=${key}`, ops: [["get", "k"]] });
    expect(flags(res).results).toEqual(["v"]);
    expect(setCookies(res)).toEqual([]);
    expect(vary(res)).toBe("Cookie");
    expect(await w.db.get(key)).toEqual(before);
  });

  it("re-saves and re-sends the same key, sliding the expiry, when the view writes", async () => {
    const w = world();
    const key = await w.newSession();
    w.clock.advance(3600);
    const res = await w.send({ cookie: `sessionid=${key}`, ops: [["set", "k", "v2"]] });
    expect(setCookies(res)).toEqual([setLine(key, "Thu, 15 Jan 2026 01:00:00 GMT")]);
    expect((await w.db.get(key))?.expire_date).toBe(START + (3600 + TWO_WEEKS) * 1000);
    expect(await w.rowData(key)).toEqual({ k: "v2" });
  });

  it("deletes the cookie and the row when the view flushes", async () => {
    const w = world();
    const key = await w.newSession();
    const res = await w.send({ cookie: `sessionid=${key}`, ops: [["flush"]] });
    expect(setCookies(res)).toEqual([DELETE_LINE]);
    expect(vary(res)).toBe("Cookie");
    expect(await w.db.count()).toBe(0);
  });

  it("refreshes the same key and saves {} when the view clears", async () => {
    const w = world();
    const key = await w.newSession();
    const res = await w.send({ cookie: `sessionid=${key}`, ops: [["clear"]] });
    expect(setCookies(res)).toEqual([setLine(key)]);
    expect(vary(res)).toBe("Cookie");
    expect(await w.rowData(key)).toEqual({});
  });

  it("sends a new key, removes the old row and keeps the data on cycle_key", async () => {
    const w = world();
    const key = await w.newSession({ k: "v" });
    const res = await w.send({ cookie: `sessionid=${key}`, ops: [["cycle_key"]] });
    const [line] = setCookies(res);
    const newKey = /^sessionid=([a-z0-9]{32});/.exec(line)?.[1] ?? "";
    expect(newKey).not.toBe(key);
    expect(line).toBe(setLine(newKey));
    expect(vary(res)).toBe("Cookie");
    expect(await w.db.get(key)).toBe(undefined);
    expect(await w.rowData(newKey)).toEqual({ k: "v" });
  });

  it("saves nothing after an in-place append alone, but still varies on Cookie", async () => {
    const w = world();
    const key = await w.newSession({ l: [1] });
    const before = await w.db.get(key);
    const res = await w.send({ cookie: `sessionid=${key}`, ops: [["append", "l", 2]] });
    expect(flags(res)).toMatchObject({ accessed: true, modified: false });
    expect(setCookies(res)).toEqual([]);
    expect(vary(res)).toBe("Cookie");
    expect(await w.db.get(key)).toEqual(before);
    expect(await w.rowData(key)).toEqual({ l: [1] });
  });

  it("uses the last of duplicate session cookies, as parse_cookie does", async () => {
    const w = world();
    const key = await w.newSession({ k: "v" });
    const res = await w.send({
      cookie: `sessionid=${UNKNOWN_KEY}; sessionid=${key}`,
      ops: [["get", "k"]],
    });
    expect(flags(res).results).toEqual(["v"]);
    expect(setCookies(res)).toEqual([]);
  });

  it("answers 400 with no Set-Cookie and no Vary when the row is deleted before the save (SessionInterrupted)", async () => {
    const w = world();
    const key = await w.newSession();
    const res = await w.send({
      cookie: `sessionid=${key}`,
      ops: [["set", "k", "v2"], ["delete"]],
    });
    expect(res.status).toBe(400);
    expect(res.body).toContain("Bad Request (400)");
    expect(setCookies(res)).toEqual([]);
    expect(vary(res)).toBe(null);
    expect(flags(res)).toMatchObject({ accessed: true, modified: true, results: [null, null] });
    expect(await w.db.count()).toBe(0);
    // As Django 5.2's response_for_exception logs a BadRequest: its text, then the path; once.
    expect(w.logs).toEqual([
      {
        logger: "django.request",
        level: "WARNING",
        message:
          "The request's session was deleted before the request completed. The user may have logged out in a concurrent request, for example.: /ops/",
      },
    ]);
  });

  it("lets a browser keep its dangling cookie after the 400, and deletes it on the next read", async () => {
    const w = world();
    const browser = new SimBrowser("A", w.clock);
    const send = (ops: unknown[]) =>
      browser.send((r) => w.server.handle(r), {
        method: "POST",
        origin: "http://testserver",
        path: "/ops/",
        ops,
      });
    await send([["set", "k", "v"]]);
    const held = browser.jar.cookieHeader("http://testserver/ops/");
    const interrupted = await send([["set", "k", "v2"], ["delete"]]);
    expect(interrupted.response.status).toBe(400);
    expect(browser.jar.cookieHeader("http://testserver/ops/")).toBe(held);
    const next = await send([["get", "k"]]);
    expect(setCookies(next.response)).toEqual([DELETE_LINE]);
    expect(browser.jar.cookieHeader("http://testserver/ops/")).toBe(null);
  });

  it("answers 200 and deletes the cookie for the same ops with signed_cookies", async () => {
    const w = world({ SESSION_ENGINE: "django.contrib.sessions.backends.signed_cookies" });
    const first = await w.send({ ops: [["set", "k", "v"]] });
    const token = /^sessionid=([^;]+);/.exec(setCookies(first)[0])?.[1] ?? "";
    expect(token).toMatch(/^[\w.-]+:[0-9A-Za-z]+:[\w-]{43}$/);
    const res = await w.send({
      cookie: `sessionid=${token}`,
      ops: [["set", "k", "v2"], ["delete"]],
    });
    expect(res.status).toBe(200);
    expect(setCookies(res)).toEqual([DELETE_LINE]);
    expect(vary(res)).toBe("Cookie");
  });
});

describe("SessionMiddleware with an unknown or invalid session cookie", () => {
  it("does nothing when the view does not touch the session", async () => {
    const w = world();
    const res = await w.send({ cookie: `sessionid=${UNKNOWN_KEY}`, ops: [] });
    expect(setCookies(res)).toEqual([]);
    expect(vary(res)).toBe(null);
  });

  it("deletes the cookie when the view reads", async () => {
    const w = world();
    const res = await w.send({ cookie: `sessionid=${UNKNOWN_KEY}`, ops: [["get", "k"]] });
    expect(setCookies(res)).toEqual([DELETE_LINE]);
    expect(vary(res)).toBe("Cookie");
    expect(await w.db.count()).toBe(0);
  });

  it("never adopts the client's key: a write gets a new key and a new row", async () => {
    const w = world();
    const res = await w.send({ cookie: `sessionid=${UNKNOWN_KEY}`, ops: [["set", "k", "v"]] });
    const [line] = setCookies(res);
    const key = /^sessionid=([a-z0-9]{32});/.exec(line)?.[1] ?? "";
    expect(key).not.toBe(UNKNOWN_KEY);
    expect(line).toBe(setLine(key));
    expect(vary(res)).toBe("Cookie");
    expect((await w.db.all()).map((r) => r.session_key)).toEqual([key]);
  });

  it('deletes a cookie too short to be a key ("abc") even when the session is untouched', async () => {
    const w = world();
    const res = await w.send({ cookie: "sessionid=abc", ops: [] });
    expect(flags(res)).toMatchObject({ accessed: false, modified: false });
    expect(setCookies(res)).toEqual([DELETE_LINE]);
    expect(vary(res)).toBe("Cookie");
  });

  it('deletes an empty cookie value (sessionid="")', async () => {
    const w = world();
    const res = await w.send({ cookie: 'sessionid=""', ops: [] });
    expect(setCookies(res)).toEqual([DELETE_LINE]);
  });
});

describe("SessionMiddleware and the response status", () => {
  it("saves and sets the cookie when a view writes and answers 404", async () => {
    const w = world();
    const res = await w.send({ path: writeThenStatus(404) });
    expect(res.status).toBe(404);
    const [line] = setCookies(res);
    const key = /^sessionid=([a-z0-9]{32});/.exec(line)?.[1] ?? "";
    expect(line).toBe(setLine(key));
    expect(vary(res)).toBe("Cookie");
    expect(await w.rowData(key)).toEqual({ k: "v" });
  });

  for (const status of [500, 503]) {
    it(`neither saves nor sets a cookie when a view writes and answers ${status}, but varies on Cookie`, async () => {
      const w = world();
      const res = await w.send({ path: writeThenStatus(status) });
      expect(res.status).toBe(status);
      expect(setCookies(res)).toEqual([]);
      expect(vary(res)).toBe("Cookie");
      expect(await w.db.count()).toBe(0);
      // A 5xx the view returned (not raised) is logged once, by the handler, as an error.
      expect(w.logs).toEqual([
        {
          logger: "django.request",
          level: "ERROR",
          message: `${status === 500 ? "Internal Server Error" : "Service Unavailable"}: ${writeThenStatus(status)}`,
        },
      ]);
    });
  }

  it("does not save the changes of a view that raises (a 500)", async () => {
    const w = world();
    const key = await w.newSession({ k: "v" });
    const before = await w.db.get(key);
    const path = route("/test/raises/", async (request) => {
      await request.session!.setItem("k", "changed");
      throw new Error("boom");
    });
    const res = await w.send({ path, cookie: `sessionid=${key}` });
    expect(res.status).toBe(500);
    expect(flags(res)).toMatchObject({ accessed: true, modified: true });
    expect(setCookies(res)).toEqual([]);
    expect(vary(res)).toBe("Cookie");
    expect(await w.db.get(key)).toEqual(before);
    expect(w.logs.some((r) => r.logger === "django.request" && r.level === "ERROR")).toBe(true);
  });

  it("still deletes an invalid cookie on a 500 (the delete branch ignores the status)", async () => {
    const w = world();
    const path = route("/test/raises-untouched/", async () => {
      throw new Error("boom");
    });
    const res = await w.send({ path, cookie: "sessionid=abc" });
    expect(res.status).toBe(500);
    expect(setCookies(res)).toEqual([DELETE_LINE]);
    expect(vary(res)).toBe("Cookie");
  });
});

describe("SessionMiddleware and Vary", () => {
  it("appends Cookie to a Vary header the view set", async () => {
    const w = world();
    const path = route("/test/vary/", async (request) => {
      await request.session!.get("k");
      const response = new HttpResponse("");
      response.setHeader("Vary", "Accept-Encoding");
      return response;
    });
    const res = await w.send({ path });
    expect(vary(res)).toBe("Accept-Encoding, Cookie");
  });

  it("keeps Vary: * as it is", async () => {
    const w = world();
    const path = route("/test/vary-star/", async (request) => {
      await request.session!.setItem("k", "v");
      const response = new HttpResponse("");
      response.setHeader("Vary", "*");
      return response;
    });
    const res = await w.send({ path });
    expect(vary(res)).toBe("*");
    expect(setCookies(res)).toHaveLength(1);
  });

  it("leaves the view's Vary header alone when the session is untouched", async () => {
    const w = world();
    const path = route("/test/vary-untouched/", async () => {
      const response = new HttpResponse("");
      response.setHeader("Vary", "Accept-Encoding");
      return response;
    });
    const res = await w.send({ path });
    expect(vary(res)).toBe("Accept-Encoding");
  });
});

describe("SessionMiddleware with SESSION_SAVE_EVERY_REQUEST", () => {
  it("sets nothing for a request without a cookie that does not touch the session", async () => {
    const w = world({ SESSION_SAVE_EVERY_REQUEST: true });
    const res = await w.send({ ops: [] });
    expect(setCookies(res)).toEqual([]);
    expect(vary(res)).toBe(null);
    expect(await w.db.count()).toBe(0);
  });

  it("re-saves and refreshes a valid session on an untouched request, with Vary: Cookie", async () => {
    const w = world({ SESSION_SAVE_EVERY_REQUEST: true, SESSION_COOKIE_AGE: 600 });
    const key = await w.newSession();
    w.clock.advance(500);
    const res = await w.send({ cookie: `sessionid=${key}`, ops: [] });
    expect(flags(res)).toMatchObject({ accessed: false, modified: false });
    expect(setCookies(res)).toEqual([setLine(key, "Thu, 01 Jan 2026 00:18:20 GMT", 600)]);
    expect(vary(res)).toBe("Cookie");
    expect((await w.db.get(key))?.expire_date).toBe(START + 1100 * 1000);
  });

  it("refreshes the cookie on the server's own 404, where no view ran", async () => {
    const w = world({ SESSION_SAVE_EVERY_REQUEST: true, SESSION_COOKIE_AGE: 600 });
    const key = await w.newSession();
    w.clock.advance(500);
    const res = await w.send({ cookie: `sessionid=${key}`, path: "/nowhere/" });
    expect(res.status).toBe(404);
    expect(flags(res)).toMatchObject({ accessed: false, modified: false });
    expect(setCookies(res)).toEqual([setLine(key, "Thu, 01 Jan 2026 00:18:20 GMT", 600)]);
    expect(vary(res)).toBe("Cookie");
    expect((await w.db.get(key))?.expire_date).toBe(START + 1100 * 1000);
  });

  it("gives an unknown key a new key and an empty row on an untouched request", async () => {
    const w = world({ SESSION_SAVE_EVERY_REQUEST: true });
    const res = await w.send({ cookie: `sessionid=${UNKNOWN_KEY}`, ops: [] });
    const [line] = setCookies(res);
    const key = /^sessionid=([a-z0-9]{32});/.exec(line)?.[1] ?? "";
    expect(key).not.toBe(UNKNOWN_KEY);
    expect(line).toBe(setLine(key));
    expect(vary(res)).toBe("Cookie");
    expect((await w.db.all()).map((r) => r.session_key)).toEqual([key]);
    expect(await w.rowData(key)).toEqual({});
  });

  it("still skips the save on a 500", async () => {
    const w = world({ SESSION_SAVE_EVERY_REQUEST: true });
    const key = await w.newSession();
    const before = await w.db.get(key);
    w.clock.advance(60);
    const path = route("/test/plain-500/", async () => new HttpResponse("", 500));
    const res = await w.send({ path, cookie: `sessionid=${key}` });
    expect(setCookies(res)).toEqual([]);
    expect(await w.db.get(key)).toEqual(before);
  });
});

describe("SessionMiddleware cookie settings", () => {
  it("writes Domain, Max-Age, Path, SameSite=None and Secure on set, and Secure on delete for SameSite=None", async () => {
    const w = world({
      SESSION_COOKIE_DOMAIN: ".example.com",
      SESSION_COOKIE_SECURE: true,
      SESSION_COOKIE_SAMESITE: "None",
      SESSION_COOKIE_AGE: 300,
      SESSION_COOKIE_PATH: "/app",
    });
    const res = await w.send({ ops: [["set", "k", "v"]] });
    const [line] = setCookies(res);
    const key = line.slice("sessionid=".length, line.indexOf(";"));
    expect(line).toBe(
      `sessionid=${key}; Domain=.example.com; expires=Thu, 01 Jan 2026 00:05:00 GMT; HttpOnly; Max-Age=300; Path=/app; SameSite=None; Secure`,
    );
    const gone = await w.send({ cookie: `sessionid=${key}`, ops: [["flush"]] });
    expect(setCookies(gone)).toEqual([
      'sessionid=""; Domain=.example.com; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/app; SameSite=None; Secure',
    ]);
  });

  it("does not put Secure on the deletion when only SESSION_COOKIE_SECURE is set", async () => {
    const w = world({ SESSION_COOKIE_SECURE: true });
    const res = await w.send({ cookie: "sessionid=abc", ops: [] });
    expect(setCookies(res)).toEqual([DELETE_LINE]);
  });

  it("omits SameSite and HttpOnly when SAMESITE is False and HTTPONLY is False", async () => {
    const w = world({ SESSION_COOKIE_SAMESITE: false, SESSION_COOKIE_HTTPONLY: false });
    const res = await w.send({ ops: [["set", "k", "v"]] });
    const [line] = setCookies(res);
    const key = line.slice("sessionid=".length, line.indexOf(";"));
    expect(line).toBe(`sessionid=${key}; expires=${IN_TWO_WEEKS}; Max-Age=${TWO_WEEKS}; Path=/`);
    const gone = await w.send({ cookie: `sessionid=${key}`, ops: [["flush"]] });
    expect(setCookies(gone)).toEqual([
      'sessionid=""; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/',
    ]);
  });

  it("omits SameSite when SAMESITE is null", async () => {
    const w = world({ SESSION_COOKIE_SAMESITE: null });
    const res = await w.send({ ops: [["set", "k", "v"]] });
    expect(setCookies(res)[0]).not.toContain("SameSite");
    expect(setCookies(res)[0]).toContain("; HttpOnly; ");
  });

  it("writes SameSite in the case it was configured", async () => {
    const w = world({ SESSION_COOKIE_SAMESITE: "strict" });
    const res = await w.send({ ops: [["set", "k", "v"]] });
    expect(setCookies(res)[0]).toMatch(/; Path=\/; SameSite=strict$/);
  });

  it("reads, sets and deletes the cookie under SESSION_COOKIE_NAME", async () => {
    const w = world({ SESSION_COOKIE_NAME: "__Host-sid" });
    const res = await w.send({ ops: [["set", "k", "v"]] });
    const [line] = setCookies(res);
    const key = /^__Host-sid=([a-z0-9]{32});/.exec(line)?.[1] ?? "";
    expect(key).toHaveLength(32);
    const read = await w.send({
      cookie: `sessionid=${UNKNOWN_KEY}; __Host-sid=${key}`,
      ops: [["get", "k"]],
    });
    expect(flags(read).results).toEqual(["v"]);
    expect(setCookies(read)).toEqual([]);
    const gone = await w.send({ cookie: `__Host-sid=${key}`, ops: [["flush"]] });
    expect(setCookies(gone)).toEqual([
      '__Host-sid=""; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/; SameSite=Lax; Secure',
    ]);
  });
});

describe("a session value JSON cannot hold (a Python view's set, under the cache engine)", () => {
  it("makes /ops/ answer a 500 when an op returns it, as Django's JsonResponse would fail", async () => {
    const { server, send } = world({ SESSION_ENGINE: "django.contrib.sessions.backends.cache" });
    server.viewOverrides["/store/"] = async (request) => {
      await request.session!.setItem("tags", { pyOpaque: "set", value: ["a"] });
      return new HttpResponse("stored", 200);
    };
    const stored = await send({ path: "/store/" });
    const cookie = setCookies(stored)[0].split(";")[0];
    const res = await send({ cookie, ops: [["get", "tags"]] });
    expect(res.status).toBe(500);
    expect(res.body).toContain("Object of type set is not JSON serializable");
  });
});
