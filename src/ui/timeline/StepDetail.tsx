import { engineName } from "../../engine/conf/settings.ts";
import { useT } from "../../i18n/useT.ts";
import { settingsAt } from "../../state/settingsAt.ts";
import { usePlayground } from "../../state/usePlayground.ts";
import { stepKind } from "../../scenario/Scenario.ts";
import type { TimelineEntry } from "../../state/TimelineEntry.ts";
import type { TraceStep } from "../../scenario/Trace.ts";
import { pyLiteral } from "../ops/pyLiteral.ts";
import { utcTime } from "./duration.ts";
import { ExchangeView } from "./ExchangeView.tsx";
import { JarDiff, StoreDiff } from "./StateDiff.tsx";
import { StepChanges } from "./StepChanges.tsx";
import { StepLabel } from "./StepLabel.tsx";
import { stepSummary } from "./stepSummary.ts";

/** Everything about one step: the exchange (or what the step was), then the cookies and store it changed. */
export function StepDetail({
  index,
  total,
  entry,
  prev,
  cookieName,
}: {
  index: number;
  total: number;
  entry: TimelineEntry;
  prev: TraceStep | null;
  cookieName: string;
}) {
  const { t } = useT("timeline");
  const { step, trace, exchange } = entry;
  const kind = stepKind(step);
  // The engine in force at this step (a string: the detail re-renders only when it changes).
  const engine = usePlayground((s) => engineName(settingsAt(s.initialSettings, s.timeline, index)));
  return (
    // Focusable, so the keyboard can scroll a detail longer than its pane.
    <section
      className="step-detail"
      aria-label={t("detail.label", { step: index + 1 })}
      tabIndex={0}
    >
      <h3>
        {t("detail.heading", { step: index + 1, total })}{" "}
        <span className="muted">{utcTime(trace.now)}</span>
      </h3>
      {"request" in step && exchange ? (
        <ExchangeView
          request={step.request}
          exchange={exchange}
          trace={trace}
          prev={prev}
          cookieName={cookieName}
        />
      ) : (
        <>
          <p className="step-detail-what">
            <StepLabel step={step} trace={trace} />
          </p>
          {"settings" in step && (
            <ul className="mono settings-list">
              {Object.entries(step.settings).map(([name, value]) => (
                <li key={name}>
                  {name} = {pyLiteral(value)}
                </li>
              ))}
            </ul>
          )}
          {"manage" in step &&
            (trace.output ? (
              <pre className="wire">{trace.output}</pre>
            ) : (
              <p className="muted">{t("noOutput")}</p>
            ))}
          <p className="hint">
            {t(`explain.${kind}`, {
              now: utcTime(trace.now),
              engine: kind === "advance" ? t(`explain.advanceEngine.${engine}`) : "",
            })}
          </p>
        </>
      )}
      {entry.logs && (
        <>
          <h4>{t("detail.log")}</h4>
          <pre className="wire step-log">
            {entry.logs.map((r) => `${r.level} ${r.logger}: ${r.message}`).join("\n")}
          </pre>
          <p className="hint">{t("detail.logHint")}</p>
        </>
      )}
      <h4>{t("detail.changes")}</h4>
      <StepChanges items={stepSummary(entry, prev)} />
      <h4>{t("detail.store")}</h4>
      {entry.storeSkipped ? (
        <p className="muted">{t("detail.storeSkipped")}</p>
      ) : (
        <StoreDiff prev={prev} trace={trace} />
      )}
      <h4>{t("detail.jar")}</h4>
      <JarDiff prev={prev} trace={trace} />
    </section>
  );
}
