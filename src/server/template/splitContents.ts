import { smartSplit } from "./smartSplit.ts";

/**
 * Django's Token.split_contents: the words of a tag, with quoted strings kept
 * whole and a translated string `_("two words")` rejoined into one word.
 */
export function splitContents(contents: string): string[] {
  const words: string[] = [];
  const bits = smartSplit(contents);
  for (let i = 0; i < bits.length; i++) {
    let bit = bits[i] ?? "";
    if (bit.startsWith('_("') || bit.startsWith("_('")) {
      const sentinel = `${bit[2]})`;
      const parts = [bit];
      // Django raises a bare StopIteration when the closing quote never comes;
      // rejoining what is there lets the filter parser report it readably.
      while (!bit.endsWith(sentinel) && i + 1 < bits.length) {
        bit = bits[++i] ?? "";
        parts.push(bit);
      }
      bit = parts.join(" ");
    }
    words.push(bit);
  }
  return words;
}
