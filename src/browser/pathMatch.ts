/**
 * RFC 6265 §5.1.4: a request path matches a cookie path when they are equal, or
 * the cookie path is a prefix that ends in "/", or a prefix followed by "/" in
 * the request path (so "/app" matches "/app/x" but not "/apple").
 */
export function pathMatch(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith("/") || requestPath[cookiePath.length] === "/";
}
