/** The file name a downloaded scenario gets. */
export const SCENARIO_FILE_NAME = "session-lab-scenario.json";

/** Saves a scenario's JSON text as a file, as the browser downloads one. */
export function downloadScenario(text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = SCENARIO_FILE_NAME;
  a.click();
  URL.revokeObjectURL(url);
}
