import { sessionDataText } from "./sessionDataText.ts";

/** A session dict on one line, as Django's JSON serializer writes it but with spaces for reading. */
export function compactJson(data: unknown): string {
  return sessionDataText(data, 1).replace(/\n\s*/g, " ");
}
