import { PythonError } from "../python/PythonError.ts";

/** Internal to Django's backends: save(must_create=True) found the key taken. */
export class CreateError extends PythonError {
  constructor() {
    super("CreateError", "");
  }
}

/** Internal to Django's backends: save() found the record gone. */
export class UpdateError extends PythonError {
  constructor() {
    super("UpdateError", "");
  }
}

/** Django's own text, which its handler logs (django.request) with the path after it. */
export const SESSION_INTERRUPTED_MESSAGE =
  "The request's session was deleted before the request completed. The user may have logged out in a concurrent request, for example.";

/** A BadRequest: the middleware answers 400. */
export class SessionInterrupted extends PythonError {
  constructor() {
    super("SessionInterrupted", SESSION_INTERRUPTED_MESSAGE);
  }
}

/** A SuspiciousOperation from the file engine's key check. */
export class InvalidSessionKey extends PythonError {
  constructor() {
    super("InvalidSessionKey", "Invalid characters in session key");
  }
}
