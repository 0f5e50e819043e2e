/** A custom origin typed by hand ("http://localhost:8000"), or null when it is not one. */
export function parseOrigin(text: string): string | null {
  try {
    const url = new URL(text.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : null;
  } catch {
    return null;
  }
}
