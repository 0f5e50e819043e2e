import { describe, expect, it } from "vitest";
import { statusText, statusTone } from "./statusText.ts";

describe("a status line", () => {
  it("reads as HTTP writes it", () => {
    expect(statusText(302)).toBe("302 Found");
    expect(statusText(404)).toBe("404 Not Found");
    expect(statusText(401)).toBe("401 Unauthorized");
    // Django's HttpResponse names a status Python does not know "Unknown Status Code".
    expect(statusText(299)).toBe("299 Unknown Status Code");
  });

  it("is coloured by what it means: success, redirect, error", () => {
    expect([200, 302, 404, 500].map(statusTone)).toEqual(["ok", "warn", "bad", "bad"]);
  });
});
