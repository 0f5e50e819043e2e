/** A JSON-like value written as Python source: 'strings', True/False/None, dicts over lines. */
export function pythonLiteral(value: unknown, indent = ""): string {
  if (value === null || value === undefined) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") {
    const q = value.includes("'") && !value.includes('"') ? '"' : "'";
    const body = value
      .replace(/\\/g, "\\\\")
      .replace(new RegExp(q, "g"), `\\${q}`)
      .replace(/\n/g, "\\n");
    return q + body + q;
  }
  if (Array.isArray(value)) return `[${value.map((v) => pythonLiteral(v, indent)).join(", ")}]`;
  const entries = Object.entries(value as Record<string, unknown>);
  if (!entries.length) return "{}";
  const inner = `${indent}    `;
  return `{\n${entries.map(([k, v]) => `${inner}${pythonLiteral(k)}: ${pythonLiteral(v, inner)},`).join("\n")}\n${indent}}`;
}
