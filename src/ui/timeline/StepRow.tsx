import { memo } from "react";
import { useT } from "../../i18n/useT.ts";
import { stepKind } from "../../scenario/Scenario.ts";
import type { TraceStep } from "../../scenario/Trace.ts";
import { header } from "../../server/wire.ts";
import type { TimelineEntry } from "../../state/TimelineEntry.ts";
import { opContextAt, opPython } from "../ops/opPython.ts";
import { StepChanges } from "./StepChanges.tsx";
import { STEP_ICON, StepLabel } from "./StepLabel.tsx";
import { stepSummary } from "./stepSummary.ts";
import { abbreviateCookieHeader } from "./wireHeaders.ts";

/**
 * One step in the list: what was done (for a request, as it went out, with the Cookie header
 * it carried), then what it changed; each wraps to more lines rather than lose its end.
 * Memoized: entries never change once recorded, and a long timeline re-renders on every step.
 */
export const StepRow = memo(function StepRow({
  index,
  entry,
  prev,
  cookieName,
}: {
  index: number;
  entry: TimelineEntry;
  prev: TraceStep | null;
  cookieName: string;
}) {
  const { t } = useT("timeline");
  const { step, trace, exchange } = entry;
  const kind = stepKind(step);
  const summary = stepSummary(entry, prev);
  let what;
  if ("request" in step) {
    const r = step.request;
    const url = exchange ? new URL(exchange.request.url) : null;
    const status = trace.status ?? 0;
    const ctx = opContextAt(r.browser, cookieName, prev);
    const sent = exchange && header(exchange.request.headers, "cookie");
    what = (
      <>
        <span className="step-main">
          <span className="badge step-browser" title={t("browser", { browser: r.browser })}>
            {r.browser}
          </span>
          <code className="step-request">
            {r.method} {url ? url.pathname + url.search : r.path}
          </code>
          <span className={`badge ${status >= 400 ? "bad" : status >= 300 ? "warn" : "ok"}`}>
            {status}
          </span>
          {r.ops && r.ops.length > 0 && (
            <code className="step-python">{r.ops.map((op) => opPython(op, ctx)).join("; ")}</code>
          )}
          <span className="step-cookie">
            {sent ? `→ Cookie: ${abbreviateCookieHeader(sent)}` : t("noCookieSent")}
          </span>
        </span>
        <span className="step-sub">
          <StepChanges items={summary} inline />
        </span>
      </>
    );
  } else {
    what = (
      <>
        <span className="step-main">
          <span className="step-label">
            <StepLabel step={step} trace={trace} />
          </span>
          {"manage" in step && (
            <span className="muted">{trace.output ? trace.output : t("noOutput")}</span>
          )}
        </span>
        <span className="step-sub">
          <StepChanges items={summary} inline />
        </span>
      </>
    );
  }
  return (
    <>
      <span className="step-index">{index + 1}</span>
      <span className={`step-icon step-${kind}`} aria-hidden="true">
        {STEP_ICON[kind]}
      </span>
      <span className="step-what">{what}</span>
    </>
  );
});
