/**
 * The one error a template can raise. Learners edit templates in the browser, so
 * every problem, whether found while parsing or while rendering, arrives as this
 * class with the 1-based source line to point at, never as a raw JS exception.
 *
 * Django raises render-time problems as other Python exceptions (TypeError,
 * VariableDoesNotExist, ...); those keep their Python class name as a message
 * prefix and are told apart by `phase`.
 */
export class TemplateSyntaxError extends Error {
  /** 1-based line of the tag that failed (Django's `token.lineno`). */
  readonly line: number;
  /** "parse" when the template could not be compiled, "render" when rendering it failed. */
  readonly phase: "parse" | "render";

  constructor(message: string, line: number, phase: "parse" | "render" = "parse") {
    super(message);
    this.name = "TemplateSyntaxError";
    this.line = line;
    this.phase = phase;
  }
}
