import { isPyFloat } from "./pyFloat.ts";
import { pyJsonLoads } from "./pyJsonLoads.ts";

/**
 * json.loads for session data: the session's dict is always a Map (the
 * session reads and writes it as one), in the text's key order; the values
 * inside are pyJsonLoads's (a Map only where a plain object would reorder).
 */
export function pyDictFromJson(text: string): unknown {
  const value = pyJsonLoads(text);
  if (
    value instanceof Map ||
    typeof value !== "object" ||
    value === null ||
    Array.isArray(value) ||
    isPyFloat(value)
  )
    return value;
  return new Map(Object.entries(value));
}
