/** A session dict on one line, as Django's JSON serializer writes it but with spaces for reading. */
export function compactJson(data: unknown): string {
  return JSON.stringify(data, null, 1)?.replace(/\n\s*/g, " ") ?? String(data);
}
