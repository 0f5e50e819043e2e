import { SESSION_INTERRUPTED_MESSAGE } from "../../engine/sessions/errors.ts";
import { useT } from "../../i18n/useT.ts";
import { usePlayground } from "../../state/usePlayground.ts";
import type { TimelineEntry } from "../../state/TimelineEntry.ts";
import { viewedIndex } from "../../state/viewedStep.ts";
import { StepChanges } from "../timeline/StepChanges.tsx";
import { stepSummary } from "../timeline/stepSummary.ts";
import { statusLine } from "../timeline/wireHeaders.ts";
import { opContextAt } from "./opPython.ts";
import { OpResultsTable } from "./OpResultsTable.tsx";

/** The step a Run recorded: each op's Python line and result, the response status, what changed. */
export function OpRunResult({ ran }: { ran: TimelineEntry }) {
  const { t } = useT("ops");
  const timeline = usePlayground((s) => s.timeline);
  const select = usePlayground((s) => s.select);
  const viewed = usePlayground((s) => viewedIndex(s));
  const cookieName = usePlayground((s) => s.settings.SESSION_COOKIE_NAME);
  // Found by its step (a replay keeps the step objects but records new entries). Gone after a
  // reset or a continue-from-earlier: the result no longer describes anything.
  const index = timeline.findIndex((e) => e.step === ran.step);
  const entry = timeline[index];
  if (!entry || !("request" in entry.step)) return null;
  const { browser, ops = [] } = entry.step.request;
  const results = entry.trace.results ?? [];
  const prev = index > 0 ? timeline[index - 1].trace : null;
  const ctx = opContextAt(browser, cookieName, prev);
  // The view catches each op's exception: a 500 comes after it, from the middleware. Django's
  // log says which ("Internal Server Error: /ops/" and the exception on the lines below).
  const serverError =
    (entry.trace.status ?? 0) >= 500
      ? (entry.logs ?? [])
          .find((r) => r.logger === "django.request" && r.level === "ERROR")
          ?.message.split("\n")
          .slice(1)
          .join(" ") || null
      : null;
  // A 400 that Django's log puts down to SessionInterrupted: the row went away during the request.
  const interrupted =
    entry.trace.status === 400 &&
    (entry.logs ?? []).some(
      (r) => r.logger === "django.request" && r.message.startsWith(SESSION_INTERRUPTED_MESSAGE),
    );
  return (
    <div className="ops-result stack">
      <div className="row">
        <strong>{t("result.title", { step: index + 1, browser })}</strong>
        <span className={`badge ${(entry.trace.status ?? 0) < 400 ? "ok" : "bad"}`}>
          {statusLine(entry.trace.status ?? 0).replace("HTTP/1.1 ", "")}
        </span>
        {viewed !== index && (
          <button type="button" onClick={() => select(index)}>
            {t("result.showStep")}
          </button>
        )}
      </div>
      <OpResultsTable ops={ops} results={results} ctx={ctx} />
      {serverError && (
        <p className="py-error" role="status">
          {t("result.failedAfter", { error: serverError })}
        </p>
      )}
      {interrupted && (
        <p className="py-error" role="status">
          {t("result.interrupted")}
        </p>
      )}
      <StepChanges items={stepSummary(entry, prev)} />
    </div>
  );
}
