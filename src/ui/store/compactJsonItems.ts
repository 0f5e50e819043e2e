import { sessionDataText } from "./sessionDataText.ts";

/**
 * compactJson's text cut into its top-level items, the opening bracket kept
 * with the first and the closing one with the last: joined with spaces they
 * are compactJson's text. The store table breaks its lines only between
 * them where it can, so that a key such as "_session_expiry" stays beside
 * its value.
 */
export function compactJsonItems(data: unknown): string[] {
  const lines = sessionDataText(data, 1).split("\n");
  // A scalar, or an empty dict or list: one line.
  if (lines.length === 1) return lines;
  const items: string[][] = [];
  for (const line of lines.slice(1, -1)) {
    // One space of indent starts a top-level item, unless it closes a nested dict or list.
    if (/^ [^ \]}]/.test(line)) items.push([]);
    items.at(-1)!.push(line.trim());
  }
  items[0].unshift(lines[0]);
  items.at(-1)!.push(lines.at(-1)!);
  return items.map((item) => item.join(" "));
}
