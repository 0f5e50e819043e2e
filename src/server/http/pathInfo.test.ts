import { describe, expect, it } from "vitest";
import { pathInfo } from "./pathInfo.ts";

// request.path for each URL path, from Django 5.2.17's RequestFactory().get(path).path.
const DJANGO: Record<string, string> = {
  "/%zz": "/%zz",
  "/%%%": "/%%%",
  "/%E4": "/%E4",
  "/%e4": "/%E4",
  "/%E4%B8%AD": "/中",
  "/%E4%B8": "/%E4%B8",
  "/%E4%B8x": "/%E4%B8x",
  "/a%2Fb": "/a/b",
  "/%F0%9F%98%80": "/😀",
  "/%ED%A0%80": "/%ED%A0%80",
  "/%C0%AF": "/%C0%AF",
  "/%": "/%",
  "/%4": "/%4",
  "/%25zz": "/%zz",
  "/%FF%FE": "/%FF%FE",
  "/%F4%90%80%80": "/%F4%90%80%80",
  "/%E0%80%AF": "/%E0%80%AF",
  "/x%E4%B8%ADy%E4": "/x中y%E4",
  "/%7e%41": "/~A",
};

describe("pathInfo", () => {
  it.each(Object.entries(DJANGO))("reads %s as Django 5.2 does", (path, expected) => {
    expect(pathInfo(path)).toBe(expected);
  });

  it("keeps characters that are not escaped, non-ASCII ones included", () => {
    expect(pathInfo("/login/")).toBe("/login/");
    expect(pathInfo("/中文/ok")).toBe("/中文/ok");
  });
});
