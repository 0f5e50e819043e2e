import { ForNode } from "./ForNode.ts";
import type { Parser } from "./Parser.ts";
import type { TemplateNode } from "./TemplateNode.ts";
import type { Token } from "./Token.ts";
import { UnplacedSyntaxError } from "./UnplacedSyntaxError.ts";
import { splitContents } from "./splitContents.ts";

/** Django's do_for: `{% for a, b in seq [reversed] %} ... [{% empty %} ...] {% endfor %}`. */
export function compileForTag(parser: Parser, token: Token): TemplateNode {
  const bits = splitContents(token.contents);
  if (bits.length < 4) {
    throw new UnplacedSyntaxError(
      `'for' statements should have at least four words: ${token.contents}`,
    );
  }
  const isReversed = bits[bits.length - 1] === "reversed";
  const inIndex = bits.length - (isReversed ? 3 : 2);
  if (bits[inIndex] !== "in") {
    throw new UnplacedSyntaxError(
      `'for' statements should use the format 'for x in y': ${token.contents}`,
    );
  }
  const loopVars = bits.slice(1, inIndex).join(" ").split(/ *, */);
  if (loopVars.some((name) => !name || /[ "'|]/.test(name))) {
    throw new UnplacedSyntaxError(`'for' tag received an invalid argument: ${token.contents}`);
  }
  const sequence = parser.compileFilter(bits[inIndex + 1] ?? "");
  const loopNodes = parser.parse(["empty", "endfor"]);
  let emptyNodes: TemplateNode[] = [];
  // A `{% empty x %}` is not `empty`: Django then treats it as the end tag.
  if (parser.nextToken().contents === "empty") {
    emptyNodes = parser.parse(["endfor"]);
    parser.deleteFirstToken();
  }
  return new ForNode(loopVars, sequence, isReversed, loopNodes, emptyNodes, token.line);
}
