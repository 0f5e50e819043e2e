import { describe, expect, it } from "vitest";
import { httpDate } from "./httpDate.ts";

/** Expected values were printed by Django 5.2.17's django.utils.http.http_date. */
describe("httpDate", () => {
  it("writes a year before 1000 with four digits", () => {
    expect(httpDate(-62135596800)).toBe("Mon, 01 Jan 0001 00:00:00 GMT");
  });

  it("refuses a time outside the years 1 to 9999, as Python's datetime does", () => {
    expect(() => httpDate(253402300800)).toThrow("year 10000 is out of range");
    expect(() => httpDate(-62135596801)).toThrow("year 0 is out of range");
    expect(() => httpDate(9007199254740991)).toThrow(/^year \d+ is out of range$/);
  });

  it("formats the epoch in RFC 5322 GMT form", () => {
    expect(httpDate(0)).toBe("Thu, 01 Jan 1970 00:00:00 GMT");
  });

  it("formats two weeks after 2026-01-01", () => {
    expect(httpDate(Date.UTC(2026, 0, 1) / 1000 + 1209600)).toBe("Thu, 15 Jan 2026 00:00:00 GMT");
  });

  it("floors fractional seconds instead of rounding them", () => {
    expect(httpDate(1767225599.999)).toBe("Wed, 31 Dec 2025 23:59:59 GMT");
  });

  it("floors negative fractional seconds toward minus infinity", () => {
    expect(httpDate(-0.5)).toBe("Wed, 31 Dec 1969 23:59:59 GMT");
  });

  it("pads day, hours, minutes and seconds to two digits", () => {
    expect(httpDate(Date.UTC(2026, 1, 3, 4, 5, 6) / 1000)).toBe("Tue, 03 Feb 2026 04:05:06 GMT");
  });
});
