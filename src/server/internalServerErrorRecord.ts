import type { LogRecord } from "../engine/ports.ts";

/**
 * What Django's handler logs for a view that raised: "Internal Server Error: <path>", with the
 * exception (its traceback, in Django) on the lines below. TypeScript and Python views alike.
 */
export const internalServerErrorRecord = (
  path: string,
  name: string,
  message: string,
): LogRecord => ({
  logger: "django.request",
  level: "ERROR",
  message: `Internal Server Error: ${path}\n${name}: ${message}`,
});
