/**
 * An exception raised while rendering, tagged with the line of the innermost
 * node that was rendering (Django's render_annotated). It travels up unchanged
 * through outer nodes and becomes a TemplateSyntaxError only at the top, after
 * the context has unwound, which is when Django formats its message too.
 */
export class RenderFailure extends Error {
  constructor(
    readonly original: unknown,
    readonly line: number,
  ) {
    super("template render failed");
    this.name = "RenderFailure";
  }
}
