import { describe, expect, it } from "vitest";
import { parseSettingsPy } from "./parseSettingsPy.ts";

describe("reading settings.py", () => {
  it("reads strings, ints, booleans and None with comments around them", () => {
    const r = parseSettingsPy(`# sessions
SESSION_ENGINE = 'django.contrib.sessions.backends.db'  # the default
SESSION_COOKIE_NAME = "sessionid"
SESSION_COOKIE_SECURE = False
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_DOMAIN = None
`);
    expect(r.errors).toEqual([]);
    expect(r.values).toEqual({
      SESSION_ENGINE: "django.contrib.sessions.backends.db",
      SESSION_COOKIE_NAME: "sessionid",
      SESSION_COOKIE_SECURE: false,
      SESSION_COOKIE_HTTPONLY: true,
      SESSION_COOKIE_DOMAIN: null,
    });
    expect(r.lines.SESSION_COOKIE_NAME).toEqual([3, 3]);
  });

  it("evaluates integer arithmetic as Python does", () => {
    const r = parseSettingsPy(
      "SESSION_COOKIE_AGE = 60 * 60 * 24 * 14\nA = 7 // 2\nB = -7 // 2\nC = 2 ** 10\nD = (1 + 2) * 3\nE = -7 % 3\n",
    );
    expect(r.values).toEqual({ SESSION_COOKIE_AGE: 1209600, A: 3, B: -4, C: 1024, D: 9, E: 2 });
  });

  it("reads a CACHES dict written over several lines, with a trailing comma", () => {
    const r = parseSettingsPy(`CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "sessions",
        "TIMEOUT": None,
        "OPTIONS": {"MAX_ENTRIES": 2, "CULL_FREQUENCY": 3},
    },
}
`);
    expect(r.errors).toEqual([]);
    expect(r.values.CACHES).toEqual({
      default: {
        BACKEND: "django.core.cache.backends.locmem.LocMemCache",
        LOCATION: "sessions",
        TIMEOUT: null,
        OPTIONS: { MAX_ENTRIES: 2, CULL_FREQUENCY: 3 },
      },
    });
  });

  it("lets a later assignment replace an earlier one", () => {
    expect(parseSettingsPy("SESSION_COOKIE_AGE = 10\nSESSION_COOKIE_AGE = 20\n").values).toEqual({
      SESSION_COOKIE_AGE: 20,
    });
  });

  it("reports each bad line with its line, column and Python's error, and still reads the good ones", () => {
    const r = parseSettingsPy(
      "SESSION_COOKIE_AGE = \nSESSION_COOKIE_NAME = 'ok'\nSESSION_COOKIE_SECURE = true\n",
    );
    expect(r.values).toEqual({ SESSION_COOKIE_NAME: "ok" });
    expect(r.errors.map((e) => [e.line, e.column, e.message])).toEqual([
      [1, 22, "SyntaxError: invalid syntax: a value is missing"],
      [3, 25, "NameError: name 'true' is not defined"],
    ]);
  });

  it("reads a name assigned on an earlier line, as Python runs the file top to bottom", () => {
    const r = parseSettingsPy(
      "DAY = 60 * 60 * 24\nHALF = DAY / 2\nSESSION_COOKIE_AGE = 14 * DAY\nSESSION_COOKIE_NAME = PREFIX + 'id'\nPREFIX = 'sess'\n",
    );
    expect(r.values).toMatchObject({ DAY: 86400, HALF: 43200, SESSION_COOKIE_AGE: 1209600 });
    // Not yet assigned when line 4 runs: Python's NameError, there.
    expect(r.errors.map((e) => [e.line, e.message])).toEqual([
      [4, "NameError: name 'PREFIX' is not defined"],
    ]);
  });

  it("reports an unterminated string where it starts", () => {
    const r = parseSettingsPy("A = 1\nSESSION_COOKIE_PATH = '/\n");
    expect(r.errors).toEqual([
      { line: 2, column: 23, message: "SyntaxError: unterminated string literal" },
    ]);
  });

  it("refuses division by zero in CPython's words and strings in arithmetic", () => {
    const r = parseSettingsPy(
      "A = 1 // 0\nB = 'x' - 1\nC = 1 % 0\nD = 1.0 / 0\nE = 1.0 // 0\nF = 2.5 % 0\nG = 0 ** -1\nH = 1 / 0\n",
    );
    expect(r.errors.map((e) => e.message)).toEqual([
      "ZeroDivisionError: integer division or modulo by zero",
      "TypeError: unsupported operand type for -",
      "ZeroDivisionError: integer modulo by zero",
      "ZeroDivisionError: float division by zero",
      "ZeroDivisionError: float floor division by zero",
      "ZeroDivisionError: float modulo",
      "ZeroDivisionError: 0.0 cannot be raised to a negative power",
      "ZeroDivisionError: division by zero",
    ]);
  });

  it("repeats and joins sequences as Python does, and reads escapes and a backslash-newline in a string", () => {
    const r = parseSettingsPy(
      "A = 2 * 'ab'\nB = [1] + [2]\nB += [3]\nC = [0] * 2\nD = '\\x41\\u00e9\\101\\a'\nE = 'a\\\nb'\nF = r'a\\\nb'\nG = 1 +\n",
    );
    expect(r.values).toMatchObject({
      A: "abab",
      B: [1, 2, 3],
      C: [0, 0],
      D: "AéA\x07",
      E: "ab",
      F: "a\\\nb",
    });
    // The continued lines count: G is on line 10, as CPython says.
    expect(r.errors.map((e) => e.line)).toEqual([10]);
  });

  it("reads string prefixes as Python does: r keeps backslashes, u and an f without {} change nothing", () => {
    const r = parseSettingsPy("A = r'a\\d'\nB = u'x'\nC = f\"y\" R'z'\nE = 'q'\n");
    expect(r.errors).toEqual([]);
    expect(r.values).toEqual({ A: "a\\d", B: "x", C: "yz", E: "q" });
  });

  it("runs an augmented assignment over the name's value so far, and ends a statement at a last ';'", () => {
    const r = parseSettingsPy("DAY = 86400\nAGE = DAY\nAGE *= 14;\nAGE += 1\n");
    expect(r.errors).toEqual([]);
    expect(r.values.AGE).toBe(1209601);
    expect(r.lines.AGE).toEqual([4, 4]);
    expect(parseSettingsPy("AGE += 1\n").errors.map((e) => e.message)).toEqual([
      "NameError: name 'AGE' is not defined",
    ]);
  });

  it("keeps true division a float, as Python 3 does", () => {
    expect(parseSettingsPy("A = 7 / 2\n").values).toEqual({ A: 3.5 });
  });
});

// Each message below was checked against CPython's compile() of the same file.
describe("reading settings.py as Python would refuse it", () => {
  it("refuses a statement indented at the top level, with a space or a tab, as unexpected indent", () => {
    const r = parseSettingsPy(
      "SECRET_KEY = 'k'\n\tSESSION_COOKIE_AGE = 10\n  SESSION_COOKIE_NAME = 'x'\n",
    );
    expect(r.errors.map((e) => [e.line, e.message])).toEqual([
      [2, "IndentationError: unexpected indent"],
      [3, "IndentationError: unexpected indent"],
    ]);
    expect(r.values).toEqual({ SECRET_KEY: "k" });
  });

  it("lets lines inside brackets, after a backslash, blank or only a comment be indented", () => {
    const r = parseSettingsPy("  # sessions\nA = [\n\t1,\n    2]\nB = 1 + \\\n    2\n   \nC = 3\n");
    expect(r.errors).toEqual([]);
    expect(r.values).toEqual({ A: [1, 2], B: 3, C: 3 });
  });

  it("says where a bracket left open was opened, not what the next line reads as inside it", () => {
    // Without the check, the next line read as part of the expression: a NameError on line 3.
    const r = parseSettingsPy('A = 1\nSESSION_COOKIE_AGE = (60 *\nSESSION_ENGINE = "x"\n');
    expect(r.errors).toEqual([
      { line: 2, column: 22, message: "SyntaxError: '(' was never closed" },
    ]);
    expect(parseSettingsPy("A = [1,\nB = 2\n").errors[0].message).toBe(
      "SyntaxError: '[' was never closed",
    );
    expect(parseSettingsPy("A = {'a':\nB = 2\n").errors[0].message).toBe(
      "SyntaxError: '{' was never closed",
    );
    // The innermost one still open, as Python says.
    expect(parseSettingsPy("A = [1, (2\n").errors).toEqual([
      { line: 1, column: 9, message: "SyntaxError: '(' was never closed" },
    ]);
  });

  it("refuses a closing bracket that matches none, in Python's words", () => {
    expect(parseSettingsPy("A = (1,\n  2]\n").errors).toEqual([
      {
        line: 2,
        column: 4,
        message:
          "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1",
      },
    ]);
    expect(parseSettingsPy("A = 1)\n").errors).toEqual([
      { line: 1, column: 6, message: "SyntaxError: unmatched ')'" },
    ]);
  });

  it("reads a docstring at the top of the file as Python does: as nothing to assign", () => {
    const r = parseSettingsPy('"""\nDjango settings for mysite.\n"""\nA = 1\n');
    expect(r.errors).toEqual([]);
    expect(r.values).toEqual({ A: 1 });
  });
});

describe("valid Python that this settings.py does not run", () => {
  const notRun = (source: string) =>
    parseSettingsPy(source).errors.map((e) => [e.line, e.column, e.problem?.code, e.message]);

  it("names a call, not a SyntaxError Python would not raise", () => {
    expect(notRun("SESSION_COOKIE_AGE = int(os.environ.get('AGE', 10))\n")).toEqual([
      [
        1,
        22,
        "settingsPy.notRun.call",
        "This playground's settings.py does not run calls (int(...)): write the value itself, as NAME = value",
      ],
    ]);
  });

  it("names attribute access and indexing, before any NameError of the name they follow", () => {
    expect(notRun("A = os.environ['AGE']\nB = 'x'[0]\n").map((e) => e[3])).toEqual([
      "This playground's settings.py does not run attribute access (os.environ): write the value itself, as NAME = value",
      "This playground's settings.py does not run indexing ('x'[...]): write the value itself, as NAME = value",
    ]);
  });

  it("names an import, and a statement other than an assignment with the block it heads", () => {
    expect(notRun("import os\nfrom pathlib import Path  # paths\n").map((e) => e[3])).toEqual([
      "This playground's settings.py does not run imports (import os): write each setting as NAME = value",
      "This playground's settings.py does not run imports (from pathlib import Path): write each setting as NAME = value",
    ]);
    // The indented block is the if's, not an unexpected indent.
    expect(notRun("if True:\n    A = 1\nelse:\n    A = 2\nB = 3\n")).toEqual([
      [
        1,
        1,
        "settingsPy.notRun.statement",
        "This playground's settings.py does not run if statements: write each setting as NAME = value",
      ],
    ]);
  });

  it("names an operator outside arithmetic", () => {
    expect(notRun("A = 1 == 2\nB = not True\nC = [1 not in D]\n").map((e) => e[3])).toEqual([
      "This playground's settings.py does not run the == operator: write the value itself, as NAME = value",
      "This playground's settings.py does not run the not operator: write the value itself, as NAME = value",
      "This playground's settings.py does not run the not in operator: write the value itself, as NAME = value",
    ]);
  });

  it("says SyntaxError where CPython does, and reports nothing Python would never reach", () => {
    const first = (source: string) => parseSettingsPy(source).errors.map((e) => e.message);
    expect(first("A = $\n")).toEqual(["SyntaxError: invalid syntax"]);
    expect(first("A = €\n")).toEqual(["SyntaxError: invalid character '€' (U+20AC)"]);
    expect(first("A = 1\n\u00a0B = 2\n")).toEqual([
      "SyntaxError: invalid non-printable character U+00A0",
    ]);
    expect(first("A = ur'x'\n")).toEqual(["SyntaxError: invalid syntax"]);
    expect(first("A = f'}'\n")).toEqual(["SyntaxError: f-string: single '}' is not allowed"]);
    expect(first("A = f'{'\n")).toEqual(["SyntaxError: f-string: expecting '}'"]);
    expect(first("A = b'a' 'b'\n")).toEqual([
      "SyntaxError: cannot mix bytes and nonbytes literals",
    ]);
    expect(first("A = 1;;\n")).toEqual(["SyntaxError: invalid syntax"]);
    // A docstring ended by ';' is fine, and f'{{' is a brace.
    expect(parseSettingsPy("'doc';\nA = f'{{'\n")).toMatchObject({
      errors: [],
      values: { A: "{" },
    });
    // A's own line fails (a call): Python stops there, so the lines reading A say nothing more.
    expect(parseSettingsPy("A = int('1')\nA += 1\nB = A * 2\nA = 3\nC = A\n")).toMatchObject({
      errors: [{ line: 1 }],
      values: { A: 3, C: 3 },
    });
  });

  it("names bytes, an f-string that would run code, a tuple and a second statement after ';'", () => {
    expect(
      notRun(
        "A = b'sid'\nB = f'{A}'\nC = 60,\nD = (1, 2)\nE = ()\nF = 1; G = 2\nH = 1\nH |= 2\n",
      ).map((e) => [e[0], e[2]]),
    ).toEqual([
      [1, "settingsPy.notRun.bytes"],
      [2, "settingsPy.notRun.fstring"],
      [3, "settingsPy.notRun.tuple"],
      [4, "settingsPy.notRun.tuple"],
      [5, "settingsPy.notRun.tuple"],
      [6, "settingsPy.notRun.semicolon"],
      [8, "settingsPy.notRun.operator"],
    ]);
    expect(notRun("A = B = 1\nC = [x for x in range(2)]\n").map((e) => [e[2], e[3]])).toEqual([
      [
        "settingsPy.notRun.chained",
        "This playground's settings.py does not run chained assignments (A = B = 1): give each setting a line of its own, as NAME = value",
      ],
      [
        "settingsPy.notRun.comprehension",
        "This playground's settings.py does not run comprehensions ([x for x in range(2)]): write the value itself, as NAME = value",
      ],
    ]);
    const quoted = (source: string) => parseSettingsPy(source).errors[0].problem?.params.code;
    expect(quoted("C = 60,  # a comment\n")).toBe("60,");
    expect(quoted("A = 'a#b', 1\n")).toBe("'a#b', 1");
    expect(quoted("A = [1, (2, 3)]\n")).toBe("(2, 3)");
    expect(quoted("A = (\n  1,\n  2,\n)\n")).toBe("(1, 2,)");
  });
});
