import type { Exchange } from "../browser/SimBrowser.ts";
import type { LogRecord } from "../engine/ports.ts";
import type { Step } from "../scenario/Scenario.ts";
import type { TraceStep } from "../scenario/Trace.ts";

/** One step of the playground's history: what was done, the exchange, and the state after it. */
export interface TimelineEntry {
  step: Step;
  trace: TraceStep;
  exchange?: Exchange;
  /** The trace's store was skipped because django_session was too big to copy each step. */
  storeSkipped?: boolean;
  /** What Django's loggers wrote during the step ("Session data corrupted", a 500's error…). */
  logs?: LogRecord[];
}

/** Steps never change once recorded; the browser pane asks about every one of them on every step. */
const navigation = new WeakMap<Step, boolean>();

/** A request to any path but /ops/ is a page load (the address bar and frame follow it). */
export function isNavigation(step: Step): boolean {
  let answer = navigation.get(step);
  if (answer === undefined) {
    answer =
      "request" in step && new URL(step.request.origin + step.request.path).pathname !== "/ops/";
    navigation.set(step, answer);
  }
  return answer;
}
