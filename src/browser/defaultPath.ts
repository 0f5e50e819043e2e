/**
 * RFC 6265 §5.1.4 default-path: the request path up to, not including, its last
 * "/"; "/" when that would leave nothing or the path does not start with "/".
 */
export function defaultPath(requestPath: string): string {
  if (!requestPath.startsWith("/")) return "/";
  const lastSlash = requestPath.lastIndexOf("/");
  return lastSlash === 0 ? "/" : requestPath.slice(0, lastSlash);
}
