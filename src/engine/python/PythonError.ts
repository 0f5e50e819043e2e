/**
 * An exception as Python would raise it. `pythonName` is what a learner sees
 * (`KeyError`, `TypeError`, …) and what the /ops/ view reports for a failed op.
 */
export class PythonError extends Error {
  constructor(
    readonly pythonName: string,
    message: string,
  ) {
    super(message);
    this.name = pythonName;
  }
}

/** Python's `KeyError(key)`: its str() is the repr of the key. */
export function keyError(key: string): PythonError {
  return new PythonError("KeyError", `'${key}'`);
}
