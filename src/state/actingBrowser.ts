import type { Step } from "../scenario/Scenario.ts";

/** The browser a step was taken in (a request, a hand edit, a close), else undefined. */
export function actingBrowser(step: Step): string | undefined {
  if ("request" in step) return step.request.browser;
  if ("edit_cookie" in step) return step.edit_cookie.browser;
  if ("close_browser" in step) return step.close_browser;
  return undefined;
}
