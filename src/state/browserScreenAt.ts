import { header } from "../server/wire.ts";
import { isNavigation, type TimelineEntry } from "./TimelineEntry.ts";

const isRedirect = (status: number) => status >= 300 && status < 400;

/** One request of a page load: the first one, then each redirect the browser followed. */
export interface PageHop {
  method: string;
  url: string;
  status: number;
  location: string | null;
}

export interface PageLoad {
  url: string;
  status: number;
  contentType: string;
  body: string;
  /** The whole chain, oldest first; the last hop is the page shown. */
  hops: PageHop[];
  /** The timeline index of the last hop: each load is a fresh page, even with the same body. */
  index: number;
  /** The timeline index of the first hop (the request the learner made). */
  first: number;
}

/** What a browser's window shows at a step. */
export type BrowserScreen =
  { kind: "blank" } | { kind: "closed"; step: number } | { kind: "page"; load: PageLoad };

const hopOf = (entry: TimelineEntry, browser: string): PageHop | null => {
  const { step, exchange } = entry;
  if (!("request" in step) || step.request.browser !== browser || !isNavigation(step) || !exchange)
    return null;
  return {
    method: exchange.request.method,
    url: exchange.request.url,
    status: exchange.response.status,
    location: header(exchange.response.headers, "location"),
  };
};

/**
 * What `browser` shows after step `upTo`: nothing yet, "closed", or the last
 * page it loaded with the redirects that led to it (the core runs each
 * followed redirect as the very next step) so the status line can say
 * "302 Found → /backend/". A light module: the UI imports it.
 */
export function browserScreenAt(
  timeline: readonly TimelineEntry[],
  browser: string,
  upTo = timeline.length - 1,
): BrowserScreen {
  for (let i = Math.min(upTo, timeline.length - 1); i >= 0; i--) {
    const { step, exchange } = timeline[i];
    if ("close_browser" in step && step.close_browser === browser)
      return { kind: "closed", step: i };
    const last = hopOf(timeline[i], browser);
    if (!last || !exchange) continue;
    const hops = [last];
    let first = i;
    for (let j = i - 1; j >= 0; j--) {
      const hop = hopOf(timeline[j], browser);
      if (!hop || !isRedirect(hop.status) || hop.location === null) break;
      if (new URL(hop.location, hop.url).href !== new URL(hops[0].url).href) break;
      hops.unshift(hop);
      first = j;
    }
    return {
      kind: "page",
      load: {
        url: exchange.request.url,
        status: exchange.response.status,
        contentType: header(exchange.response.headers, "content-type") ?? "",
        body: exchange.response.body,
        hops,
        index: i,
        first,
      },
    };
  }
  return { kind: "blank" };
}

/** The page a browser shows after step `upTo`, or null (blank or closed). */
export function pageOf(
  timeline: readonly TimelineEntry[],
  browser: string,
  upTo = timeline.length - 1,
): PageLoad | null {
  const screen = browserScreenAt(timeline, browser, upTo);
  return screen.kind === "page" ? screen.load : null;
}
