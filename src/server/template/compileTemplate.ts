import { Context } from "./Context.ts";
import { Parser } from "./Parser.ts";
import { PyException } from "./PyException.ts";
import { RenderFailure } from "./RenderFailure.ts";
import { TemplateSyntaxError } from "./TemplateSyntaxError.ts";
import { VariableDoesNotExist } from "./VariableDoesNotExist.ts";
import { renderNodeList } from "./renderNodeList.ts";
import { tokenize } from "./tokenize.ts";

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
  const parser = new Parser(tokenize(source));
  let nodes;
  try {
    nodes = parser.parse();
  } catch (error) {
    if (error instanceof RangeError) {
      // The call stack ran out: tags nested thousands deep.
      throw new TemplateSyntaxError("Template is nested too deeply to compile.", parser.lastLine);
    }
    throw error;
  }
  const body = nodes;
  return (data) => {
    try {
      return renderNodeList(body, new Context(data));
    } catch (error) {
      if (error instanceof RenderFailure) {
        throw new TemplateSyntaxError(describe(error.original), error.line, "render");
      }
      if (error instanceof RangeError) {
        throw new TemplateSyntaxError(
          "RecursionError: maximum recursion depth exceeded",
          1,
          "render",
        );
      }
      throw error;
    }
  };
}

/** "TypeError: 'int' object is not iterable", the way Django's debug page names it. */
function describe(error: unknown): string {
  if (error instanceof VariableDoesNotExist) return `VariableDoesNotExist: ${error.describe()}`;
  if (error instanceof PyException) return `${error.pyType}: ${error.message}`;
  if (error instanceof RangeError) return "RecursionError: maximum recursion depth exceeded";
  // Thrown by a function or getter the caller put in the context.
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
