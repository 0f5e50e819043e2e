import { describe, expect, it } from "vitest";
import { PythonError } from "./PythonError.ts";
import {
  aware,
  fromisoformat,
  inDateRange,
  isoformat,
  isoUtc,
  isPyDateTime,
  subtract,
  timedeltaMs,
} from "./pyDateTime.ts";

const UTC_2030 = Date.UTC(2030, 0, 1);

/** Expected text was printed by CPython 3.11's datetime (isoformat / fromisoformat). */
describe("isoformat", () => {
  it("omits microseconds when they are zero", () => {
    expect(isoformat(aware(UTC_2030))).toBe("2030-01-01T00:00:00+00:00");
  });

  it("writes six digits of microseconds when they are nonzero", () => {
    expect(isoformat(aware(UTC_2030 + 1))).toBe("2030-01-01T00:00:00.001000+00:00");
    expect(isoformat(aware(UTC_2030 + 250))).toBe("2030-01-01T00:00:00.250000+00:00");
  });

  it("writes the wall-clock time in the datetime's own offset", () => {
    expect(isoformat(aware(UTC_2030, 330))).toBe("2030-01-01T05:30:00+05:30");
    expect(isoformat(aware(UTC_2030, -210))).toBe("2029-12-31T20:30:00-03:30");
  });

  it("writes a naive datetime without an offset", () => {
    expect(isoformat({ epochMs: UTC_2030, offsetMinutes: null })).toBe("2030-01-01T00:00:00");
  });

  it("pads the year to four digits", () => {
    expect(isoformat({ epochMs: Date.UTC(999, 0, 1), offsetMinutes: null })).toBe(
      "0999-01-01T00:00:00",
    );
  });
});

describe("isoUtc", () => {
  it("writes the trace's UTC form with Z, microseconds only when nonzero", () => {
    expect(isoUtc(Date.UTC(2026, 0, 15))).toBe("2026-01-15T00:00:00Z");
    expect(isoUtc(Date.UTC(2026, 0, 1, 0, 0, 0, 250))).toBe("2026-01-01T00:00:00.250000Z");
  });
});

describe("fromisoformat", () => {
  it("reads an aware UTC datetime", () => {
    expect(fromisoformat("2030-01-01T00:00:00+00:00")).toEqual(aware(UTC_2030, 0));
  });

  it("reads the years 1 to 99 as themselves, not as 1900 and after", () => {
    expect(fromisoformat("0001-01-01T00:00:00+00:00").epochMs).toBe(-62135596800000);
    expect(isoformat(fromisoformat("0099-12-31T23:59:59"))).toBe("0099-12-31T23:59:59");
  });

  it("refuses the year 0 and offsets of a day or longer, as Python's ValueError", () => {
    for (const text of [
      "0000-01-01T00:00:00",
      "2026-01-01T00:00:00+24:00",
      "2026-01-01T00:00:00+25:00",
      "2026-01-01T00:00:00-23:59:60",
    ]) {
      expect(() => fromisoformat(text), text).toThrow(`Invalid isoformat string: '${text}'`);
    }
    expect(fromisoformat("2026-01-01T00:00:00-23:59").offsetMinutes).toBe(-1439);
  });

  it("takes minutes and seconds of 60 and more in an offset, as Python 3.11 does", () => {
    expect(fromisoformat("2026-02-01T00:00:00+05:60").offsetMinutes).toBe(360);
    expect(fromisoformat("2026-02-01T00:00:00+05:99").offsetMinutes).toBe(399);
    expect(fromisoformat("2026-02-01T00:00:00+05:30:60").offsetMinutes).toBe(331);
  });

  it("reads Z as UTC", () => {
    expect(fromisoformat("2026-01-01T00:00:00Z")).toEqual(aware(Date.UTC(2026, 0, 1), 0));
  });

  it("keeps the offset it was written with and converts to the instant", () => {
    const dt = fromisoformat("2030-01-01T05:00:00+05:30");
    expect(dt.offsetMinutes).toBe(330);
    expect(dt.epochMs).toBe(Date.UTC(2029, 11, 31, 23, 30));
    expect(fromisoformat("2030-01-01T00:00:00-08:00")).toEqual(
      aware(Date.UTC(2030, 0, 1, 8), -480),
    );
    expect(fromisoformat("2030-01-01T00:00:00+0530").offsetMinutes).toBe(330);
  });

  it("reads a datetime without an offset as naive", () => {
    expect(fromisoformat("2030-01-01T00:00:00")).toEqual({
      epochMs: UTC_2030,
      offsetMinutes: null,
    });
    expect(fromisoformat("2030-01-01")).toEqual({ epochMs: UTC_2030, offsetMinutes: null });
  });

  it("accepts a space separator, hour-only times and a comma before the fraction", () => {
    expect(isoformat(fromisoformat("2030-01-01 12:00"))).toBe("2030-01-01T12:00:00");
    expect(isoformat(fromisoformat("2030-01-01T12"))).toBe("2030-01-01T12:00:00");
    expect(isoformat(fromisoformat("2030-01-01T00:00:00,5+00:00"))).toBe(
      "2030-01-01T00:00:00.500000+00:00",
    );
  });

  it("round-trips what isoformat writes, with zero or millisecond microseconds", () => {
    for (const text of [
      "2030-01-01T00:00:00+00:00",
      "2030-01-01T10:00:00.250000+00:00",
      "2030-01-01T05:30:00-03:30",
      "2030-01-01T00:00:00",
    ]) {
      expect(isoformat(fromisoformat(text))).toBe(text);
    }
  });

  it("keeps all six digits of microseconds, as Python does", () => {
    // Python: datetime.fromisoformat("2030-01-01T00:00:00.123456+00:00").isoformat()
    //   == "2030-01-01T00:00:00.123456+00:00"
    expect(isoformat(fromisoformat("2030-01-01T00:00:00.123456+00:00"))).toBe(
      "2030-01-01T00:00:00.123456+00:00",
    );
  });

  it("keeps the seconds of a UTC offset, as Python does", () => {
    // Python: datetime.fromisoformat("2030-01-01T00:00:00+05:30:15").isoformat()
    //   == "2030-01-01T00:00:00+05:30:15"
    expect(isoformat(fromisoformat("2030-01-01T00:00:00+05:30:15"))).toBe(
      "2030-01-01T00:00:00+05:30:15",
    );
  });

  it("accepts ISO 8601 basic format, as Python 3.11 does", () => {
    // Python: datetime.fromisoformat("20300101T120000Z") == datetime(2030, 1, 1, 12, tzinfo=UTC)
    let parsed: unknown;
    try {
      parsed = fromisoformat("20300101T120000Z");
    } catch (e) {
      parsed = e;
    }
    expect(parsed).toEqual(aware(Date.UTC(2030, 0, 1, 12), 0));
  });

  it("raises ValueError for impossible dates and times", () => {
    for (const text of ["2030-02-30T00:00:00", "2030-01-01T24:00:00", "2030-13-01", "soon", ""]) {
      expect(() => fromisoformat(text)).toThrow(PythonError);
      try {
        fromisoformat(text);
      } catch (e) {
        expect((e as PythonError).pythonName).toBe("ValueError");
      }
    }
  });
});

describe("subtract", () => {
  it("gives the difference of two aware datetimes in ms, whatever their offsets", () => {
    expect(subtract(fromisoformat("2030-01-01T05:30:00+05:30"), aware(UTC_2030 - 1000))).toBe(1000);
  });

  it("subtracts two naive datetimes", () => {
    expect(
      subtract(fromisoformat("2030-01-01T00:00:10"), fromisoformat("2030-01-01T00:00:00")),
    ).toBe(10_000);
  });

  it("raises TypeError when mixing naive and aware, in either order", () => {
    const naive = fromisoformat("2030-01-01T00:00:00");
    const utc = aware(UTC_2030);
    for (const [a, b] of [
      [naive, utc],
      [utc, naive],
    ]) {
      let error: unknown;
      try {
        subtract(a, b);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(PythonError);
      expect(error).toMatchObject({
        pythonName: "TypeError",
        message: "can't subtract offset-naive and offset-aware datetimes",
      });
    }
  });
});

describe("isPyDateTime", () => {
  it("recognises PyDateTime values and nothing else", () => {
    expect(isPyDateTime(aware(0))).toBe(true);
    expect(isPyDateTime({ epochMs: 0 })).toBe(false);
    expect(isPyDateTime("2030-01-01T00:00:00+00:00")).toBe(false);
    expect(isPyDateTime(null)).toBe(false);
  });
});

describe("datetime's range", () => {
  it("takes the years 1 to 9999 and raises OverflowError past them, as datetime arithmetic does", () => {
    expect(inDateRange(253402300799000)).toBe(253402300799000);
    expect(inDateRange(-62135596800000)).toBe(-62135596800000);
    for (const ms of [253402300800000, -62135596800001, NaN]) {
      expect(() => inDateRange(ms)).toThrow("date value out of range");
    }
  });

  it("refuses a timedelta of more than 999999999 days, as Python does", () => {
    expect(timedeltaMs(86400)).toBe(86400_000);
    expect(() => timedeltaMs(1e15)).toThrow("must have magnitude <= 999999999");
  });
});
