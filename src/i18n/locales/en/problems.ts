import { SETTINGS_PROBLEMS } from "../../../engine/conf/settingsProblems.ts";
import { SCENARIO_PROBLEMS } from "../../../scenario/scenarioProblems.ts";
import { SETTINGS_PY_PROBLEMS } from "../../../server/settingsPy/settingsPyProblems.ts";

/** Why a scenario or a setting is refused: the English is the CLI's own (one home for the words). */
export default {
  settings: SETTINGS_PROBLEMS,
  scenario: SCENARIO_PROBLEMS,
  settingsPy: SETTINGS_PY_PROBLEMS,
} as const;
