/**
 * Reads a settings.py made of assignments, as Python would evaluate them for
 * the values Django settings take here: strings (r, u and f prefixes too), ints
 * (with arithmetic such as `60 * 60 * 24 * 14`, and `AGE *= 2`), floats,
 * True / False / None, and dict / list literals (for CACHES), with comments and
 * bracketed continuation lines. Valid Python beyond that (an import, a call,
 * an if …) is refused by name, as not run here, not as a SyntaxError Python
 * would not raise. Hand-written: running CPython for this would mean loading
 * Pyodide before the first request, and no JS library parses this subset of
 * Python.
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
  /** The names whose value is a float: `values` holds the number, which says 0 for 0.0. */
  floats: Set<string>;
  errors: SettingsPyError[];
}

type Tok = {
  kind: "name" | "num" | "str" | "op" | "nl" | "end";
  text: string;
  value?: unknown;
  line: number;
  col: number;
  /** Where the token starts in the source. */
  pos: number;
  /** The first token of a statement, with spaces or tabs before it on its line. */
  indented?: boolean;
  /** A string's prefix, lower-cased: "b" for bytes, "f" for an f-string ("" when none). */
  prefix?: string;
};

/** A bracket still open at the end of the file, which Python reports before anything after it. */
interface Unclosed {
  bracket: string;
  line: number;
  col: number;
  pos: number;
}

/**
 * What Python would raise for the statement: its class name leads the message.
 * Or, with no class name, what this playground does not run though Python would.
 */
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

  /** The message as shown: "NameError: name 'x' is not defined". */
  get text(): string {
    return this.pythonName ? `${this.pythonName}: ${this.message}` : this.message;
  }

  /**
   * One of the playground's own explanations: its message names the Python class it
   * stands for, or none when it is not a Python error (a construct not run here).
   */
  static own(tok: Tok, code: SettingsPyProblemCode, params: Problem["params"] = {}) {
    const problem = { code: `settingsPy.${code}`, params };
    const text = problemText(SETTINGS_PY_PROBLEMS, "settingsPy", problem);
    const named = /^(\w+Error): (.*)$/s.exec(text);
    return named
      ? new PySyntaxError(named[2], tok.line, tok.col, named[1], problem)
      : new PySyntaxError(text, tok.line, tok.col, "", problem);
  }
}

/** A statement that fails only because an earlier one did: Python never got to it. */
class Unreported extends Error {}

/** Statements Python runs at a module's top level that are not assignments. */
const STATEMENT_KEYWORDS = [
  "assert",
  "async",
  "class",
  "def",
  "del",
  "for",
  "global",
  "if",
  "pass",
  "raise",
  "try",
  "while",
  "with",
];
/** Those that head a block, which goes with them (and its elif / else / except / finally). */
const BLOCK_KEYWORDS = ["async", "class", "def", "for", "if", "try", "while", "with"];
const BLOCK_CONTINUATIONS = ["elif", "else", "except", "finally"];

/** Python's operators outside arithmetic, between two values: valid in settings.py, not run here. */
const OTHER_OPERATORS = [
  "==",
  "!=",
  "<=",
  ">=",
  "<<",
  ">>",
  "<",
  ">",
  "&",
  "|",
  "^",
  "@",
  "and",
  "or",
  "not", // not in
  "in",
  "is",
  "if", // x if c else y
];
/** And before one. */
const PREFIX_OPERATORS = ["not", "lambda", "~"];

/** Python's string prefixes (r, u, b, f and their pairs), lower-cased. */
const STRING_PREFIXES = ["r", "u", "b", "f", "br", "rb", "fr", "rf"];

/** Augmented assignments (NAME += value); the arithmetic ones are run, as Python would. */
const AUGMENTED = [
  "**=",
  "//=",
  ">>=",
  "<<=",
  "+=",
  "-=",
  "*=",
  "/=",
  "%=",
  "&=",
  "|=",
  "^=",
  "@=",
];
const ARITHMETIC = ["+", "-", "*", "/", "//", "%", "**"];

const ESCAPES: Record<string, string> = {
  n: "\n",
  t: "\t",
  r: "\r",
  a: "\x07",
  b: "\b",
  f: "\f",
  v: "\v",
  "\\": "\\",
  "'": "'",
  '"': '"',
};

/**
 * One escape after a backslash, as Python reads it in a str literal: its text
 * and how many characters of the source it took. \x41, \u00e9, \U0001F600 and
 * octal \101 too; an unknown one (\d) keeps its backslash.
 */
function escape(src: string, at: number): { text: string; length: number } {
  const e = src[at];
  if (e in ESCAPES) return { text: ESCAPES[e], length: 1 };
  const octal = /^[0-7]{1,3}/.exec(src.slice(at, at + 3));
  if (octal) return { text: String.fromCodePoint(parseInt(octal[0], 8)), length: octal[0].length };
  const digits = { x: 2, u: 4, U: 8 }[e];
  if (digits) {
    const hex = src.slice(at + 1, at + 1 + digits);
    if (!new RegExp(`^[0-9a-fA-F]{${digits}}$`).test(hex)) return { text: `\\${e}`, length: 1 };
    return { text: String.fromCodePoint(parseInt(hex, 16)), length: 1 + digits };
  }
  return { text: `\\${e}`, length: 1 };
}

/** What CPython 3.11's tokenizer says of a character no token starts with. */
function unknownCharacter(code: number): string {
  // ASCII ($, ?, `, !) is plain invalid syntax; beyond it, the character is named.
  if (code < 0x80) return "invalid syntax";
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  // Unicode's letters, marks, numbers, punctuation and symbols print; spaces and controls do not.
  return /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(String.fromCodePoint(code))
    ? `invalid character '${String.fromCodePoint(code)}' (${hex})`
    : `invalid non-printable character ${hex}`;
}

function tokenize(src: string): { toks: Tok[]; unclosed?: Unclosed } {
  const toks: Tok[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const open: Unclosed[] = [];
  // Python reads a statement's indentation from its first token; lines inside brackets,
  // after a backslash, blank or only a comment have none to read.
  let statementStart = true;
  const col = () => i - lineStart + 1;
  const push = (tok: Omit<Tok, "pos">, pos: number) => {
    if (statementStart && tok.kind !== "nl" && tok.kind !== "end") {
      statementStart = false;
      if (pos > lineStart) toks.push({ ...tok, pos, indented: true });
      else toks.push({ ...tok, pos });
    } else toks.push({ ...tok, pos });
  };
  /** A string literal from `start`, its quote at `i` (after a prefix such as r or b). */
  const readString = (start: number, prefix: string) => {
    const c = src[i];
    const startLine = line;
    const startCol = start - lineStart + 1;
    const raw = prefix.includes("r");
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
        // A backslash before a newline continues the line (and is kept in a raw string); its
        // line still counts, for the line numbers of what follows.
        if (src[i + 1] === "\n") {
          if (raw) out += "\\\n";
          i += 2;
          line++;
          lineStart = i;
          continue;
        }
        // A raw string keeps the backslash, though it still stops the quote after it ending it.
        const { text, length } = raw ? { text: `\\${src[i + 1]}`, length: 1 } : escape(src, i + 1);
        out += text;
        i += 1 + length;
        continue;
      }
      out += src[i++];
    }
    push(
      {
        kind: "str",
        text: src.slice(start, i),
        value: out,
        line: startLine,
        col: startCol,
        prefix: prefix.replace("r", ""),
      },
      start,
    );
  };
  while (i < src.length) {
    const c = src[i];
    if (c === "\n") {
      if (open.length === 0) {
        push({ kind: "nl", text: "\n", line, col: col() }, i);
        statementStart = true;
      }
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
      const prefix = src.slice(start, i).toLowerCase();
      if (src[i] === "'" || src[i] === '"') {
        // A name against a quote is a string's prefix, or no Python at all (ur'x', x'a').
        if (!STRING_PREFIXES.includes(prefix))
          throw new PySyntaxError("invalid syntax", line, i - lineStart + 1);
        readString(start, prefix);
        continue;
      }
      push({ kind: "name", text: src.slice(start, i), line, col: start - lineStart + 1 }, start);
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
      push({ kind: "num", text, value, line, col: start - lineStart + 1 }, start);
    } else if (c === "'" || c === '"') {
      readString(i, "");
    } else {
      const op = [
        ...AUGMENTED,
        ...[...OTHER_OPERATORS, ...PREFIX_OPERATORS].filter((o) => !/\w/.test(o)),
        "**",
        "//",
        ".",
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
        ";",
      ].find((o) => src.startsWith(o, i));
      if (!op) throw new PySyntaxError(unknownCharacter(src.codePointAt(i)!), line, col());
      if ("([{".includes(op)) open.push({ bracket: op, line, col: col(), pos: i });
      if (")]}".includes(op)) {
        // Python's tokenizer refuses these as it meets them, in its own words.
        const opened = open.pop();
        if (!opened) throw new PySyntaxError(`unmatched '${op}'`, line, col());
        if ("([{".indexOf(opened.bracket) !== ")]}".indexOf(op)) {
          const where = opened.line === line ? "" : ` on line ${opened.line}`;
          throw new PySyntaxError(
            `closing parenthesis '${op}' does not match opening parenthesis '${opened.bracket}'${where}`,
            line,
            col(),
          );
        }
      }
      push({ kind: "op", text: op, line, col: col() }, i);
      i += op.length;
    }
  }
  toks.push(
    { kind: "nl", text: "\n", line, col: col(), pos: i },
    { kind: "end", text: "", line, col: col(), pos: i },
  );
  return { toks, unclosed: open.at(-1) };
}

/** A Python float while evaluating, kept apart from ints so that 7 / 2 is 3.5 and 7 // 2 is 3. */
interface PyFloatValue {
  float: number;
}
const isFloat = (v: unknown): v is PyFloatValue =>
  typeof v === "object" && v !== null && "float" in v;

class Parser {
  private i = 0;
  /**
   * The names assigned so far, as evaluated (a float kept a float): a later line may use
   * them, as Python runs the file top to bottom (DAY = 86400, then SESSION_COOKIE_AGE = 14 * DAY).
   */
  readonly names = new Map<string, unknown>();
  /**
   * Names whose assignment failed: Python would have stopped there, so a later line reading
   * one is not reported again (a NameError Python would never reach).
   */
  readonly failed = new Set<string>();
  /** The name the statement under way assigns. */
  target: string | null = null;
  constructor(
    private readonly toks: Tok[],
    private readonly src: string,
  ) {}

  peek(): Tok {
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

  /** Skips the lines of a block whose header was refused, and its elif / else / … parts. */
  skipBlock(): void {
    while (!this.atEnd()) {
      const first = this.peek();
      if (!first.indented && !BLOCK_CONTINUATIONS.includes(first.text)) return;
      while (this.next().kind !== "nl") continue;
    }
  }

  /** An assignment, or null for a statement that assigns nothing (a docstring). */
  statement(): { name: string; value: unknown; line: number; endLine: number } | null {
    const target = this.next();
    if (target.indented)
      throw new PySyntaxError("unexpected indent", target.line, target.col, "IndentationError");
    if (target.kind === "str") {
      while (this.peek().kind === "str") this.next();
      if (this.peek().text === ";" && this.toks[this.i + 1].kind === "nl") this.next();
      if (this.peek().kind === "nl") return null;
    }
    if (target.kind !== "name") this.fail(target, "notAssignment");
    if (["import", "from"].includes(target.text))
      this.fail(target, "notRun.import", { code: this.lineFrom(target) });
    if (STATEMENT_KEYWORDS.includes(target.text))
      this.fail(target, "notRun.statement", { keyword: target.text });
    this.target = target.text;
    const value = AUGMENTED.includes(this.peek().text) ? this.augmented(target) : this.assigned();
    let end = this.next();
    // A `;` ending the line ends the statement, as in Python; one before another is refused.
    if (end.text === ";" && this.peek().kind === "nl") end = this.next();
    if (end.text === ";" && this.peek().text === ";")
      throw new PySyntaxError("invalid syntax", this.peek().line, this.peek().col);
    if (end.text === ";") this.fail(end, "notRun.semicolon");
    if (end.kind !== "nl") this.fail(end, "unexpected", { found: end.text });
    return { name: target.text, value, line: target.line, endLine: end.line };
  }

  /** `= value`; a trailing comma would make it a tuple, which no setting takes. */
  private assigned(): unknown {
    const equals = this.expect("=");
    const first = this.peek();
    // A = B = 1 assigns both in Python; one line for two settings is not read here.
    if (first.kind === "name" && this.toks[this.i + 1].text === "=")
      this.fail(first, "notRun.chained", {
        code: this.sourceFrom(this.toks[this.toks.indexOf(equals) - 1]),
      });
    const value = this.expr();
    if (this.peek().text === ",")
      this.fail(first, "notRun.tuple", { code: this.sourceFrom(first) });
    return value;
  }

  /** `NAME += value`: NAME's value so far with the operator, as Python runs it. */
  private augmented(target: Tok): unknown {
    const op = this.next();
    const base = op.text.slice(0, -1);
    if (!ARITHMETIC.includes(base)) this.fail(op, "notRun.operator", { op: op.text });
    if (this.failed.has(target.text)) throw new Unreported();
    if (!this.names.has(target.text))
      throw new PySyntaxError(
        `name '${target.text}' is not defined`,
        target.line,
        target.col,
        "NameError",
      );
    const first = this.peek();
    const right = this.expr();
    if (this.peek().text === ",")
      this.fail(first, "notRun.tuple", { code: this.sourceFrom(first) });
    return arith({ ...op, text: base }, this.names.get(target.text), right);
  }

  /**
   * The source from `tok` to the end of what it opens: its bracket's match for a bracket, else
   * the end of the statement (comments and continuation lines left out, strings kept whole).
   */
  private sourceFrom(tok: Tok): string {
    const at = this.toks.indexOf(tok);
    let depth = 0;
    let last = tok;
    for (let k = at; k < this.toks.length; k++) {
      const t = this.toks[k];
      if (depth === 0 && (t.kind === "nl" || t.kind === "end" || t.text === ";")) break;
      last = t;
      if ("([{".includes(t.text) && t.kind === "op") depth++;
      if (
        ")]}".includes(t.text) &&
        t.kind === "op" &&
        --depth === 0 &&
        k > at &&
        "([{".includes(tok.text)
      )
        break;
    }
    const tokens = this.toks.slice(at, this.toks.indexOf(last) + 1);
    // Spaced as written on one line; lines joined with one space, none inside brackets.
    const spaced = (prev: Tok, t: Tok) =>
      prev.pos + prev.text.length < t.pos && !"([{".includes(prev.text) && !")]},".includes(t.text);
    return tokens.map((t, n) => (n && spaced(tokens[n - 1], t) ? " " : "") + t.text).join("");
  }

  /** The source of a statement's line from `tok` on, without its comment. */
  private lineFrom(tok: Tok): string {
    return this.src.slice(tok.pos).split("\n")[0].split("#")[0].trim();
  }

  private expr(): unknown {
    let left = this.term();
    while (this.peek().text === "+" || this.peek().text === "-") {
      const op = this.next();
      left = arith(op, left, this.term());
    }
    const other = this.peek();
    if (OTHER_OPERATORS.includes(other.text)) {
      const second = this.toks[this.i + 1].text;
      const op =
        (other.text === "not" && second === "in") || (other.text === "is" && second === "not")
          ? `${other.text} ${second}`
          : other.text;
      this.fail(other, "notRun.operator", { op });
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
    const base = this.primary();
    if (this.peek().text === "**") {
      const op = this.next();
      return arith(op, base, this.unary());
    }
    return base;
  }

  /**
   * An atom, refusing what would follow it in Python to read an attribute, call or index
   * it: that is code to run, not a value (and a name before it is not a NameError here).
   */
  private primary(): unknown {
    const start = this.peek();
    const isName =
      start.kind === "name" && ![...OTHER_OPERATORS, ...PREFIX_OPERATORS].includes(start.text);
    const postfix = (t: Tok) => t.kind === "op" && ".([".includes(t.text);
    // A name to be read from is refused for what follows it, not evaluated (a NameError).
    const value = isName && postfix(this.toks[this.i + 1]) ? this.next() : this.atom();
    const after = this.peek();
    const before = this.src.slice(start.pos, after.pos).trim();
    if (after.text === ".") {
      this.next();
      const attribute = this.peek();
      if (attribute.kind !== "name")
        throw new PySyntaxError("invalid syntax", attribute.line, attribute.col);
      this.fail(start, "notRun.attribute", { code: `${before}.${attribute.text}` });
    }
    if (after.text === "(") this.fail(start, "notRun.call", { code: `${before}(...)` });
    if (after.text === "[") this.fail(start, "notRun.subscript", { code: `${before}[...]` });
    return value;
  }

  /** A string literal's value: bytes and an f-string that would run code are refused. */
  private str(t: Tok): string {
    if (t.prefix?.includes("b")) this.fail(t, "notRun.bytes", { code: t.text });
    return t.prefix?.includes("f") ? this.fstring(t) : (t.value as string);
  }

  /** An f-string with no replacement field in it: {{ and }} are its braces. */
  private fstring(t: Tok): string {
    const value = t.value as string;
    let out = "";
    for (let k = 0; k < value.length; k++) {
      const c = value[k];
      if ((c === "{" || c === "}") && value[k + 1] === c) {
        out += c;
        k++;
      } else if (c === "}") {
        throw new PySyntaxError("f-string: single '}' is not allowed", t.line, t.col);
      } else if (c === "{") {
        if (!value.includes("}", k))
          throw new PySyntaxError("f-string: expecting '}'", t.line, t.col);
        this.fail(t, "notRun.fstring", { code: t.text });
      } else out += c;
    }
    return out;
  }

  /** A comprehension ahead, in the bracket just opened: a `for` at its own depth. */
  private comprehension(open: Tok): void {
    let depth = 0;
    for (let k = this.i; k < this.toks.length; k++) {
      const t = this.toks[k];
      if (t.kind === "end") return;
      if (t.kind === "op" && "([{".includes(t.text)) depth++;
      else if (t.kind === "op" && ")]}".includes(t.text) && depth-- === 0) return;
      else if (depth === 0 && t.kind === "name" && t.text === "for")
        this.fail(open, "notRun.comprehension", { code: this.sourceFrom(open) });
    }
  }

  private atom(): unknown {
    const t = this.next();
    if (t.kind === "op" && "([{".includes(t.text)) this.comprehension(t);
    if (PREFIX_OPERATORS.includes(t.text)) this.fail(t, "notRun.operator", { op: t.text });
    if (t.kind === "num") return t.value;
    if (t.kind === "str") {
      // Adjacent string literals concatenate, as in Python; bytes only with bytes.
      const parts = [t];
      while (this.peek().kind === "str") parts.push(this.next());
      const bytes = parts.filter((p) => p.prefix?.includes("b"));
      if (bytes.length && bytes.length < parts.length) {
        const last = parts.at(-1)!;
        throw new PySyntaxError("cannot mix bytes and nonbytes literals", last.line, last.col);
      }
      return parts.map((p) => this.str(p)).join("");
    }
    if (t.kind === "name") {
      if (t.text === "True") return true;
      if (t.text === "False") return false;
      if (t.text === "None") return null;
      if (this.names.has(t.text)) return this.names.get(t.text);
      if (this.failed.has(t.text)) throw new Unreported();
      throw new PySyntaxError(`name '${t.text}' is not defined`, t.line, t.col, "NameError");
    }
    if (t.text === "(") {
      if (this.peek().text === ")") this.fail(t, "notRun.tuple", { code: "()" });
      const v = this.expr();
      if (this.peek().text === ",") this.fail(t, "notRun.tuple", { code: this.sourceFrom(t) });
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

/** An int as Python counts one for repeating a sequence (a bool is an int). */
const isInt = (v: unknown): v is number | boolean =>
  typeof v === "boolean" || (typeof v === "number" && Number.isInteger(v));

/** What ZeroDivisionError says in CPython 3.11, by operator and operand type. */
function zeroDivision(op: string, floats: boolean): string {
  if (op === "/") return floats ? "float division by zero" : "division by zero";
  if (op === "//")
    return floats ? "float floor division by zero" : "integer division or modulo by zero";
  return floats ? "float modulo" : "integer modulo by zero";
}

function arith(op: Tok, a: unknown, b: unknown): unknown {
  // Sequences, as Python: str + str, list + list, and a str or list times an int either way.
  if (op.text === "+" && typeof a === "string" && typeof b === "string") return a + b;
  if (op.text === "+" && Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
  if (op.text === "*") {
    const [seq, n] = isInt(b) ? [a, b] : [b, a];
    if (isInt(n) && (typeof seq === "string" || Array.isArray(seq))) {
      const times = Math.max(0, Number(n));
      return typeof seq === "string"
        ? seq.repeat(times)
        : Array.from({ length: times }, () => seq).flat();
    }
  }
  // str % values is printf-style formatting: Python runs it, this reader does not.
  if (op.text === "%" && typeof a === "string")
    throw PySyntaxError.own(op, "notRun.operator", { op: "%" });
  const floatResult = isFloat(a) || isFloat(b) || op.text === "/";
  const x = num(op, a);
  const y = num(op, b);
  if ((op.text === "/" || op.text === "//" || op.text === "%") && y === 0) {
    const floats = isFloat(a) || isFloat(b);
    throw new PySyntaxError(zeroDivision(op.text, floats), op.line, op.col, "ZeroDivisionError");
  }
  if (op.text === "**" && x === 0 && y < 0) {
    const message = "0.0 cannot be raised to a negative power";
    throw new PySyntaxError(message, op.line, op.col, "ZeroDivisionError");
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
  const result: SettingsPyResult = { values: {}, lines: {}, floats: new Set(), errors: [] };
  let tokens: ReturnType<typeof tokenize>;
  try {
    tokens = tokenize(source);
  } catch (e) {
    const err = e as PySyntaxError;
    result.errors.push({ line: err.line, column: err.column, message: err.text });
    return result;
  }
  const { toks, unclosed } = tokens;
  // A bracket left open reads the rest of the file into its statement: Python then says
  // where the bracket opened, whatever else that statement holds (but for its indent).
  const lastStart = unclosed && toks.findLast((t) => t.kind === "nl" && t.pos < unclosed.pos);
  const p = new Parser(toks, source);
  while (!p.atEnd()) {
    const start = p.peek();
    if (unclosed && !start.indented && (!lastStart || start.pos > lastStart.pos)) {
      result.errors.push({
        line: unclosed.line,
        column: unclosed.col,
        message: `SyntaxError: '${unclosed.bracket}' was never closed`,
      });
      return result;
    }
    p.target = null;
    try {
      const statement = p.statement();
      if (!statement) continue;
      const { name, value, line, endLine } = statement;
      p.names.set(name, value);
      p.failed.delete(name);
      // Floats only matter while evaluating (1 / 2 is 0.5); a setting holds the number.
      result.values[name] = isFloat(value) ? value.float : value;
      if (isFloat(value)) result.floats.add(name);
      else result.floats.delete(name);
      result.lines[name] = [line, endLine];
    } catch (e) {
      if (p.target !== null) p.failed.add(p.target);
      if (e instanceof Unreported) {
        p.recover(start.line);
        continue;
      }
      if (!(e instanceof PySyntaxError)) throw e;
      result.errors.push({
        line: e.line,
        column: e.column,
        message: e.text,
        ...(e.problem ? { problem: e.problem } : {}),
      });
      p.recover(e.line);
      if (BLOCK_KEYWORDS.includes(String(e.problem?.params.keyword))) p.skipBlock();
    }
  }
  return result;
}
