import { describe, expect, it } from "vitest";
import { expiryPython, fillTemplate, opPython } from "./opPython.ts";

const ctx = { browser: "A", cookieName: "sessionid" };

describe("fillTemplate", () => {
  it("fills numbered arguments and drops an absent optional one with its comma", () => {
    expect(fillTemplate("request.session.get({0}{, 1})", ["'k'"])).toBe("request.session.get('k')");
    expect(fillTemplate("request.session.get({0}{, 1})", ["'k'", "0"])).toBe(
      "request.session.get('k', 0)",
    );
    expect(fillTemplate("request.session.delete({0})", [])).toBe("request.session.delete()");
  });
});

describe("opPython", () => {
  it("renders each op's template with Python literals", () => {
    expect(opPython(["set", "k", "v"], ctx)).toBe("request.session['k'] = 'v'");
    expect(opPython(["set", "is_login", true], ctx)).toBe("request.session['is_login'] = True");
    expect(opPython(["del", "k"], ctx)).toBe("del request.session['k']");
    expect(opPython(["update", { a: 1, b: null }], ctx)).toBe(
      "request.session.update({'a': 1, 'b': None})",
    );
    expect(opPython(["flush"], ctx)).toBe("request.session.flush()");
    expect(opPython(["clear_expired"], ctx)).toBe("SessionStore.clear_expired()");
  });

  it("writes set_expiry's argument as an int, None, a datetime or a timedelta", () => {
    expect(opPython(["set_expiry", 0], ctx)).toBe("request.session.set_expiry(0)");
    expect(opPython(["set_expiry", null], ctx)).toBe("request.session.set_expiry(None)");
    expect(opPython(["set_expiry", { timedelta: 300 }], ctx)).toBe(
      "request.session.set_expiry(timedelta(seconds=300))",
    );
    expect(expiryPython({ datetime: "2030-01-01T00:00:00+00:00" })).toBe(
      "datetime.fromisoformat('2030-01-01T00:00:00+00:00')",
    );
  });

  it("writes the sender's own session cookie as request.COOKIES, another browser's as its value", () => {
    expect(opPython(["exists", { cookie: "A" }], ctx)).toBe(
      "request.session.exists(request.COOKIES.get('sessionid'))",
    );
    const withB = { ...ctx, cookieValueOf: (b: string) => (b === "B" ? "abc123xyz" : null) };
    expect(opPython(["delete", { cookie: "B" }], withB)).toBe(
      "request.session.delete('abc123xyz')",
    );
    expect(opPython(["delete", { cookie: "C" }], withB)).toBe("request.session.delete(None)");
  });
});
