import { returnsValue } from "./opCatalog.ts";
import { pyDatetime, pyLiteral } from "./pyLiteral.ts";

/** How one op's result reads: a Python value, an exception, or "ran" for a statement. */
export type OpResultView =
  { kind: "value"; text: string } | { kind: "error"; name: string } | { kind: "done" };

/** The /ops/ view reports a raised exception as `{"error": "KeyError"}`. */
export function opError(result: unknown): string | null {
  if (typeof result !== "object" || result === null || Array.isArray(result)) return null;
  const keys = Object.keys(result);
  const name = (result as { error?: unknown }).error;
  return keys.length === 1 && typeof name === "string" && /^[A-Z]\w*$/.test(name) ? name : null;
}

export function opResultView(op: string, result: unknown): OpResultView {
  const error = opError(result);
  if (error) return { kind: "error", name: error };
  if (!returnsValue(op) && (result === null || result === undefined)) return { kind: "done" };
  if (op === "get_expiry_date" && typeof result === "object" && result && "datetime" in result)
    return { kind: "value", text: pyDatetime(String(result.datetime)) };
  if (op === "items" && Array.isArray(result)) {
    // list(request.session.items()) is a list of (key, value) tuples.
    const pairs = result.map((p) =>
      Array.isArray(p) ? `(${p.map(pyLiteral).join(", ")})` : pyLiteral(p),
    );
    return { kind: "value", text: `[${pairs.join(", ")}]` };
  }
  return { kind: "value", text: pyLiteral(result) };
}
