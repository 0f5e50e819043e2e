import { parseSettingsPy } from "./parseSettingsPy.ts";
import { pythonLiteral } from "./pythonLiteral.ts";

/**
 * settings.py with NAME set to `value`: the assignment is rewritten where it
 * stands (all its lines, for a dict), or appended; comments on other lines stay.
 */
export function updateSettingsPy(source: string, name: string, value: unknown): string {
  const line = `${name} = ${pythonLiteral(value)}`;
  const span = parseSettingsPy(source).lines[name];
  const lines = source.split("\n");
  if (!span) {
    const body = source.endsWith("\n") || source === "" ? source : `${source}\n`;
    return `${body}${line}\n`;
  }
  const [first, last] = span;
  // A comment trailing the old value described that value: it goes with it.
  lines.splice(first - 1, last - first + 1, line);
  return lines.join("\n");
}
