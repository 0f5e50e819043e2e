import { useT } from "../../i18n/useT.ts";
import { stepKind, type Step } from "../../scenario/Scenario.ts";
import type { TraceStep } from "../../scenario/Trace.ts";
import { pyLiteral } from "../ops/pyLiteral.ts";
import { durationParts } from "./duration.ts";

/** A small symbol per kind of step, beside its label. */
export const STEP_ICON: Record<ReturnType<typeof stepKind>, string> = {
  request: "⇄",
  advance: "◷",
  close_browser: "✕",
  restart_server: "↻",
  settings: "⚙",
  manage: "$",
  edit_cookie: "✎",
};

/** `SESSION_COOKIE_AGE = 60, SESSION_ENGINE = '…'`: a settings step as Python assignments. */
export const settingsText = (changes: Record<string, unknown>) =>
  Object.entries(changes)
    .map(([name, value]) => `${name} = ${pyLiteral(value)}`)
    .join(", ");

/** What a step other than a request was, in a few words (a request is shown by its request line). */
export function StepLabel({ step, trace }: { step: Step; trace: TraceStep }) {
  const { t } = useT("timeline");
  if ("advance" in step) {
    const duration = durationParts(step.advance)
      .map(({ unit, n }) => t(`units.${unit}`, { n, count: n }))
      .join(" ");
    // The time alone after +1 min; with the date once the day changed ("+14 d → now 13:26:04"
    // would read as if nothing moved).
    const before = new Date(Date.parse(trace.now) - step.advance * 1000).toISOString();
    const now =
      before.slice(0, 10) === trace.now.slice(0, 10)
        ? trace.now.slice(11, 19)
        : `${trace.now.slice(0, 10)} ${trace.now.slice(11, 19)}`;
    return <>{t("kinds.advance", { duration, now })}</>;
  }
  if ("close_browser" in step)
    return <>{t("kinds.close_browser", { browser: step.close_browser })}</>;
  if ("restart_server" in step) return <>{t("kinds.restart_server")}</>;
  if ("settings" in step)
    return (
      <>
        {/* The key ends with its separator: ": " in English, "：" in Chinese. */}
        {t("kinds.settings")}
        <code>{settingsText(step.settings)}</code>
      </>
    );
  if ("manage" in step) return <code>python manage.py {step.manage}</code>;
  if ("edit_cookie" in step) {
    const { browser, name, value } = step.edit_cookie;
    if (value === null) return <>{t("kinds.edit_cookie.delete", { browser, name })}</>;
    if (typeof value === "object")
      return <>{t("kinds.edit_cookie.copy", { browser, name, from: value.cookie })}</>;
    return <>{t("kinds.edit_cookie.set", { browser, name, value: pyLiteral(value) })}</>;
  }
  return null;
}
