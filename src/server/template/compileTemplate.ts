import { Context } from "./Context.ts";
import { Parser } from "./Parser.ts";
import { PyException } from "./PyException.ts";
import { RenderFailure } from "./RenderFailure.ts";
import type { TemplateNode } from "./TemplateNode.ts";
import { TemplateSyntaxError } from "./TemplateSyntaxError.ts";
import { VariableDoesNotExist } from "./VariableDoesNotExist.ts";
import { isStackOverflow } from "./isStackOverflow.ts";
import { renderNodeList } from "./renderNodeList.ts";
import { tokenize } from "./tokenize.ts";

const RECURSION_ERROR = "RecursionError: maximum recursion depth exceeded";

/** A compiled template: render it with a context as often as needed. */
export type CompiledTemplate = (context: Record<string, unknown>) => string;

/**
 * Parses a Django template once (like `Engine.from_string`) and returns its render
 * function. Parsing checks every tag and filter, even in branches that may never
 * render, and throws TemplateSyntaxError (phase "parse") for the first problem.
 * Rendering throws TemplateSyntaxError (phase "render") for the few things Django
 * raises at render time, e.g. `{% for x in 5 %}`.
 */
export function compileTemplate(source: string): CompiledTemplate {
  const body = parse(source);
  return (data) => {
    try {
      return renderNodeList(body, new Context(data));
    } catch (error) {
      if (error instanceof RenderFailure) {
        throw new TemplateSyntaxError(describe(error.original), error.line, "render");
      }
      // Overflowing while unwinding, before any node could tag the error with a line.
      if (isStackOverflow(error)) throw new TemplateSyntaxError(RECURSION_ERROR, 1, "render");
      throw error;
    }
  };
}

function parse(source: string): TemplateNode[] {
  const parser = new Parser(tokenize(source));
  try {
    return parser.parse();
  } catch (error) {
    if (isStackOverflow(error)) {
      // Tags nested thousands deep.
      throw new TemplateSyntaxError("Template is nested too deeply to compile.", parser.lastLine);
    }
    throw error;
  }
}

/** "TypeError: 'int' object is not iterable", the way Django's debug page names it. */
function describe(error: unknown): string {
  if (error instanceof VariableDoesNotExist) return `VariableDoesNotExist: ${error.describe()}`;
  if (error instanceof PyException) return `${error.pyType}: ${error.message}`;
  if (isStackOverflow(error)) return RECURSION_ERROR;
  // Thrown by a function or getter the caller put in the context.
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
