/** django.utils.cache.patch_vary_headers, on the current header value (or null). */
export function patchVaryHeaders(current: string | null, add: readonly string[]): string {
  // An empty header still splits into one empty name, as Django's regex split does.
  const headers = current !== null ? current.split(/\s*,\s*/) : [];
  const existing = new Set(headers.map((h) => h.toLowerCase()));
  for (const h of add) if (!existing.has(h.toLowerCase())) headers.push(h);
  return headers.includes("*") ? "*" : headers.join(", ");
}
