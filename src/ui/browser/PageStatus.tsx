import { useT } from "../../i18n/useT.ts";
import type { PageLoad } from "../../state/browserScreenAt.ts";
import { DEMO_PAGES } from "./demoPages.ts";
import { statusText, statusTone } from "./statusText.ts";

const shortUrl = (url: string, base: string) => {
  const u = new URL(url, base);
  return u.origin === new URL(base).origin ? u.pathname + u.search : u.href;
};

/**
 * The page load as the network saw it: each request, its status, and the
 * redirects followed. A redirect not followed (yet) has no page to show: it
 * says so, and in the present `onFollow` lets the learner follow it.
 */
export function PageStatus({
  load,
  onFollow,
}: {
  load: PageLoad;
  onFollow?: (path: string) => void;
}) {
  const { t } = useT("browser");
  const loginForm = new URL(load.url).pathname === "/login/" && load.status === 200;
  const last = load.hops[load.hops.length - 1];
  // A page asked for without its final slash: startproject's CommonMiddleware would redirect a
  // GET (keeping the query); a POST it cannot redirect without losing the form.
  const asked = new URL(last.url);
  const slashed =
    last.status === 404 && DEMO_PAGES.includes(`${asked.pathname}/`)
      ? `${asked.pathname}/${asked.search}`
      : null;
  const safe = last.method === "GET" || last.method === "HEAD";
  const pending =
    last.location !== null && last.status >= 300 && last.status < 400
      ? new URL(last.location, last.url)
      : null;
  const samePending = pending && pending.origin === new URL(last.url).origin ? pending : null;
  return (
    <div className="browser-status">
      <div role="status" aria-label={t("status.label")}>
        <ol className="browser-hops">
          {load.hops.map((hop, i) => {
            const followed = i < load.hops.length - 1;
            return (
              <li key={i}>
                <span className="mono muted">
                  {hop.method} {shortUrl(hop.url, hop.url)}
                </span>{" "}
                <span className={`badge ${statusTone(hop.status)}`}>{statusText(hop.status)}</span>
                {hop.location !== null && hop.status >= 300 && hop.status < 400 && (
                  <>
                    {" → "}
                    <code>{shortUrl(hop.location, hop.url)}</code>{" "}
                    <span className="muted">
                      {followed ? t("status.followed") : t("status.notFollowed")}
                    </span>
                  </>
                )}
              </li>
            );
          })}
        </ol>
      </div>
      {pending && (
        <p className="hint browser-redirect">
          {t("status.redirectOnly", { location: shortUrl(pending.href, last.url) })}{" "}
          {onFollow && samePending && (
            <button
              type="button"
              onClick={() => onFollow(samePending.pathname + samePending.search)}
            >
              {t("status.follow", { location: samePending.pathname + samePending.search })}
            </button>
          )}
        </p>
      )}
      {slashed && (
        <p className="hint browser-slash">
          {t(safe ? "status.noSlash" : "status.noSlashPost", { location: slashed })}{" "}
          {onFollow && safe && (
            <button type="button" onClick={() => onFollow(slashed)}>
              {t("status.follow", { location: slashed })}
            </button>
          )}
        </p>
      )}
      {loginForm && last.method === "POST" && (
        <p className="hint browser-refused">{t("status.loginAgain")}</p>
      )}
      {loginForm && (
        <p className="hint browser-users">
          {/* The key ends with its separator: ": " in English, "：" in Chinese. */}
          {t("status.users")}
          <code>alice</code> / <code>alice123</code>, <code>bob</code> / <code>bob123</code>
        </p>
      )}
    </div>
  );
}
