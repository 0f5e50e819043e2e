/**
 * A syntax problem found by code that doesn't know which tag it is in (filter
 * parsing, the `if` expression parser). The parser catches it and re-raises it
 * as a TemplateSyntaxError on the line of the tag it was compiling, the way
 * Django's `Parser.error()` attaches a token to an exception that has none.
 */
export class UnplacedSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnplacedSyntaxError";
  }
}
