/**
 * Makes two traces of one scenario comparable: session keys are random, so
 * each is replaced by its order of first appearance (`<key 1>`, `<key 2>`…),
 * and the store, which is sorted by raw key, is sorted again afterwards.
 */
import { jsonStringify } from "../../src/engine/python/jsonStringify.ts";

const KEY = /^[a-z0-9]{32}$/;

type Json = unknown;

interface TraceLike {
  steps: Record<string, Json>[];
}

function collect(value: Json, visit: (s: string) => void): void {
  if (typeof value === "string") visit(value);
  else if (Array.isArray(value)) value.forEach((v) => collect(v, visit));
  else if (value instanceof Map) {
    for (const k of [...value.keys()].sort()) collect(value.get(k), visit);
  } else if (value && typeof value === "object") {
    for (const k of Object.keys(value).sort()) collect((value as Record<string, Json>)[k], visit);
  }
}

function replace(value: Json, names: Map<string, string>): Json {
  if (typeof value === "string") return names.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => replace(v, names));
  // A dict pyJsonLoads read as a Map (to keep its order) stays one, and a boxed float a float.
  if (value instanceof Number) return value;
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, replace(v, names)]));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replace(v, names)]));
  }
  return value;
}

const sortKey = (entry: Json) =>
  jsonStringify([(entry as { backend: string }).backend, (entry as { key: string }).key, entry]);

export function normalizeTrace(trace: TraceLike): TraceLike {
  const names = new Map<string, string>();
  const name = (s: string) => {
    if (KEY.test(s) && !names.has(s)) names.set(s, `<key ${names.size + 1}>`);
  };
  for (const step of trace.steps) {
    // Everything but the store first: its order depends on the raw keys themselves.
    for (const field of ["results", "set_cookie", "jar"]) collect(step[field], name);
    const unnamed = ((step.store ?? []) as Record<string, Json>[])
      .filter((e) => KEY.test(e.key as string) && !names.has(e.key as string))
      .sort((a, b) => {
        const masked = (e: Record<string, Json>) => jsonStringify([e.backend, e.data, e.expires]);
        return masked(a) < masked(b) ? -1 : masked(a) > masked(b) ? 1 : 0;
      });
    unnamed.forEach((e) => name(e.key as string));
  }
  return {
    steps: trace.steps.map((step) => {
      const out = replace(step, names) as Record<string, Json>;
      out.store = [...((out.store ?? []) as Json[])].sort((a, b) =>
        sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0,
      );
      return out;
    }),
  };
}
