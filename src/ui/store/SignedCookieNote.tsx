import { useT } from "../../i18n/useT.ts";
import type { TraceCookie } from "../../scenario/Trace.ts";
import { compactJson } from "./compactJson.ts";
import { signedCookiePayload } from "./signedCookiePayload.ts";

/** For signed_cookies: there is no server-side store; the browser's cookie carries the session. */
export function SignedCookieNote({
  browser,
  cookieName,
  cookie,
}: {
  browser: string;
  cookieName: string;
  cookie: TraceCookie | null;
}) {
  const { t } = useT("store");
  const payload = cookie && signedCookiePayload(cookie.value);
  return (
    <section className="store-signed">
      <h3>{t("signed.heading")}</h3>
      <p>{t("signed.explain")}</p>
      {!payload ? (
        <p className="muted">{t("signed.none", { name: browser, cookie: cookieName })}</p>
      ) : (
        <div>
          {/* The key ends with its separator: ": " in English, "：" in Chinese. */}
          {t("signed.payload", { name: browser, cookie: cookieName })}
          {payload.kind === "json" ? (
            <code className="store-signed-json">{compactJson(payload.data)}</code>
          ) : (
            <span className="muted">{t(`signed.${payload.kind}`)}</span>
          )}
        </div>
      )}
    </section>
  );
}
