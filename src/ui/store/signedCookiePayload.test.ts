import { describe, expect, it } from "vitest";
import { signedCookiePayload } from "./signedCookiePayload.ts";

describe("reading a signed_cookies session cookie", () => {
  it("decodes the JSON before the first colon, without the key", () => {
    expect(
      signedCookiePayload("eyJhIjoxfQ:1r31eq:VmO6S8oty62q32KoSwSk5bDoms_z82kNkkbR0HTcEoI"),
    ).toEqual({
      kind: "json",
      data: { a: 1 },
    });
  });

  it("decodes Python's \\u escapes for non-ASCII text", () => {
    expect(signedCookiePayload("eyJ1IjoiXHUwMGU5In0:1r31eq:sig")).toEqual({
      kind: "json",
      data: { u: "é" },
    });
  });

  it("says compressed for a payload with a leading dot", () => {
    expect(signedCookiePayload(".eJyrVspWslKqGCZAqRYAxxtf5g:1r31eq:sig")).toEqual({
      kind: "compressed",
    });
  });

  it("says invalid for something that is not base64 JSON", () => {
    expect(signedCookiePayload("not a token!")).toEqual({ kind: "invalid" });
  });
});
