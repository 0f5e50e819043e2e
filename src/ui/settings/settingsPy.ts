import { DEFAULT_SETTINGS, SETTING_NAMES, type Settings } from "../../engine/conf/settings.ts";

const pad = (depth: number) => "    ".repeat(depth);

/** A JSON-like value as a Python literal: True / False / None, dicts over several lines. */
export function pyLiteral(value: unknown, depth = 0): string {
  if (value === null || value === undefined) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => pyLiteral(v, depth)).join(", ")}]`;
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return "{}";
  const lines = entries.map(
    ([k, v]) => `${pad(depth + 1)}${JSON.stringify(k)}: ${pyLiteral(v, depth + 1)},`,
  );
  return `{\n${lines.join("\n")}\n${pad(depth)}}`;
}

export const isDefault = (settings: Settings, name: keyof Settings) =>
  JSON.stringify(settings[name]) === JSON.stringify(DEFAULT_SETTINGS[name]);

/** The settings.py lines that give these settings: one per value that is not Django's default. */
export function settingsPy(settings: Settings): string {
  return SETTING_NAMES.filter((name) => !isDefault(settings, name))
    .map((name) => `${name} = ${pyLiteral(settings[name])}`)
    .join("\n");
}
