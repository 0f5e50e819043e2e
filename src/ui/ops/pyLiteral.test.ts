import { describe, expect, it } from "vitest";
import { pyDatetime, pyLiteral, pyStr } from "./pyLiteral.ts";

describe("pyLiteral", () => {
  it("writes the constants as Python does", () => {
    expect(pyLiteral(true)).toBe("True");
    expect(pyLiteral(false)).toBe("False");
    expect(pyLiteral(null)).toBe("None");
  });

  it("writes integral numbers as ints and others as Python's float repr", () => {
    expect(pyLiteral(300)).toBe("300");
    expect(pyLiteral(-11)).toBe("-11");
    expect(pyLiteral(1.5)).toBe("1.5");
    expect(pyLiteral(1e-5)).toBe("1e-05");
    expect(pyLiteral(1.5e16)).toBe("15000000000000000");
    expect(pyLiteral(1.25e20 + 0.5)).toBe("125000000000000000000");
    expect(pyLiteral(0.0001)).toBe("0.0001");
  });

  it("writes dicts and lists Python-style, nested", () => {
    expect(pyLiteral({ is_login: true, username: "alice", tags: [1, "a", null] })).toBe(
      "{'is_login': True, 'username': 'alice', 'tags': [1, 'a', None]}",
    );
    expect(pyLiteral({})).toBe("{}");
    expect(pyLiteral([])).toBe("[]");
  });
});

describe("pyStr", () => {
  it("writes an object a Python view put in the session (a timedelta, bytes) as its repr", () => {
    expect(
      pyLiteral({
        ttl: { pyOpaque: "timedelta", value: 300 },
        raw: { pyOpaque: "bytes", value: "YWJj" },
      }),
    ).toBe("{'ttl': datetime.timedelta(seconds=300), 'raw': b'abc'}");
  });

  it("uses single quotes, or double quotes when the text holds only single ones", () => {
    expect(pyStr("v")).toBe("'v'");
    expect(pyStr("it's")).toBe(`"it's"`);
    expect(pyStr(`say "hi" it's`)).toBe(`'say "hi" it\\'s'`);
  });

  it("escapes backslashes and control characters, keeps printable non-ASCII", () => {
    expect(pyStr("a\\b\n\t")).toBe("'a\\\\b\\n\\t'");
    expect(pyStr("\x00\x7f")).toBe("'\\x00\\x7f'");
    expect(pyStr("中文 é")).toBe("'中文 é'");
    expect(pyStr("\u200b")).toBe("'\\u200b'");
  });
});

describe("pyDatetime", () => {
  it("prints an aware UTC datetime as its repr, dropping zero seconds", () => {
    expect(pyDatetime("2026-01-15T00:00:00Z")).toBe(
      "datetime.datetime(2026, 1, 15, 0, 0, tzinfo=datetime.timezone.utc)",
    );
    expect(pyDatetime("2026-01-15T03:04:05Z")).toBe(
      "datetime.datetime(2026, 1, 15, 3, 4, 5, tzinfo=datetime.timezone.utc)",
    );
    expect(pyDatetime("2026-01-15T03:04:00.250000Z")).toBe(
      "datetime.datetime(2026, 1, 15, 3, 4, 0, 250000, tzinfo=datetime.timezone.utc)",
    );
  });
});
