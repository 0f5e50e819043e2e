/** http.cookies._unquote: strips the quotes and undoes \\-escapes and \\ooo octal escapes. */
function unquote(value: string): string {
  if (value.length < 2 || !value.startsWith('"') || !value.endsWith('"')) return value;
  return value
    .slice(1, -1)
    .replace(/\\([0-3][0-7][0-7])|\\(.)/g, (_, oct: string | undefined, ch: string | undefined) =>
      oct ? String.fromCharCode(parseInt(oct, 8)) : (ch as string),
    );
}

/**
 * django.http.cookie.parse_cookie: split on ";", then at the first "=";
 * the last duplicate wins (a Map keeps the first position, like a dict).
 */
export function parseCookie(header: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const chunk of header.split(";")) {
    const eq = chunk.indexOf("=");
    const key = (eq >= 0 ? chunk.slice(0, eq) : "").trim();
    const val = (eq >= 0 ? chunk.slice(eq + 1) : chunk).trim();
    if (key || val) out.set(key, unquote(val));
  }
  return out;
}
