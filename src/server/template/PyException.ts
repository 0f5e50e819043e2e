/**
 * A Python exception that Django would raise while rendering (e.g. TypeError
 * "'int' object is not iterable"). Thrown by the Python-semantics helpers so that
 * `{% if %}` operators can swallow it exactly where Django's do, and so the final
 * error message can name the Python exception class.
 */
export class PyException extends Error {
  /** Python exception class name, e.g. "TypeError". */
  readonly pyType: string;

  constructor(pyType: string, message: string) {
    super(message);
    this.name = "PyException";
    this.pyType = pyType;
  }
}
