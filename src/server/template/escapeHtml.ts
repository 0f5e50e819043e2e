const REPLACEMENTS: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#x27;",
};

/** Django's escape() (Python's html.escape): exactly these five characters, `'` as `&#x27;`. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => REPLACEMENTS[ch] ?? ch);
}
