/**
 * Reads a settings.py made of assignments, as Python would evaluate them for
 * the values Django settings take here: strings, ints (with arithmetic such as
 * `60 * 60 * 24 * 14`), floats, True / False / None, and dict / list literals
 * (for CACHES), with comments and bracketed continuation lines. Hand-written:
 * running CPython for this would mean loading Pyodide before the first
 * request, and no JS library parses this subset of Python.
 */
import type { Problem } from "../../engine/problem/Problem.ts";
import { problemText } from "../../engine/problem/problemText.ts";
import { SETTINGS_PY_PROBLEMS, type SettingsPyProblemCode } from "./settingsPyProblems.ts";

export interface SettingsPyError {
  /** 1-based line and column in the source. */
  line: number;
  column: number;
  message: string;
  /** A refused setting, for the UI to say in the learner's language (`message` is the English). */
  problem?: Problem;
}

export interface SettingsPyResult {
  /** NAME → value, in the order assigned (a later assignment replaces an earlier one). */
  values: Record<string, unknown>;
  /** The lines [first, last] of each name's last assignment. */
  lines: Record<string, [number, number]>;
  errors: SettingsPyError[];
}

type Tok = {
  kind: "name" | "num" | "str" | "op" | "nl" | "end";
  text: string;
  value?: unknown;
  line: number;
  col: number;
};

/** What Python would raise for the statement: its class name leads the message. */
class PySyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
    readonly pythonName = "SyntaxError",
    /** Where the playground explains more than Python would: the message, translatable. */
    readonly problem?: Problem,
  ) {
    super(message);
  }

  /** One of the playground's own explanations (its message already names the Python class). */
  static own(tok: Tok, code: SettingsPyProblemCode, params: Problem["params"] = {}) {
    const problem = { code: `settingsPy.${code}`, params };
    const text = problemText(SETTINGS_PY_PROBLEMS, "settingsPy", problem);
    const [pythonName, ...rest] = text.split(": ");
    return new PySyntaxError(rest.join(": "), tok.line, tok.col, pythonName, problem);
  }
}

const ESCAPES: Record<string, string> = {
  n: "\n",
  t: "\t",
  r: "\r",
  "\\": "\\",
  "'": "'",
  '"': '"',
  "0": "\0",
};

function tokenize(src: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  let depth = 0;
  const col = () => i - lineStart + 1;
  while (i < src.length) {
    const c = src[i];
    if (c === "\n") {
      if (depth === 0) toks.push({ kind: "nl", text: "\n", line, col: col() });
      i++;
      line++;
      lineStart = i;
    } else if (c === " " || c === "\t" || c === "\r") {
      i++;
    } else if (c === "#") {
      while (i < src.length && src[i] !== "\n") i++;
    } else if (c === "\\" && src[i + 1] === "\n") {
      i += 2;
      line++;
      lineStart = i;
    } else if (/[A-Za-z_]/.test(c)) {
      const start = i;
      while (i < src.length && /\w/.test(src[i])) i++;
      toks.push({ kind: "name", text: src.slice(start, i), line, col: start - lineStart + 1 });
    } else if (/[0-9]/.test(c) || (c === "." && /[0-9]/.test(src[i + 1] ?? ""))) {
      const start = i;
      const m =
        /^(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:\d[\d_]*)?\.?\d[\d_]*(?:[eE][+-]?\d+)?\.?)/.exec(
          src.slice(i),
        );
      const text = m![0];
      i += text.length;
      const clean = text.replace(/_/g, "");
      const isFloat =
        /^[\d.]+([eE][+-]?\d+)?$/.test(clean) && /[.eE]/.test(clean) && !/^0[xob]/i.test(clean);
      const value = isFloat
        ? { float: Number(clean) }
        : Number(
            clean.startsWith("0o") || clean.startsWith("0O") ? parseInt(clean.slice(2), 8) : clean,
          );
      toks.push({ kind: "num", text, value, line, col: start - lineStart + 1 });
    } else if (c === "'" || c === '"') {
      const start = i;
      const startCol = col();
      const triple = src.startsWith(c.repeat(3), i);
      const quote = triple ? c.repeat(3) : c;
      i += quote.length;
      let out = "";
      for (;;) {
        if (i >= src.length) throw new PySyntaxError("unterminated string literal", line, startCol);
        if (src.startsWith(quote, i)) {
          i += quote.length;
          break;
        }
        if (src[i] === "\n") {
          if (!triple) throw new PySyntaxError("unterminated string literal", line, startCol);
          line++;
          lineStart = i + 1;
        }
        if (src[i] === "\\" && i + 1 < src.length) {
          const e = src[i + 1];
          out += ESCAPES[e] ?? `\\${e}`;
          i += 2;
          continue;
        }
        out += src[i++];
      }
      toks.push({ kind: "str", text: src.slice(start, i), value: out, line, col: startCol });
    } else {
      const op = [
        "**",
        "//",
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        ",",
        ":",
        "=",
        "+",
        "-",
        "*",
        "/",
        "%",
      ].find((o) => src.startsWith(o, i));
      if (!op) throw new PySyntaxError(`invalid character '${c}'`, line, col());
      if ("([{".includes(op)) depth++;
      if (")]}".includes(op)) depth = Math.max(0, depth - 1);
      toks.push({ kind: "op", text: op, line, col: col() });
      i += op.length;
    }
  }
  toks.push(
    { kind: "nl", text: "\n", line, col: col() },
    { kind: "end", text: "", line, col: col() },
  );
  return toks;
}

/** A Python float while evaluating, kept apart from ints so that 7 / 2 is 3.5 and 7 // 2 is 3. */
interface PyFloatValue {
  float: number;
}
const isFloat = (v: unknown): v is PyFloatValue =>
  typeof v === "object" && v !== null && "float" in v;

class Parser {
  private i = 0;
  constructor(private readonly toks: Tok[]) {}

  private peek(): Tok {
    return this.toks[this.i];
  }
  private next(): Tok {
    return this.toks[this.i++];
  }
  private fail(tok: Tok, code: SettingsPyProblemCode, params: Problem["params"] = {}): never {
    throw PySyntaxError.own(tok, code, params);
  }
  private expect(text: string): Tok {
    const t = this.next();
    if (t.text !== text)
      if (t.kind === "nl" || t.kind === "end") this.fail(t, "expected", { expected: text });
      else this.fail(t, "expectedFound", { expected: text, found: t.text });
    return t;
  }

  atEnd(): boolean {
    while (this.peek().kind === "nl") this.i++;
    return this.peek().kind === "end";
  }

  /** Skips to the next line after an error, so later lines are still checked. */
  recover(line: number): void {
    // The error may have been found on the line's own end: then the next line starts here.
    if (this.toks[this.i - 1]?.kind === "nl") return;
    while (this.peek().kind !== "end" && !(this.peek().kind === "nl" && this.peek().line >= line))
      this.i++;
  }

  statement(): { name: string; value: unknown; line: number; endLine: number } {
    const target = this.next();
    if (target.kind !== "name") this.fail(target, "notAssignment");
    if (["import", "from"].includes(target.text)) this.fail(target, "imports");
    this.expect("=");
    const value = this.expr();
    const end = this.next();
    if (end.kind !== "nl") this.fail(end, "unexpected", { found: end.text });
    return { name: target.text, value, line: target.line, endLine: end.line };
  }

  private expr(): unknown {
    let left = this.term();
    while (this.peek().text === "+" || this.peek().text === "-") {
      const op = this.next();
      left = arith(op, left, this.term());
    }
    return left;
  }

  private term(): unknown {
    let left = this.unary();
    while (["*", "/", "//", "%"].includes(this.peek().text)) {
      const op = this.next();
      left = arith(op, left, this.unary());
    }
    return left;
  }

  private unary(): unknown {
    if (this.peek().text === "-" || this.peek().text === "+") {
      const op = this.next();
      const v = this.unary();
      return arith(op, 0, v);
    }
    return this.power();
  }

  private power(): unknown {
    const base = this.atom();
    if (this.peek().text === "**") {
      const op = this.next();
      return arith(op, base, this.unary());
    }
    return base;
  }

  private atom(): unknown {
    const t = this.next();
    if (t.kind === "num") return t.value;
    if (t.kind === "str") {
      let s = t.value as string;
      // Adjacent string literals concatenate, as in Python.
      while (this.peek().kind === "str") s += this.next().value as string;
      return s;
    }
    if (t.kind === "name") {
      if (t.text === "True") return true;
      if (t.text === "False") return false;
      if (t.text === "None") return null;
      throw new PySyntaxError(`name '${t.text}' is not defined`, t.line, t.col, "NameError");
    }
    if (t.text === "(") {
      const v = this.expr();
      this.expect(")");
      return v;
    }
    if (t.text === "[") {
      const items: unknown[] = [];
      while (this.peek().text !== "]") {
        items.push(this.expr());
        if (this.peek().text !== ",") break;
        this.next();
      }
      this.expect("]");
      return items;
    }
    if (t.text === "{") {
      const obj: Record<string, unknown> = {};
      while (this.peek().text !== "}") {
        const keyTok = this.peek();
        const key = this.expr();
        if (typeof key !== "string") this.fail(keyTok, "dictKeys");
        this.expect(":");
        obj[key] = this.expr();
        if (this.peek().text !== ",") break;
        this.next();
      }
      this.expect("}");
      return obj;
    }
    if (t.kind === "nl" || t.kind === "end") this.fail(t, "valueMissing");
    this.fail(t, "unexpected", { found: t.text });
  }
}

function num(tok: Tok, v: unknown): number {
  if (typeof v === "number") return v;
  if (isFloat(v)) return v.float;
  if (typeof v === "boolean") return Number(v);
  throw PySyntaxError.own(tok, "operand", { op: tok.text });
}

function arith(op: Tok, a: unknown, b: unknown): unknown {
  if (op.text === "+" && typeof a === "string" && typeof b === "string") return a + b;
  if (op.text === "*" && typeof a === "string" && typeof b === "number")
    return a.repeat(Math.max(0, b));
  const floatResult = isFloat(a) || isFloat(b) || op.text === "/";
  const x = num(op, a);
  const y = num(op, b);
  if ((op.text === "/" || op.text === "//" || op.text === "%") && y === 0) {
    throw new PySyntaxError("division by zero", op.line, op.col, "ZeroDivisionError");
  }
  let r: number;
  switch (op.text) {
    case "+":
      r = x + y;
      break;
    case "-":
      r = x - y;
      break;
    case "*":
      r = x * y;
      break;
    case "/":
      r = x / y;
      break;
    case "//":
      r = Math.floor(x / y);
      break;
    case "%":
      r = x - y * Math.floor(x / y);
      break;
    default:
      r = x ** y;
  }
  return floatResult || (op.text === "**" && y < 0) ? { float: r } : r;
}

/**
 * Parses the whole file. Python would run none of it with a SyntaxError and
 * stop at the first NameError, so `values` is only to be applied when
 * `errors` is empty; every bad statement is reported, to mark them all.
 */
export function parseSettingsPy(source: string): SettingsPyResult {
  const result: SettingsPyResult = { values: {}, lines: {}, errors: [] };
  let toks: Tok[];
  try {
    toks = tokenize(source);
  } catch (e) {
    const err = e as PySyntaxError;
    result.errors.push({
      line: err.line,
      column: err.column,
      message: `${err.pythonName}: ${err.message}`,
    });
    return result;
  }
  const p = new Parser(toks);
  while (!p.atEnd()) {
    try {
      const { name, value, line, endLine } = p.statement();
      // Floats only matter while evaluating (1 / 2 is 0.5); a setting holds the number.
      result.values[name] = isFloat(value) ? value.float : value;
      result.lines[name] = [line, endLine];
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      result.errors.push({
        line: e.line,
        column: e.column,
        message: `${e.pythonName}: ${e.message}`,
        ...(e.problem ? { problem: e.problem } : {}),
      });
      p.recover(e.line);
    }
  }
  return result;
}
