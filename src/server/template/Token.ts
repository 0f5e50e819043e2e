/**
 * One piece of template source, as Django's Lexer cuts it: literal text, a
 * `{{ variable }}`, a `{% block tag %}` or a `{# comment #}`. For tags, `contents`
 * is the inside with surrounding whitespace stripped.
 */
export interface Token {
  readonly type: "text" | "var" | "block" | "comment";
  readonly contents: string;
  /** 1-based line where the token starts. */
  readonly line: number;
}
