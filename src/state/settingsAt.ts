import { applySettings, DEFAULT_SETTINGS, type Settings } from "../engine/conf/settings.ts";
import type { TimelineEntry } from "./TimelineEntry.ts";

/**
 * The settings in force after timeline step `upTo` (null: before any step):
 * Django's defaults, the scenario's initial settings, then every settings
 * step so far. Lets the panels show the viewed step as it was, not as it is.
 */
export function settingsAt(
  initialSettings: Record<string, unknown>,
  timeline: readonly TimelineEntry[],
  upTo: number | null,
): Settings {
  let settings = applySettings(DEFAULT_SETTINGS, initialSettings);
  for (let i = 0; upTo !== null && i <= upTo && i < timeline.length; i++) {
    const { step } = timeline[i];
    if ("settings" in step) settings = applySettings(settings, step.settings);
  }
  return settings;
}
