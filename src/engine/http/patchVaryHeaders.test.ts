import { describe, expect, it } from "vitest";
import { patchVaryHeaders } from "./patchVaryHeaders.ts";

/** Expected values were printed by Django 5.2.17's django.utils.cache.patch_vary_headers. */
describe("patchVaryHeaders", () => {
  it("sets Vary: Cookie when there was no Vary header", () => {
    expect(patchVaryHeaders(null, ["Cookie"])).toBe("Cookie");
  });

  it("appends Cookie after an existing header", () => {
    expect(patchVaryHeaders("Accept-Encoding", ["Cookie"])).toBe("Accept-Encoding, Cookie");
  });

  it("normalises the separators of the existing list", () => {
    expect(patchVaryHeaders("Accept-Encoding,Origin", ["Cookie"])).toBe(
      "Accept-Encoding, Origin, Cookie",
    );
    expect(patchVaryHeaders("Cookie , X", ["Cookie"])).toBe("Cookie, X");
  });

  it("does not add a header already present in another case, keeping its spelling", () => {
    expect(patchVaryHeaders("accept-encoding, cookie", ["Cookie"])).toBe("accept-encoding, cookie");
  });

  it("is idempotent", () => {
    const once = patchVaryHeaders("Accept-Encoding", ["Cookie"]);
    expect(patchVaryHeaders(once, ["Cookie"])).toBe(once);
  });

  it("collapses to * when * is present", () => {
    expect(patchVaryHeaders("*", ["Cookie"])).toBe("*");
    expect(patchVaryHeaders("Accept-Encoding, *", ["Cookie"])).toBe("*");
    expect(patchVaryHeaders("Accept", ["*"])).toBe("*");
  });

  it("adds several headers in order", () => {
    expect(patchVaryHeaders("Accept", ["Cookie", "Origin"])).toBe("Accept, Cookie, Origin");
  });

  it("treats an existing empty Vary header as one empty name, as Django does", () => {
    // Django: response.has_header("Vary") is true, so "".split gives [""] → ", Cookie".
    expect(patchVaryHeaders("", ["Cookie"])).toBe(", Cookie");
  });
});
