import { useT } from "../../i18n/useT.ts";
import type { SetCookieOutcome } from "../../browser/setCookieOutcome.ts";

type Rejected = Extract<SetCookieOutcome, { kind: "rejected" }>;

/** The Set-Cookie lines the browser refused in the viewed step, each with why in plain words. */
export function RejectedCookies({
  browser,
  outcomes,
}: {
  browser: string;
  outcomes: readonly SetCookieOutcome[];
}) {
  const { t } = useT("cookies");
  const rejected = outcomes.filter((o): o is Rejected => o.kind === "rejected");
  if (rejected.length === 0) return null;
  return (
    <section className="cookie-rejected" role="status">
      <h3>{t("rejected.title", { count: rejected.length, name: browser })}</h3>
      <ul>
        {rejected.map((r, i) => (
          <li key={i}>
            <code className="cookie-header">Set-Cookie: {r.header}</code>
            <div>{t(`rejected.reason.${r.reason}`)}</div>
          </li>
        ))}
      </ul>
    </section>
  );
}
