/** Where a click or a form in the simulated page leads. */
export type PageTarget =
  | { kind: "page"; origin: string; path: string }
  /** Another site (or a scheme such as mailto:): the simulated browser only visits its own site. */
  | { kind: "external"; url: string }
  /** A link to a spot on the same page: nothing to load. */
  | { kind: "fragment" };

/**
 * Resolves an href as written in the page against the page's URL. (The frame
 * is a srcdoc document, so the browser's own resolution would use the app's
 * URL instead of the simulated page's.)
 */
export function resolveLink(href: string, pageUrl: string): PageTarget {
  const raw = href.trim();
  if (raw.startsWith("#")) return { kind: "fragment" };
  let url: URL;
  try {
    url = new URL(raw, pageUrl);
  } catch {
    return { kind: "external", url: raw };
  }
  const page = new URL(pageUrl);
  if ((url.protocol !== "http:" && url.protocol !== "https:") || url.origin !== page.origin)
    return { kind: "external", url: url.href };
  if (raw !== "" && url.pathname + url.search === page.pathname + page.search && url.hash)
    return { kind: "fragment" };
  return { kind: "page", origin: url.origin, path: url.pathname + url.search };
}

/**
 * Where a form submits, as HTML decides: the action (the page itself when
 * empty) and the method (GET unless "post"). A GET form replaces the action's
 * query string with its fields, so the action's own query is dropped.
 */
export function formTarget(
  action: string | null,
  method: string | null,
  pageUrl: string,
): { method: "GET" | "POST"; target: PageTarget } {
  const m = method?.trim().toLowerCase() === "post" ? "POST" : "GET";
  const target = resolveLink(action?.trim() ? action : pageUrl, pageUrl);
  if (m === "GET" && target.kind === "page") target.path = target.path.replace(/\?.*$/, "");
  return { method: m, target: target.kind === "fragment" ? resolveLink(pageUrl, pageUrl) : target };
}
