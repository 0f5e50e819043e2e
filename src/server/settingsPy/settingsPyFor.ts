import type { Settings } from "../../engine/conf/settings.ts";
import { DEFAULT_SETTINGS_PY } from "./defaultSettingsPy.ts";
import { parseSettingsPy } from "./parseSettingsPy.ts";
import { settingsFromPy } from "./settingsFromPy.ts";
import { updateSettingsPy } from "./updateSettingsPy.ts";

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * `source` (default: the tutorial's settings.py) rewritten so that it gives
 * `settings`: only the assignments whose values differ are touched.
 */
export function settingsPyFor(settings: Settings, source = DEFAULT_SETTINGS_PY): string {
  const current = settingsFromPy(source).settings;
  let out = source;
  for (const [name, value] of Object.entries(settings)) {
    const assigned = name in parseSettingsPy(out).values;
    if (!same(current?.[name as keyof Settings], value) || (!current && !assigned))
      out = updateSettingsPy(out, name, value);
  }
  return out;
}
