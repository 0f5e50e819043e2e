import { describe, expect, it } from "vitest";
import { cookieOrigin } from "./cookieOrigin.ts";

describe("the origin an edited cookie is addressed through", () => {
  it("is the browser's origin for its own host's cookies and its parent domain's", () => {
    expect(cookieOrigin({ domain: "testserver", secure: false }, "http://testserver")).toBe(
      "http://testserver",
    );
    expect(cookieOrigin({ domain: "example.com", secure: false }, "http://www.example.com")).toBe(
      "http://www.example.com",
    );
  });

  it("matches an IPv6 host, held without brackets, and puts the brackets back in a URL", () => {
    expect(cookieOrigin({ domain: "::1", secure: false }, "http://[::1]:8000")).toBe(
      "http://[::1]:8000",
    );
    expect(cookieOrigin({ domain: "::1", secure: false }, "http://testserver")).toBe(
      "http://[::1]",
    );
  });

  it("is the cookie's own domain for another site's cookie, https when Secure", () => {
    expect(cookieOrigin({ domain: "other.org", secure: true }, "http://testserver")).toBe(
      "https://other.org",
    );
  });
});
