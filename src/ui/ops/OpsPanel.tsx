import { useId, useRef } from "react";
import { engineName } from "../../engine/conf/settings.ts";
import { useT } from "../../i18n/useT.ts";
import { settingsAt } from "../../state/settingsAt.ts";
import type { Op } from "../../server/views/ops.ts";
import { usePlayground, usePlaygroundStore } from "../../state/usePlayground.ts";
import { runManageLine } from "../manage/manageTranscript.ts";
import { TranscriptEntryView } from "../manage/TranscriptEntryView.tsx";
import { usePastGuard } from "../timeline/usePastGuard.tsx";
import { ClearsessionsShortcut } from "./ClearsessionsShortcut.tsx";
import { OpBatch } from "./OpBatch.tsx";
import { CLEARSESSIONS } from "./opCatalog.ts";
import { OpEditor } from "./OpEditor.tsx";
import { OpList } from "./OpList.tsx";
import { OpRunResult } from "./OpRunResult.tsx";
import { useOpsUi } from "./opsUi.ts";
import "./ops.css";

/**
 * Every operation on request.session, with its arguments, the Python line it
 * stands for, and Run: the current browser sends POST /ops/ and the view runs
 * it. Ops can also be queued to go together in one request.
 */
export function OpsPanel() {
  const { t, i18n } = useT("ops");
  const playground = usePlaygroundStore();
  const selected = useOpsUi((s) => s.selected);
  const select = useOpsUi((s) => s.select);
  const last = useOpsUi((s) => s.last);
  const setLast = useOpsUi((s) => s.setLast);
  const addToBatch = useOpsUi((s) => s.addToBatch);
  const clearBatch = useOpsUi((s) => s.clearBatch);
  const cursor = usePlayground((s) => s.cursor);
  // The engine the op would run under: a run from a past step continues from that step.
  const signed = usePlayground(
    (s) =>
      engineName(
        s.cursor === null ? s.settings : settingsAt(s.initialSettings, s.timeline, s.cursor),
      ) === "signed_cookies",
  );
  // Read only while looking at the past (0 at the present), so a new step does not re-render the panel.
  const total = usePlayground((s) => (s.cursor === null ? 0 : s.timeline.length));
  const backToPresent = usePlayground((s) => s.select);
  // Running while looking at the past continues from there (later steps are discarded): ask first.
  const { guard: guardPast, prompt } = usePastGuard();
  const main = useRef<HTMLDivElement>(null);
  const explainId = useId();
  const result = useRef<HTMLElement>(null);
  // The pane is short: after a run, bring the result into view (scrolling no further than needed,
  // so the fields and Run stay in sight when they fit with it); after picking an op, its fields.
  const showResult = () =>
    requestAnimationFrame(() => result.current?.scrollIntoView({ block: "nearest" }));
  const pick = (op: string) => {
    select(op);
    main.current?.scrollTo({ top: 0 });
  };

  const runOps = (ops: Op[], fromBatch = false) =>
    guardPast(async () => {
      try {
        setLast({ entry: await playground.getState().runOps(ops) });
        if (fromBatch) clearBatch();
      } catch (e) {
        setLast({ error: e instanceof Error ? e.message : String(e) });
      }
      showResult();
    });

  const runClearsessions = () =>
    guardPast(async () => {
      const entry = await runManageLine(playground, "clearsessions");
      if (entry) setLast({ manage: entry });
      showResult();
    });

  return (
    <div className="ops" data-testid="ops-panel">
      <div className="ops-layout">
        <OpList selected={selected} onSelect={pick} />
        <div className="ops-main" ref={main}>
          {cursor !== null && (
            <div className="ops-past row" role="status">
              <span>{t("past", { step: cursor + 1, total, count: total - 1 - cursor })}</span>
              <button type="button" onClick={() => backToPresent(null)}>
                {t("backToPresent")}
              </button>
            </div>
          )}
          {selected === CLEARSESSIONS ? (
            <ClearsessionsShortcut onRun={runClearsessions} />
          ) : (
            <OpEditor
              op={selected}
              onRun={(ops) => runOps(ops)}
              onQueue={addToBatch}
              describedBy={explainId}
            />
          )}
          {prompt}
          <OpBatch onRun={(ops) => runOps(ops, true)} />
          <section
            ref={result}
            className="ops-last"
            aria-live="polite"
            aria-label={t("result.label")}
          >
            {last && "entry" in last && <OpRunResult ran={last.entry} />}
            {last && "manage" in last && (
              <div className="terminal ops-terminal">
                <TranscriptEntryView entry={last.manage} />
              </div>
            )}
            {last && "error" in last && (
              <p className="ops-error" role="alert">
                {t("result.failed", { message: last.error })}
              </p>
            )}
          </section>
          {/* Below the result, so a run's result shows right under Run without scrolling the
              fields away; before the first run it follows Run directly. */}
          {/* Under signed_cookies some ops do something else: their own text, not the general one. */}
          {selected !== CLEARSESSIONS &&
            (signed && i18n.exists(`ops:explainSigned.${selected}`) ? (
              <p id={explainId} className="ops-explain ops-explain-engine">
                {t(`explainSigned.${selected}`)}
              </p>
            ) : (
              <p id={explainId} className="ops-explain">
                {t(`explain.${selected}`)}
              </p>
            ))}
        </div>
      </div>
    </div>
  );
}
