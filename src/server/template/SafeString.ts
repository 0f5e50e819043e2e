/**
 * Django's SafeString: text already safe for HTML, so autoescaping leaves it
 * alone. JS strings can't carry a flag, hence the wrapper. Only the engine
 * creates these (string literals in templates, `safe`, `escape`); plain strings
 * in the context are always escaped.
 */
export class SafeString {
  constructor(readonly value: string) {}

  toString(): string {
    return this.value;
  }
}
