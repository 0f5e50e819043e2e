import { describe, expect, it } from "vitest";
import { parseAddress } from "./parseAddress.ts";

const ORIGIN = "http://testserver";

describe("the address bar", () => {
  it("reads a path on the current site, adding the leading slash a learner may forget", () => {
    expect(parseAddress("/login/", ORIGIN)).toEqual({ ok: true, origin: ORIGIN, path: "/login/" });
    expect(parseAddress(" backend/?x=1 ", ORIGIN)).toEqual({
      ok: true,
      origin: ORIGIN,
      path: "/backend/?x=1",
    });
  });

  it("reads a whole URL, switching the origin", () => {
    expect(parseAddress("https://testserver/backend/", ORIGIN)).toEqual({
      ok: true,
      origin: "https://testserver",
      path: "/backend/",
    });
  });

  it("refuses an empty address, other schemes and the Operations endpoint", () => {
    expect(parseAddress("  ", ORIGIN)).toEqual({ ok: false, reason: "empty" });
    expect(parseAddress("ftp://testserver/", ORIGIN)).toEqual({ ok: false, reason: "scheme" });
    expect(parseAddress("/ops/?a=1", ORIGIN)).toEqual({ ok: false, reason: "ops" });
  });
});
