import type { Context } from "./Context.ts";
import type { BoxedFloat } from "../../engine/python/pyFloat.ts";
import { SafeString } from "./SafeString.ts";
import { UnplacedSyntaxError } from "./UnplacedSyntaxError.ts";
import { resolveLookup } from "./resolveLookup.ts";

// Python's float() and int() syntax (underscores allowed between digits).
const DIGITS = "\\d(?:_?\\d)*";
const FLOAT_RE = new RegExp(
  `^[+-]?(?:${DIGITS}(?:\\.(?:${DIGITS})?)?|\\.${DIGITS})(?:[eE][+-]?${DIGITS})?$`,
);
const INT_RE = new RegExp(`^[+-]?${DIGITS}$`);

/**
 * Django's Variable: one operand such as `user.name`, `"text"`, `42` or `1.5`.
 * Literals are decided once at parse time, exactly as Django decides them (a
 * dot or an "e" makes a float attempt; quotes make a safe string); anything
 * else becomes a dotted lookup resolved against the context at render time.
 */
export class Variable {
  private readonly literal: unknown;
  private readonly lookups: readonly string[] | null = null;

  constructor(readonly text: string) {
    const number = parseNumber(text);
    if (number !== undefined) {
      this.literal = number;
      return;
    }
    let source = text;
    let translate = false;
    if (source.startsWith("_(") && source.endsWith(")")) {
      // `_("...")` marks a string for translation; without a catalogue gettext
      // returns it as is, after Django has doubled its % signs.
      translate = true;
      source = source.slice(2, -1);
    }
    const string = unescapeStringLiteral(source);
    if (string !== undefined) {
      this.literal = new SafeString(translate ? string.replaceAll("%", "%%") : string);
      return;
    }
    if (source.includes("._") || source.startsWith("_")) {
      throw new UnplacedSyntaxError(
        `Variables and attributes may not begin with underscores: '${source}'`,
      );
    }
    this.lookups = source.split(".");
  }

  /** The value of a literal; the quoted constants the filter regex matches always are one. */
  resolveLiteral(): unknown {
    return this.literal;
  }

  /** The value; throws VariableDoesNotExist when a lookup finds nothing. */
  resolve(context: Context): unknown {
    return this.lookups === null ? this.literal : resolveLookup(context, this.lookups);
  }
}

/**
 * Django tries float() when the text has a dot or an "e", int() otherwise.
 * "2." parses as a float in Python but Django rejects it. Ints beyond JS's safe
 * range become bigints so they print exactly, as Python's would.
 */
function parseNumber(text: string): unknown {
  const clean = text.replaceAll("_", "");
  if (text.includes(".") || text.toLowerCase().includes("e")) {
    if (!FLOAT_RE.test(text) || text.endsWith(".")) return undefined;
    // Boxed, as a session's float is (pyFloat), and always: each literal is its own
    // object, as in Python, so `1.5 is 1.5` is False.
    return Object(Number(clean)) as BoxedFloat;
  }
  if (!INT_RE.test(text)) return undefined;
  const value = Number(clean);
  // `+ 0` turns -0 into 0: Python ints have no negative zero.
  return Number.isSafeInteger(value) ? value + 0 : BigInt(clean);
}

/** Django's unescape_string_literal: only \" (or \') and \\ are escapes. */
function unescapeStringLiteral(text: string): string | undefined {
  const quote = text[0];
  if (!text || (quote !== '"' && quote !== "'") || text[text.length - 1] !== quote) {
    return undefined;
  }
  return text.slice(1, -1).replaceAll(`\\${quote}`, quote).replaceAll("\\\\", "\\");
}
