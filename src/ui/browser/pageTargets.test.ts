import { describe, expect, it } from "vitest";
import { formTarget, resolveLink } from "./pageTargets.ts";

const PAGE = "http://testserver/login/";

describe("a link in the simulated page", () => {
  it("leads to a path on the same site, absolute or relative to the page", () => {
    expect(resolveLink("/backend/", PAGE)).toEqual({
      kind: "page",
      origin: "http://testserver",
      path: "/backend/",
    });
    expect(resolveLink("../logout/?next=1", "http://testserver/a/b/")).toEqual({
      kind: "page",
      origin: "http://testserver",
      path: "/a/logout/?next=1",
    });
    expect(resolveLink("http://testserver/backend/", PAGE)).toMatchObject({ path: "/backend/" });
  });

  it("is refused when it leaves the site, even for the same host on another scheme", () => {
    expect(resolveLink("https://example.com/", PAGE)).toEqual({
      kind: "external",
      url: "https://example.com/",
    });
    expect(resolveLink("https://testserver/login/", PAGE).kind).toBe("external");
    expect(resolveLink("mailto:alice@example.com", PAGE).kind).toBe("external");
  });

  it("loads nothing when it only points to a spot on the same page", () => {
    expect(resolveLink("#top", PAGE)).toEqual({ kind: "fragment" });
    expect(resolveLink("/login/#top", PAGE)).toEqual({ kind: "fragment" });
  });
});

describe("a form in the simulated page", () => {
  it("posts to its action when its method is post, in any case", () => {
    expect(formTarget("/login/", "POST", "http://testserver/other/")).toEqual({
      method: "POST",
      target: { kind: "page", origin: "http://testserver", path: "/login/" },
    });
  });

  it("submits to the page itself when it has no action, with GET by default", () => {
    expect(formTarget(null, null, "http://testserver/search/?q=old")).toEqual({
      method: "GET",
      target: { kind: "page", origin: "http://testserver", path: "/search/" },
    });
    expect(formTarget("", "post", PAGE).target).toMatchObject({ path: "/login/" });
  });
});
