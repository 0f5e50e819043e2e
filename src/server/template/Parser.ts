import { FilterExpression } from "./FilterExpression.ts";
import type { TemplateNode } from "./TemplateNode.ts";
import { TemplateSyntaxError } from "./TemplateSyntaxError.ts";
import { TextNode } from "./TextNode.ts";
import type { Token } from "./Token.ts";
import { UnplacedSyntaxError } from "./UnplacedSyntaxError.ts";
import { VariableNode } from "./VariableNode.ts";
import { BUILTIN_TAGS } from "./builtinTags.ts";
import { DJANGO_BUILTIN_NAMES } from "./djangoBuiltinNames.ts";
import { pyWhitespaceSplit } from "./pyWhitespaceSplit.ts";

/**
 * Django's template Parser: turns tokens into nodes, handing each `{% tag %}` to
 * its compile function, which may call back into parse() to read its body up to
 * an end tag. The error messages and the line each error reports follow
 * Django's, including which tag an unclosed block is blamed on.
 */
export class Parser {
  // Reversed so the next token is popped off the end, as in Django.
  private readonly tokens: Token[];
  private readonly commandStack: Array<{ command: string; token: Token }> = [];
  /** Line of the last token read, for errors that have no tag of their own. */
  lastLine = 1;

  constructor(tokens: readonly Token[]) {
    this.tokens = [...tokens].reverse();
  }

  /** Nodes up to (not including) a block tag named in `parseUntil`, or to the end. */
  parse(parseUntil: readonly string[] = []): TemplateNode[] {
    const nodes: TemplateNode[] = [];
    while (this.tokens.length > 0) {
      const token = this.nextToken();
      if (token.type === "text") {
        nodes.push(new TextNode(token.contents, token.line));
      } else if (token.type === "var") {
        if (!token.contents) throw this.error(token, `Empty variable tag on line ${token.line}`);
        const expression = this.withToken(token, () => this.compileFilter(token.contents));
        nodes.push(new VariableNode(expression, token.line));
      } else if (token.type === "block") {
        const command = pyWhitespaceSplit(token.contents)[0];
        if (command === undefined) throw this.error(token, `Empty block tag on line ${token.line}`);
        if (parseUntil.includes(command)) {
          this.prependToken(token);
          return nodes;
        }
        // Remembered so an unclosed block can be blamed on its opening tag.
        this.commandStack.push({ command, token });
        const compile = BUILTIN_TAGS.get(command);
        if (!compile) throw this.invalidBlockTag(token, command, parseUntil);
        nodes.push(this.withToken(token, () => compile(this, token)));
        this.commandStack.pop();
      }
      // Comment tokens produce nothing.
    }
    if (parseUntil.length > 0) throw this.unclosedBlockTag(parseUntil);
    return nodes;
  }

  /** Skips tokens up to `{% endtag %}` (for `{% comment %}`); the end tag must match exactly. */
  skipPast(endTag: string): void {
    while (this.tokens.length > 0) {
      const token = this.nextToken();
      if (token.type === "block" && token.contents === endTag) return;
    }
    throw this.unclosedBlockTag([endTag]);
  }

  nextToken(): Token {
    const token = this.tokens.pop();
    // Tag compilers only ask after parse() stopped at an end tag, so one is always there.
    if (!token) throw new UnplacedSyntaxError("Unexpected end of template.");
    this.lastLine = token.line;
    return token;
  }

  prependToken(token: Token): void {
    this.tokens.push(token);
  }

  deleteFirstToken(): void {
    this.tokens.pop();
  }

  compileFilter(text: string): FilterExpression {
    return new FilterExpression(text);
  }

  /** Runs a compile step, placing a syntax error without a line on `token`'s line. */
  private withToken<T>(token: Token, compile: () => T): T {
    try {
      return compile();
    } catch (error) {
      if (error instanceof UnplacedSyntaxError) throw this.error(token, error.message);
      throw error;
    }
  }

  private error(token: Token, message: string): TemplateSyntaxError {
    return new TemplateSyntaxError(message, token.line);
  }

  private invalidBlockTag(
    token: Token,
    command: string,
    parseUntil: readonly string[],
  ): TemplateSyntaxError {
    if (DJANGO_BUILTIN_NAMES.tags.has(command)) {
      const supported = [...BUILTIN_TAGS.keys()].sort().join(", ");
      return this.error(
        token,
        `Invalid block tag on line ${token.line}: '${command}'. Django has this built-in tag, but this playground only supports: ${supported}.`,
      );
    }
    if (parseUntil.length > 0) {
      const expected = textList(parseUntil.map((name) => `'${name}'`));
      return this.error(
        token,
        `Invalid block tag on line ${token.line}: '${command}', expected ${expected}. Did you forget to register or load this tag?`,
      );
    }
    return this.error(
      token,
      `Invalid block tag on line ${token.line}: '${command}'. Did you forget to register or load this tag?`,
    );
  }

  private unclosedBlockTag(parseUntil: readonly string[]): TemplateSyntaxError {
    const open = this.commandStack.pop();
    const line = open?.token.line ?? this.lastLine;
    return new TemplateSyntaxError(
      `Unclosed tag on line ${line}: '${open?.command ?? ""}'. Looking for one of: ${parseUntil.join(", ")}.`,
      line,
    );
  }
}

/** Django's get_text_list(items, "or"): "'a', 'b' or 'c'". */
function textList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}
