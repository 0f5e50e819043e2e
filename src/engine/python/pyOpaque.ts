/** The Python types a view's bridge hands over as opaque objects (src/server/python). */
export const PY_OPAQUE_TYPES = [
  "datetime",
  "timedelta",
  "set",
  "frozenset",
  "bytes",
  "bytearray",
  "Decimal",
  // Any other object (an instance of the learner's own class): `value` is its type's name.
  "object",
] as const;

/**
 * A Python object that JSON cannot hold, put in the session by a view run as
 * Python (a datetime, a set, bytes, a Decimal, ...). The engine keeps it as
 * it is, so the cache engine (Django's pickles the session) stores it and
 * hands it back, while encoding a session for the database, a file or a
 * signed cookie refuses it, as Django's JSONSerializer does. `value` is what
 * the bridge needs to give Python the same object back.
 */
export interface PyOpaque {
  readonly pyOpaque: (typeof PY_OPAQUE_TYPES)[number];
  readonly value: unknown;
}

/** Plain-object shaped, not a class: a structured clone (the cache's copy, IndexedDB) keeps it. */
export function isPyOpaque(v: unknown): v is PyOpaque {
  if (typeof v !== "object" || v === null || v instanceof Map || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  return (
    (PY_OPAQUE_TYPES as readonly unknown[]).includes(o.pyOpaque) &&
    "value" in o &&
    Object.keys(o).length === 2
  );
}
