import { plainIfOrdered } from "./plainIfOrdered.ts";
import { pyFloat } from "./pyFloat.ts";

/**
 * Whether the text may hold such a key (a digit may also be written escaped,
 * "\u0031"), or a float a JavaScript number would print as an int: an
 * exponent ("1e3"), a fraction of zeros ("10.0", "-0.0"), or 16 digits and
 * more, which a double rounds ("1.0000000000000000001" is 1.0); or a dict
 * shaped like the engine's pyOpaque (its key may be written with escaped
 * letters too), which must stay a Map. Most session data holds none, and
 * skips the slow read. (No backtracking: the test runs on every decode.)
 */
const NEEDS_SLOW_READ =
  /"(?:0|[1-9]\d*)"\s*:|\\u00[3-7]|\d[eE]|\.0+(?![0-9])|\d(?:\.?\d){15}|"pyOpaque"/;

const LITERAL = /true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Python's json.loads, keeping every dict's key order and every float's type. A JavaScript object
 * puts integer-like keys ("1", "10") before the others, where Python's dict
 * keeps the order they were written in; so an object holding such a key is
 * read as a Map (in the text's order; a repeated key keeps its first place
 * and its last value, as in Python), and every other object as a plain one,
 * whose order JavaScript keeps. Everything that reads a dict takes both.
 *
 * Written here because no JSON library returns Maps (JSON.parse's reviver
 * sees each object after its keys were reordered). JSON.parse checks the
 * text first, so the reader below only walks valid JSON.
 */
export function pyJsonLoads(text: string): unknown {
  const value: unknown = JSON.parse(text);
  return NEEDS_SLOW_READ.test(text) ? new OrderedReader(text).read() : value;
}

class OrderedReader {
  private i = 0;
  constructor(private readonly text: string) {}

  read(): unknown {
    this.space();
    const c = this.text[this.i];
    if (c === "{") return this.object();
    if (c === "[") return this.array();
    if (c === '"') return this.string();
    LITERAL.lastIndex = this.i;
    const literal = LITERAL.exec(this.text)![0];
    this.i += literal.length;
    const value: unknown = JSON.parse(literal);
    // Python reads a number with a point or an exponent as a float.
    return typeof value === "number" && /[.eE]/.test(literal) ? pyFloat(value) : value;
  }

  private space(): void {
    while (" \t\n\r".includes(this.text[this.i]) && this.i < this.text.length) this.i++;
  }

  private string(): string {
    let end = this.i + 1;
    while (this.text[end] !== '"') end += this.text[end] === "\\" ? 2 : 1;
    const s = JSON.parse(this.text.slice(this.i, end + 1)) as string;
    this.i = end + 1;
    return s;
  }

  private array(): unknown[] {
    const items: unknown[] = [];
    this.i++;
    this.space();
    if (this.text[this.i] === "]") {
      this.i++;
      return items;
    }
    for (;;) {
      items.push(this.read());
      this.space();
      if (this.text[this.i++] === "]") return items;
    }
  }

  private object(): Map<string, unknown> | Record<string, unknown> {
    const entries = new Map<string, unknown>();
    this.i++;
    this.space();
    if (this.text[this.i] === "}") {
      this.i++;
      return {};
    }
    for (;;) {
      this.space();
      const key = this.string();
      this.space();
      this.i++; // ":"
      entries.set(key, this.read());
      this.space();
      if (this.text[this.i++] === "}") break;
    }
    return plainIfOrdered(entries);
  }
}
