import { parseSettingsPy } from "./parseSettingsPy.ts";
import { pythonLiteral } from "./pythonLiteral.ts";

/**
 * settings.py with NAME set to `value`: the assignment is rewritten where it
 * stands (all its lines, for a dict), or appended; comments elsewhere stay.
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
  // Keep a comment that trails the assignment's last line.
  const trailing = /\s+#.*$/.exec(lines[last - 1])?.[0] ?? "";
  lines.splice(first - 1, last - first + 1, line + (first === last ? trailing : ""));
  return lines.join("\n");
}
