import type { Token } from "./Token.ts";
import { pyStrip } from "./pyStrip.ts";

// Django's tag_re. Python's "." excludes only "\n", so a tag may not span lines
// (a `{# ... #}` spread over lines stays as text, as in Django).
const TAG_RE = /({%[^\n]*?%}|{{[^\n]*?}}|{#[^\n]*?#})/;

/**
 * Django's Lexer.tokenize: split the source into text and tag tokens, counting
 * lines so errors can point at them. Never throws; problems surface when the
 * parser reads the tokens.
 */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let inTag = false;
  let line = 1;
  // split() with a capture group alternates text, tag, text, ... like Python's re.split.
  for (const piece of source.split(TAG_RE)) {
    if (piece) {
      tokens.push(createToken(piece, line, inTag));
      line += piece.split("\n").length - 1;
    }
    inTag = !inTag;
  }
  return tokens;
}

function createToken(piece: string, line: number, inTag: boolean): Token {
  if (!inTag) return { type: "text", contents: piece, line };
  const contents = pyStrip(piece.slice(2, -2));
  if (piece.startsWith("{%")) return { type: "block", contents, line };
  if (piece.startsWith("{{")) return { type: "var", contents, line };
  return { type: "comment", contents, line };
}
