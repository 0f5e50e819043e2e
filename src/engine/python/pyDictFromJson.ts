/**
 * The keys of a JSON text's top-level object, in the text's order. The text
 * has already been parsed by JSON.parse, so it is valid JSON.
 */
function topLevelKeys(text: string): string[] {
  const keys: string[] = [];
  let depth = 0;
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === "\\" ? 2 : 1;
      if (depth === 1 && expectKey) {
        keys.push(JSON.parse(text.slice(i, end + 1)) as string);
        expectKey = false;
      }
      i = end;
    } else if (c === "{" || c === "[") {
      depth++;
      if (depth === 1) expectKey = c === "{";
    } else if (c === "}" || c === "]") {
      depth--;
    } else if (c === "," && depth === 1) {
      expectKey = true;
    }
  }
  return keys;
}

/**
 * json.loads for session data: a top-level object becomes a Map in the text's
 * key order, as Python's dict keeps it. (A JavaScript object would put
 * integer-like keys such as "1" first, and the session would then be encoded
 * in another order than Django's.) A repeated key keeps its first place and
 * its last value, as in Python. Values inside keep JSON.parse's form.
 */
export function pyDictFromJson(text: string): unknown {
  const value: unknown = JSON.parse(text);
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const object = value as Record<string, unknown>;
  const dict = new Map<string, unknown>();
  for (const key of topLevelKeys(text)) {
    if (!dict.has(key)) dict.set(key, object[key]);
  }
  return dict;
}
