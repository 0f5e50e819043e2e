import { IfNode, type IfBranch } from "./IfNode.ts";
import type { Parser } from "./Parser.ts";
import type { TemplateNode } from "./TemplateNode.ts";
import type { Token } from "./Token.ts";
import { UnplacedSyntaxError } from "./UnplacedSyntaxError.ts";
import { parseIfCondition } from "./parseIfCondition.ts";
import { splitContents } from "./splitContents.ts";

/**
 * Django's do_if. Errors in an `elif` condition or a malformed `{% else x %}` /
 * `{% endif x %}` are reported on the line of the opening `if`, as Django does
 * (the Malformed message names the offending line itself).
 */
export function compileIfTag(parser: Parser, token: Token): TemplateNode {
  const compileFilter = (text: string) => parser.compileFilter(text);
  const branches: IfBranch[] = [];
  let condition = parseIfCondition(splitContents(token.contents).slice(1), compileFilter);
  branches.push({ condition, nodes: parser.parse(["elif", "else", "endif"]) });
  let next = parser.nextToken();
  while (next.contents.startsWith("elif")) {
    condition = parseIfCondition(splitContents(next.contents).slice(1), compileFilter);
    branches.push({ condition, nodes: parser.parse(["elif", "else", "endif"]) });
    next = parser.nextToken();
  }
  if (next.contents === "else") {
    branches.push({ condition: null, nodes: parser.parse(["endif"]) });
    next = parser.nextToken();
  }
  if (next.contents !== "endif") {
    throw new UnplacedSyntaxError(
      `Malformed template tag at line ${next.line}: "${next.contents}"`,
    );
  }
  return new IfNode(branches, token.line);
}
