import { beforeEach, describe, expect, it } from "vitest";
import { CookieJar, type StoredCookie } from "./cookieJar.ts";

// Django's own Set-Cookie lines (reference §5), and the virtual time they were made at.
const djangoSession =
  "sessionid=jb2tabc; expires=Sun, 13 Dec 2026 03:16:16 GMT; HttpOnly; Max-Age=1209600; Path=/; SameSite=Lax";
const djangoDelete =
  'sessionid=""; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/; SameSite=Lax';
const djangoDomainSession =
  "sessionid=p4mw; Domain=.example.com; expires=Sun, 29 Nov 2026 03:21:16 GMT; Max-Age=300; Path=/app; SameSite=None; Secure";
const djangoBrowserClose = "sessionid=qg0t; HttpOnly; Path=/; SameSite=Lax";
const djangoHostDelete =
  '__Host-sid=""; Domain=example.com; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/; SameSite=None; Secure';

const start = Date.parse("2026-11-29T03:16:16Z");
const second = 1000;
const day = 86_400 * second;
const testserver = "http://testserver/ops/";

let now: number;
let jar: CookieJar;

beforeEach(() => {
  now = start;
  jar = new CookieJar(() => now);
});

const stored = (header: string, url = testserver): StoredCookie => {
  const outcome = jar.receive(header, url);
  if (outcome.kind !== "stored") throw new Error(`expected ${header} stored, got ${outcome.kind}`);
  return outcome.cookie;
};
const rejection = (header: string, url = testserver) => {
  const outcome = jar.receive(header, url);
  return outcome.kind === "rejected" ? outcome.reason : outcome.kind;
};

describe("CookieJar.receive", () => {
  it("stores Django's session cookie as a host-only cookie expiring after Max-Age", () => {
    expect(stored(djangoSession)).toEqual({
      name: "sessionid",
      value: "jb2tabc",
      domain: "testserver",
      hostOnly: true,
      path: "/",
      expires: Date.parse("2026-12-13T03:16:16Z"),
      secure: false,
      httpOnly: true,
      sameSite: "Lax",
      creation: start,
      creationIndex: 0,
    });
    expect(jar.cookieHeader(testserver)).toBe("sessionid=jb2tabc");
  });

  it("stores Django's Domain, Secure, SameSite=None cookie sent over https", () => {
    const cookie = stored(djangoDomainSession, "https://www.example.com/app/login/");
    expect(cookie).toMatchObject({
      domain: "example.com",
      hostOnly: false,
      path: "/app",
      expires: start + 300 * second,
      secure: true,
      httpOnly: false,
      sameSite: "None",
    });
    expect(jar.cookieHeader("https://example.com/app/")).toBe("sessionid=p4mw");
    expect(jar.cookieHeader("https://shop.example.com/app")).toBe("sessionid=p4mw");
  });

  it("stores Django's browser-close cookie as a session cookie", () => {
    expect(stored(djangoBrowserClose).expires).toBeNull();
  });

  it("lets Max-Age win over Expires whichever comes first", () => {
    now = start + 500; // Expires says :16, Max-Age counts from :16.5
    expect(stored(djangoSession).expires).toBe(start + 500 + 1209600 * second);
    expect(stored("late=1; Max-Age=60; Expires=Sun, 13 Dec 2026 03:16:16 GMT").expires).toBe(
      now + 60 * second,
    );
  });

  it("falls back to Expires when Max-Age is malformed", () => {
    expect(stored("a=1; Max-Age=1e3; Expires=Sun, 13 Dec 2026 03:16:16 GMT").expires).toBe(
      Date.parse("2026-12-13T03:16:16Z"),
    );
    expect(stored("b=1; Max-Age=+60").expires).toBeNull();
  });

  it("deletes the session cookie with Django's deletion line", () => {
    const kept = stored(djangoSession);
    expect(jar.receive(djangoDelete, testserver)).toEqual({ kind: "deleted", cookie: kept });
    expect(jar.cookieHeader(testserver)).toBeNull();
    expect(jar.cookies()).toEqual([]);
  });

  it("ignores an expired cookie when there is nothing to delete", () => {
    expect(jar.receive(djangoDelete, testserver)).toEqual({ kind: "ignored-expired" });
    expect(jar.cookies()).toEqual([]);
  });

  it("deletes with a negative Max-Age, or an Expires in the past without Max-Age", () => {
    stored("a=1");
    stored("b=1");
    expect(jar.receive("a=; Max-Age=-1", testserver).kind).toBe("deleted");
    expect(jar.receive("b=x; Expires=Sunday, 06-Nov-94 08:49:37 GMT", testserver).kind).toBe(
      "deleted",
    );
    expect(jar.cookies()).toEqual([]);
  });

  it("counts an Expires equal to now as already expired", () => {
    expect(jar.receive("a=1; Expires=Sun, 29 Nov 2026 03:16:16 GMT", testserver).kind).toBe(
      "ignored-expired",
    );
    expect(stored("b=1; Expires=Sun, 29 Nov 2026 03:16:17 GMT").expires).toBe(start + second);
  });

  it("leaves the cookie alone when a deletion names another path", () => {
    stored(djangoSession);
    expect(jar.receive('sessionid=""; Max-Age=0; Path=/ops', testserver)).toEqual({
      kind: "ignored-expired",
    });
    expect(jar.cookieHeader(testserver)).toBe("sessionid=jb2tabc");
  });

  it("leaves a host-only cookie alone when a deletion names a Domain", () => {
    stored("sessionid=abc; Path=/", "https://example.com/");
    const outcome = jar.receive(
      'sessionid=""; Domain=example.com; Max-Age=0; Path=/',
      "https://example.com/",
    );
    expect(outcome.kind).toBe("ignored-expired");
    expect(jar.cookieHeader("https://example.com/")).toBe("sessionid=abc");
  });

  it("caps a lifetime at 400 days", () => {
    expect(stored("a=1; Max-Age=315360000").expires).toBe(start + 400 * day);
    expect(stored("b=1; Expires=Fri, 01 Jan 2100 00:00:00 GMT").expires).toBe(start + 400 * day);
  });

  it("ignores an unparseable Expires, leaving a session cookie", () => {
    expect(stored("a=1; Expires=Mon, 30 Feb 2026 00:00:00 GMT").expires).toBeNull();
  });

  it("rejects a name and value over 4096 bytes", () => {
    expect(rejection(`big=${"x".repeat(4094)}`)).toBe("too-large");
    expect(rejection(`big=${"x".repeat(4093)}`)).toBe("stored");
  });

  it("rejects a malformed line", () => {
    expect(jar.receive("=", testserver)).toEqual({
      kind: "rejected",
      reason: "invalid",
      header: "=",
    });
    expect(rejection("a=b\u0000")).toBe("invalid");
  });

  it("ignores an attribute value over 1024 bytes but keeps the cookie", () => {
    const cookie = stored(`a=1; Path=/${"x".repeat(1024)}; Domain=${"d".repeat(1025)}`, testserver);
    // The over-long Path is ignored, so the default path of /ops/ applies.
    expect(cookie).toMatchObject({ path: "/ops", domain: "testserver", hostOnly: true });
  });

  it("stores Django's two-quote value as it is", () => {
    expect(stored('sessionid=""; Path=/').value).toBe('""');
    expect(jar.cookieHeader(testserver)).toBe('sessionid=""');
  });
});

describe("CookieJar domains", () => {
  it("drops the Domain's leading dot and case, and sends to subdomains", () => {
    expect(stored("a=1; Domain=.EXAMPLE.Com", "https://example.com/")).toMatchObject({
      domain: "example.com",
      hostOnly: false,
    });
    expect(jar.cookieHeader("https://deep.www.example.com/")).toBe("a=1");
    expect(jar.cookieHeader("https://notexample.com/")).toBeNull();
  });

  it("sends a host-only cookie to its own host only", () => {
    stored("a=1", "https://example.com/");
    expect(jar.cookieHeader("https://example.com/")).toBe("a=1");
    expect(jar.cookieHeader("https://www.example.com/")).toBeNull();
  });

  it("rejects a Domain the host does not domain-match", () => {
    expect(rejection("a=1; Domain=other.com", "https://example.com/")).toBe("domain-mismatch");
    expect(rejection("a=1; Domain=www.example.com", "https://example.com/")).toBe(
      "domain-mismatch",
    );
    expect(rejection("a=1; Domain=0.0.1", "http://127.0.0.1/")).toBe("domain-mismatch");
  });

  it("rejects a public suffix as Domain", () => {
    expect(rejection("a=1; Domain=com", "https://example.com/")).toBe("public-suffix");
    expect(rejection("a=1; Domain=.co.uk", "https://example.co.uk/")).toBe("public-suffix");
  });

  it("makes a Domain equal to a single-label host host-only", () => {
    expect(stored("a=1; Domain=testserver")).toMatchObject({
      domain: "testserver",
      hostOnly: true,
    });
    expect(stored("b=1; Domain=localhost", "http://localhost/")).toMatchObject({
      domain: "localhost",
      hostOnly: true,
    });
    expect(stored("c=1; Domain=127.0.0.1", "http://127.0.0.1/")).toMatchObject({ hostOnly: true });
  });

  it("keeps host-only and domain cookies of the same name apart", () => {
    stored("sid=host", "https://example.com/");
    stored("sid=domain; Domain=example.com", "https://example.com/");
    expect(jar.cookies().map((c) => [c.value, c.hostOnly])).toEqual([
      ["host", true],
      ["domain", false],
    ]);
    expect(jar.cookieHeader("https://example.com/")).toBe("sid=host; sid=domain");
  });
});

describe("CookieJar paths", () => {
  it("defaults the path to the request path up to its last '/'", () => {
    expect(stored("a=1", "http://testserver/app/login/").path).toBe("/app/login");
    expect(stored("b=1", "http://testserver/app/login?next=/x/y").path).toBe("/app");
    expect(stored("c=1", "http://testserver/login").path).toBe("/");
    expect(stored("d=1; Path=relative", "http://testserver/app/login").path).toBe("/app");
  });

  it("sends a cookie only to paths that path-match", () => {
    stored("a=1; Path=/app");
    expect(jar.cookieHeader("http://testserver/app")).toBe("a=1");
    expect(jar.cookieHeader("http://testserver/app/x?q=1")).toBe("a=1");
    expect(jar.cookieHeader("http://testserver/apple")).toBeNull();
    expect(jar.cookieHeader("http://testserver/")).toBeNull();
  });

  it("orders the Cookie header by longer path first, then older first", () => {
    stored("root=1; Path=/");
    stored("deep=1; Path=/app/x");
    stored("mid=1; Path=/app");
    now += second;
    stored("rootLater=1; Path=/");
    stored("midLater=1; Path=/app");
    expect(jar.cookieHeader("http://testserver/app/x/y")).toBe(
      "deep=1; mid=1; midLater=1; root=1; rootLater=1",
    );
  });

  it("orders cookies set in the same virtual millisecond by arrival", () => {
    stored("b=1");
    stored("a=1");
    stored("c=1");
    expect(jar.cookieHeader(testserver)).toBe("b=1; a=1; c=1");
  });
});

describe("CookieJar replacement", () => {
  it("replaces a cookie with the same identity and keeps its creation time", () => {
    const first = stored(djangoSession);
    stored("other=1; Path=/");
    now += 60 * second;
    const outcome = jar.receive(djangoSession.replace("jb2tabc", "n3wkey"), testserver);
    expect(outcome).toMatchObject({ kind: "stored", replaced: first });
    if (outcome.kind !== "stored") return;
    expect(outcome.cookie).toMatchObject({
      value: "n3wkey",
      creation: start,
      creationIndex: first.creationIndex,
      expires: now + 1209600 * second,
    });
    expect(jar.cookieHeader(testserver)).toBe("sessionid=n3wkey; other=1");
    expect(jar.cookies()).toHaveLength(2);
  });

  it("reports no replaced cookie for a new one", () => {
    expect(jar.receive(djangoSession, testserver)).toMatchObject({
      kind: "stored",
      replaced: null,
    });
  });
});

describe("CookieJar expiry on the virtual clock", () => {
  it("sends a cookie until just before its expiry and evicts it at expiry", () => {
    stored("a=1; Max-Age=60");
    now = start + 60 * second - 1;
    expect(jar.cookieHeader(testserver)).toBe("a=1");
    now = start + 60 * second;
    expect(jar.cookieHeader(testserver)).toBeNull();
    expect(jar.cookies()).toEqual([]);
    expect(jar.snapshot()).toEqual([]);
  });

  it("does not treat an evicted cookie as replaced", () => {
    stored("a=1; Max-Age=60");
    now += 120 * second;
    expect(jar.receive("a=2", testserver)).toMatchObject({
      kind: "stored",
      replaced: null,
      cookie: { creation: now },
    });
  });

  it("drops session cookies when the browser closes and keeps persistent ones", () => {
    stored(djangoBrowserClose);
    stored("keep=1; Max-Age=60");
    const dropped = jar.closeSession();
    expect(dropped.map((c) => c.name)).toEqual(["sessionid"]);
    expect(jar.cookieHeader(testserver)).toBe("keep=1");
  });
});

describe("CookieJar Secure", () => {
  it("rejects a Secure cookie set over http, even on localhost", () => {
    expect(rejection(djangoDomainSession, "http://www.example.com/app/")).toBe(
      "secure-from-insecure-origin",
    );
    expect(rejection("a=1; Secure", "http://localhost:8000/")).toBe("secure-from-insecure-origin");
  });

  it("sends Secure cookies over https only", () => {
    stored("s=1; Secure", "https://example.com/");
    stored("p=1", "https://example.com/");
    expect(jar.cookieHeader("https://example.com/")).toBe("s=1; p=1");
    expect(jar.cookieHeader("http://example.com/")).toBe("p=1");
  });

  it("does not let http overwrite or delete a Secure cookie", () => {
    stored("sessionid=safe; Secure; Path=/", "https://example.com/");
    expect(rejection("sessionid=evil; Path=/", "http://example.com/")).toBe(
      "overwrites-secure-cookie",
    );
    expect(rejection('sessionid=""; Max-Age=0; Path=/', "http://example.com/")).toBe(
      "overwrites-secure-cookie",
    );
    expect(jar.cookieHeader("https://example.com/")).toBe("sessionid=safe");
  });

  it("does not let http shadow a Secure cookie from a longer path or another matching domain", () => {
    stored("sessionid=safe; Secure; Path=/", "https://example.com/");
    expect(rejection("sessionid=evil; Path=/app", "http://example.com/")).toBe(
      "overwrites-secure-cookie",
    );
    expect(rejection("sessionid=evil; Domain=example.com", "http://www.example.com/")).toBe(
      "overwrites-secure-cookie",
    );
    expect(rejection("sessionid=evil", "http://www.example.com/")).toBe("overwrites-secure-cookie");
  });

  it("does not let http set a parent-domain cookie over a subdomain's Secure cookie", () => {
    stored("sessionid=safe; Secure", "https://www.example.com/");
    expect(rejection("sessionid=evil; Domain=example.com", "http://www.example.com/")).toBe(
      "overwrites-secure-cookie",
    );
  });

  it("lets http set a same-named cookie on a shorter path, another site, or another name", () => {
    stored("sessionid=safe; Secure; Path=/app", "https://example.com/");
    expect(rejection("sessionid=plain; Path=/", "http://example.com/")).toBe("stored");
    expect(rejection("sessionid=plain", "http://other.com/")).toBe("stored");
    expect(rejection("csrftoken=plain; Path=/app", "http://example.com/")).toBe("stored");
  });

  it("lets https overwrite a Secure cookie", () => {
    stored("sessionid=safe; Secure", "https://example.com/");
    expect(rejection("sessionid=new", "https://example.com/")).toBe("stored");
  });
});

describe("CookieJar SameSite", () => {
  it("rejects SameSite=None without Secure, even over https", () => {
    expect(rejection("a=1; SameSite=None", "https://example.com/")).toBe(
      "samesite-none-without-secure",
    );
    expect(rejection("a=1; SameSite=none; Secure", "https://example.com/")).toBe("stored");
  });

  it("records SameSite case-insensitively, an invalid value as null", () => {
    expect(stored("a=1; SameSite=strict").sameSite).toBe("Strict");
    expect(stored("b=1; SameSite=LAX").sameSite).toBe("Lax");
    expect(stored("c=1; SameSite=Relaxed").sameSite).toBeNull();
    expect(stored("d=1").sameSite).toBeNull();
  });

  it("does not block any request on SameSite", () => {
    stored("a=1; SameSite=Strict; Path=/");
    expect(jar.cookieHeader("http://testserver/elsewhere")).toBe("a=1");
  });
});

describe("CookieJar name prefixes", () => {
  it("requires Secure for __Secure-", () => {
    expect(rejection("__Secure-a=1", "https://example.com/")).toBe("prefix-secure");
    expect(rejection("__Secure-a=1; Secure", "https://example.com/")).toBe("stored");
    expect(rejection("__Secure-a=1", "http://example.com/")).toBe("prefix-secure");
  });

  it("requires Secure, no Domain and Path=/ for __Host-", () => {
    expect(rejection("__Host-a=1; Secure; Path=/", "https://example.com/x/")).toBe("stored");
    expect(rejection("__Host-b=1; Path=/", "https://example.com/")).toBe("prefix-host");
    expect(rejection("__Host-c=1; Secure", "https://example.com/")).toBe("prefix-host");
    expect(rejection("__Host-d=1; Secure; Path=/app", "https://example.com/")).toBe("prefix-host");
  });

  it("rejects Django's __Host- deletion that carries a Domain", () => {
    stored("__Host-sid=abc; Secure; Path=/", "https://example.com/");
    expect(jar.receive(djangoHostDelete, "https://example.com/")).toEqual({
      kind: "rejected",
      reason: "prefix-host",
      header: djangoHostDelete,
    });
    expect(jar.cookieHeader("https://example.com/")).toBe("__Host-sid=abc");
  });

  it("matches prefixes case-insensitively, as current Chromium does", () => {
    expect(rejection("__SECURE-a=1", "https://example.com/")).toBe("prefix-secure");
    expect(rejection("__host-a=1; Secure", "https://example.com/")).toBe("prefix-host");
  });

  it("rejects a nameless cookie whose value looks prefixed", () => {
    expect(rejection("__Secure-a; Secure", "https://example.com/")).toBe("prefix-secure");
    expect(rejection("__Host-a; Secure; Path=/", "https://example.com/")).toBe("prefix-host");
  });
});

describe("CookieJar.documentCookie", () => {
  it("hides HttpOnly cookies from page script", () => {
    stored(djangoSession);
    stored("csrftoken=abc; Path=/");
    expect(jar.cookieHeader(testserver)).toBe("sessionid=jb2tabc; csrftoken=abc");
    expect(jar.documentCookie(testserver)).toBe("csrftoken=abc");
  });

  it("hides Secure cookies from http pages", () => {
    stored("s=1; Secure", "https://example.com/");
    expect(jar.documentCookie("https://example.com/")).toBe("s=1");
    expect(jar.documentCookie("http://example.com/")).toBe("");
  });

  it("sends a nameless cookie as its bare value", () => {
    stored("justvalue");
    expect(jar.cookieHeader(testserver)).toBe("justvalue");
    expect(jar.documentCookie(testserver)).toBe("justvalue");
  });
});

describe("CookieJar.cookies", () => {
  it("lists cookies sorted by name, domain and path", () => {
    stored("b=1; Path=/");
    stored("a=1; Path=/z");
    stored("a=2; Path=/b");
    stored("a=3; Domain=example.com", "https://www.example.com/");
    expect(jar.cookies().map((c) => `${c.name} ${c.domain} ${c.path}`)).toEqual([
      "a example.com /",
      "a testserver /b",
      "a testserver /z",
      "b testserver /",
    ]);
  });

  it("hands out copies the caller cannot use to change the jar", () => {
    stored("a=1");
    jar.cookies()[0]!.value = "tampered";
    expect(jar.cookieHeader(testserver)).toBe("a=1");
  });
});

describe("CookieJar.edit", () => {
  it("changes the value of an existing cookie and keeps everything else", () => {
    const before = stored(djangoSession);
    now += day;
    expect(jar.edit({ name: "sessionid", value: "forged", url: "http://testserver" })).toEqual({
      ...before,
      value: "forged",
    });
    expect(jar.cookieHeader(testserver)).toBe("sessionid=forged");
  });

  it("creates a host-only session cookie at '/' when there is none", () => {
    expect(jar.edit({ name: "sessionid", value: "made", url: "http://testserver" })).toEqual({
      name: "sessionid",
      value: "made",
      domain: "testserver",
      hostOnly: true,
      path: "/",
      expires: null,
      secure: false,
      httpOnly: false,
      sameSite: null,
      creation: start,
      creationIndex: 0,
    });
  });

  it("deletes the cookie when the value is null", () => {
    stored(djangoSession);
    expect(jar.edit({ name: "sessionid", value: null, url: "http://testserver" })).toBeNull();
    expect(jar.cookies()).toEqual([]);
    expect(jar.edit({ name: "sessionid", value: null, url: "http://testserver" })).toBeNull();
  });

  it("narrows by domain and path when several cookies share the name", () => {
    stored("sid=root; Path=/", "https://www.example.com/");
    stored("sid=app; Path=/app", "https://www.example.com/");
    stored("sid=wide; Domain=example.com; Path=/", "https://www.example.com/");
    jar.edit({ name: "sid", value: "X", url: "https://www.example.com", path: "/" });
    jar.edit({ name: "sid", value: "Y", url: "https://www.example.com", domain: ".Example.COM" });
    expect(jar.cookies().map((c) => c.value)).toEqual(["Y", "X", "app"]);
  });

  it("edits every cookie it can mean when still ambiguous, and deletes them all with null", () => {
    stored("sid=root; Path=/", "https://www.example.com/");
    stored("sid=app; Path=/app", "https://www.example.com/");
    jar.edit({ name: "sid", value: "X", url: "https://www.example.com" });
    expect(jar.cookies().map((c) => `${c.path}=${c.value}`)).toEqual(["/=X", "/app=X"]);
    jar.edit({ name: "sid", value: null, url: "https://www.example.com" });
    expect(jar.cookies()).toEqual([]);
  });

  it("replaces every cookie of the same identity a hand edit left, keeping the last one's place", () => {
    stored("sid=old; Path=/", "http://testserver/");
    // A path that matches nothing: a second host-only "/" cookie is created beside it.
    jar.edit({ name: "sid", value: "typed", url: "http://testserver", path: "/nowhere" });
    expect(jar.cookies().map((c) => c.value)).toEqual(["old", "typed"]);
    stored("sid=new; Path=/", "http://testserver/");
    expect(jar.cookies().map((c) => c.value)).toEqual(["new"]);
    expect(jar.cookieHeader("http://testserver/")).toBe("sid=new");
  });

  it("does not touch a same-named cookie of another site", () => {
    stored("sessionid=theirs", "http://other.test/");
    jar.edit({ name: "sessionid", value: "mine", url: "http://testserver" });
    expect(jar.cookies().map((c) => `${c.domain}=${c.value}`)).toEqual([
      "other.test=theirs",
      "testserver=mine",
    ]);
  });

  it("can edit a Secure cookie from an http page, as DevTools can", () => {
    stored("s=1; Secure", "https://example.com/");
    expect(jar.edit({ name: "s", value: "2", url: "http://example.com" })).toMatchObject({
      value: "2",
      secure: true,
    });
  });
});

describe("CookieJar.valueFor", () => {
  it("gives the value of the cookie the request would carry", () => {
    stored(djangoSession);
    expect(jar.valueFor("sessionid", testserver)).toBe("jb2tabc");
  });

  it("gives the last duplicate in header order, the one Django reads", () => {
    stored("sessionid=app; Path=/app");
    stored("sessionid=root; Path=/");
    expect(jar.cookieHeader("http://testserver/app/")).toBe("sessionid=app; sessionid=root");
    expect(jar.valueFor("sessionid", "http://testserver/app/")).toBe("root");
  });

  it("falls back to the oldest cookie of that name held", () => {
    stored("sessionid=first; Path=/a");
    now += second;
    stored("sessionid=second; Path=/b");
    expect(jar.valueFor("sessionid", "http://testserver/elsewhere")).toBe("first");
    expect(jar.valueFor("missing", testserver)).toBeNull();
  });

  it("never gives the value of an expired cookie", () => {
    stored("sessionid=old; Max-Age=10");
    now += 10 * second;
    expect(jar.valueFor("sessionid", testserver)).toBeNull();
  });
});

describe("CookieJar snapshot and restore", () => {
  it("restores exactly what was snapshotted", () => {
    stored(djangoSession);
    stored("b=1; Max-Age=60; Path=/");
    const saved = jar.snapshot();
    jar.receive(djangoDelete, testserver);
    jar.restore(saved);
    expect(jar.snapshot()).toEqual(saved);
    expect(jar.cookieHeader(testserver)).toBe("sessionid=jb2tabc; b=1");
  });

  it("keeps its own copies, apart from the caller's array", () => {
    stored("a=1");
    const saved = jar.snapshot();
    jar.restore(saved);
    saved[0]!.value = "tampered";
    expect(jar.cookieHeader(testserver)).toBe("a=1");
  });

  it("orders cookies set after a restore after the restored ones", () => {
    stored("a=1");
    stored("b=1");
    const restored = new CookieJar(() => now);
    restored.restore(jar.snapshot());
    restored.receive("c=1", testserver);
    expect(restored.cookieHeader(testserver)).toBe("a=1; b=1; c=1");
  });
});
