/** django.utils.cache.patch_vary_headers, on the current header value (or null). */
export function patchVaryHeaders(current: string | null, add: readonly string[]): string {
  const headers = current ? current.split(/\s*,\s*/) : [];
  const existing = new Set(headers.map((h) => h.toLowerCase()));
  for (const h of add) if (!existing.has(h.toLowerCase())) headers.push(h);
  return headers.includes("*") ? "*" : headers.join(", ");
}
