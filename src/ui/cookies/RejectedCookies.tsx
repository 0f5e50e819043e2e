import { useT } from "../../i18n/useT.ts";
import type { SetCookieOutcome } from "../../browser/setCookieOutcome.ts";
import type { LoadOutcome } from "./loadOutcomes.ts";

type Rejected = { step: number; outcome: Extract<SetCookieOutcome, { kind: "rejected" }> };

/**
 * The Set-Cookie lines the browser refused in the viewed step (or on its way
 * to the page it shows), each with the step that carried it and why, in plain words.
 */
export function RejectedCookies({
  browser,
  outcomes,
}: {
  browser: string;
  outcomes: readonly LoadOutcome[];
}) {
  const { t } = useT("cookies");
  const rejected = outcomes.filter((o): o is Rejected => o.outcome.kind === "rejected");
  if (rejected.length === 0) return null;
  return (
    <section className="cookie-rejected" role="status">
      <h3>{t("rejected.title", { count: rejected.length, name: browser })}</h3>
      <ul>
        {rejected.map(({ step, outcome }, i) => (
          <li key={i}>
            <span className="muted">{t("rejected.step", { step: step + 1 })}</span>{" "}
            <code className="cookie-header">Set-Cookie: {outcome.header}</code>
            <div>{t(`rejected.reason.${outcome.reason}`)}</div>
          </li>
        ))}
      </ul>
    </section>
  );
}
