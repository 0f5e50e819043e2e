import { isPyFloat } from "./pyFloat.ts";
import { pyFloatRepr } from "./pyFloatRepr.ts";
import { isPyOpaque, type PyOpaque } from "./pyOpaque.ts";
import { hex, pyStrRepr } from "./pyStrRepr.ts";

/**
 * Python's repr() of an object a view run as Python put in the session
 * (`datetime.datetime(2026, 11, 29, 15, 0, tzinfo=datetime.timezone.utc)`,
 * `{1, 2}`, `b'abc'`, `Decimal('1.10')`), built from what the bridge carries
 * (src/server/python/djangoShimPy.ts): so the store panel shows the object a
 * learner would see in Django's shell, not the bridge's shape.
 */
export function pyOpaqueRepr({ pyOpaque: type, value }: PyOpaque): string {
  switch (type) {
    case "datetime":
      return datetimeRepr(String(value));
    case "timedelta":
      return timedeltaRepr(Math.round(Number(value) * 1e6));
    case "Decimal":
      return `Decimal(${pyStrRepr(String(value))})`;
    case "bytes":
      return bytesRepr(String(value));
    case "bytearray":
      return `bytearray(${bytesRepr(String(value))})`;
    case "object":
      // Python's default repr adds the module and an address the bridge does not carry.
      return `<${String(value)} object>`;
    case "set":
    case "frozenset": {
      const items = Array.isArray(value) ? value.map(itemRepr) : [];
      if (!items.length) return `${type}()`;
      return type === "set" ? `{${items.join(", ")}}` : `frozenset({${items.join(", ")}})`;
    }
  }
}

/** A set's element: hashable, so a list in it was a tuple. */
function itemRepr(v: unknown): string {
  if (v === null || v === undefined) return "None";
  if (typeof v === "boolean") return v ? "True" : "False";
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : pyFloatRepr(v);
  if (typeof v === "string") return pyStrRepr(v);
  if (isPyFloat(v)) return pyFloatRepr(v.valueOf());
  if (isPyOpaque(v)) return pyOpaqueRepr(v);
  if (Array.isArray(v)) {
    const items = v.map(itemRepr);
    return items.length === 1 ? `(${items[0]},)` : `(${items.join(", ")})`;
  }
  return String(v);
}

const ISO =
  /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d{6}))?(?:([+-])(\d\d):(\d\d)(?::(\d\d)(?:\.(\d{6}))?)?)?$/;

/**
 * As datetime.__repr__: second and microsecond only when not zero. The bridge
 * carries isoformat(), which keeps a fixed offset but not a zone's name, so
 * an aware datetime shows as datetime.timezone (as timezone.now() gives).
 */
function datetimeRepr(iso: string): string {
  const m = ISO.exec(iso);
  if (!m) return `datetime.datetime.fromisoformat(${pyStrRepr(iso)})`;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  const micro = Number(m[7] ?? 0);
  const parts = [year, month, day, hour, minute];
  if (second || micro) parts.push(second);
  if (micro) parts.push(micro);
  let out = `datetime.datetime(${parts.join(", ")}`;
  if (m[8]) {
    const sign = m[8] === "-" ? -1 : 1;
    const offset =
      sign *
      ((Number(m[9]) * 3600 + Number(m[10]) * 60 + Number(m[11] ?? 0)) * 1e6 + Number(m[12] ?? 0));
    out +=
      offset === 0
        ? ", tzinfo=datetime.timezone.utc"
        : `, tzinfo=datetime.timezone(${timedeltaRepr(offset)})`;
  }
  return `${out})`;
}

/** As timedelta.__repr__, from whole microseconds: days, then seconds and microseconds ≥ 0. */
function timedeltaRepr(micros: number): string {
  const days = Math.floor(micros / 86_400_000_000);
  const rest = micros - days * 86_400_000_000;
  const seconds = Math.floor(rest / 1e6);
  const microseconds = rest - seconds * 1e6;
  const parts = [
    days && `days=${days}`,
    seconds && `seconds=${seconds}`,
    microseconds && `microseconds=${microseconds}`,
  ].filter(Boolean);
  return `datetime.timedelta(${parts.length ? parts.join(", ") : "0"})`;
}

/** As bytes.__repr__ from the bridge's base64: printable ASCII as it is, the rest escaped. */
function bytesRepr(base64: string): string {
  const raw = atob(base64);
  const quote = raw.includes("'") && !raw.includes('"') ? '"' : "'";
  let out = `b${quote}`;
  for (const ch of raw) {
    const code = ch.charCodeAt(0);
    if (ch === quote || ch === "\\") out += `\\${ch}`;
    else if (ch === "\t") out += "\\t";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (code < 0x20 || code >= 0x7f) out += `\\x${hex(code, 2)}`;
    else out += ch;
  }
  return out + quote;
}
