import { CsrfTokenNode } from "./CsrfTokenNode.ts";
import type { Parser } from "./Parser.ts";
import type { TemplateNode } from "./TemplateNode.ts";
import type { Token } from "./Token.ts";
import { compileForTag } from "./compileForTag.ts";
import { compileIfTag } from "./compileIfTag.ts";

export type TagCompiler = (parser: Parser, token: Token) => TemplateNode;

/**
 * The block tags this engine implements. Their end and middle tags (endif,
 * elif, else, empty, endfor, endcomment) are not tags of their own: the
 * compilers below consume them, and a stray one is an invalid block tag.
 */
export const BUILTIN_TAGS: ReadonlyMap<string, TagCompiler> = new Map<string, TagCompiler>([
  ["if", compileIfTag],
  ["for", compileForTag],
  [
    "comment",
    (parser, token) => {
      parser.skipPast("endcomment");
      return { line: token.line, render: () => "" };
    },
  ],
  ["csrf_token", (_parser, token) => new CsrfTokenNode(token.line)],
]);
