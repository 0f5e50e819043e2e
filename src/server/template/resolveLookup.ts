import { isPyFloat } from "../../engine/python/pyFloat.ts";
import { Context } from "./Context.ts";
import { DictView } from "./DictView.ts";
import { PyTuple } from "./PyTuple.ts";
import { SafeString } from "./SafeString.ts";
import { VariableDoesNotExist } from "./VariableDoesNotExist.ts";
import { dictEntries } from "./dictEntries.ts";
import { isPlainObject } from "./isPlainObject.ts";
import { pyStrip } from "./pyStrip.ts";
import { PY_WHITESPACE } from "./pyWhitespace.ts";

type Found = { value: unknown; owner?: unknown };

/**
 * Django's Variable._resolve_lookup for `a.b.c`: each step tries a dict key,
 * then an attribute, then a list index, and calls what it finds if it is
 * callable. Throws VariableDoesNotExist when a step finds nothing.
 *
 * What counts as an attribute follows Python: dicts offer items/keys/values/copy,
 * lists copy, strings a few zero-argument methods, class instances their JS
 * properties. `{{ list.length }}` is missing, as in Django. Methods that would
 * mutate (`d.clear`, `l.pop`) are not offered, although Django would call them.
 */
export function resolveLookup(context: Context, bits: readonly string[]): unknown {
  const [first = "", ...rest] = bits;
  const top = context.lookup(first);
  if (!top) throw new VariableDoesNotExist(first, context);
  let current = callIfCallable(top.value, undefined);
  for (const bit of rest) {
    const found =
      lookupKey(current, bit) ?? lookupAttribute(current, bit) ?? lookupIndex(current, bit);
    if (!found) throw new VariableDoesNotExist(bit, current);
    current = callIfCallable(found.value, found.owner);
  }
  return current;
}

function lookupKey(current: unknown, bit: string): Found | undefined {
  if (current instanceof Map) {
    return current.has(bit) ? { value: orNone(current.get(bit)) } : undefined;
  }
  if (isPlainObject(current) && Object.hasOwn(current, bit) && current[bit] !== undefined) {
    return { value: current[bit] };
  }
  return undefined;
}

function lookupAttribute(current: unknown, bit: string): Found | undefined {
  const entries = dictEntries(current);
  if (entries) return bit === "copy" ? { value: copyDict(current) } : dictMethod(entries, bit);
  if (Array.isArray(current)) return bit === "copy" ? { value: [...current] } : undefined;
  if (typeof current === "string" || current instanceof SafeString) {
    const method = Object.hasOwn(STRING_METHODS, bit) ? STRING_METHODS[bit] : undefined;
    // Python's str methods return plain str, even on a SafeString.
    return method ? { value: method(String(current)) } : undefined;
  }
  if (isPythonObject(current) && bit in current && !isBuiltinMember(current, bit)) {
    return { value: orNone((current as Record<string, unknown>)[bit]), owner: current };
  }
  return undefined;
}

function lookupIndex(current: unknown, bit: string): Found | undefined {
  // Python's int(): digits with optional single underscores between them.
  if (!/^\d+(?:_\d+)*$/.test(bit)) return undefined;
  const index = Number(bit.replaceAll("_", ""));
  const sequence = Array.isArray(current)
    ? current
    : current instanceof PyTuple
      ? current.items
      : typeof current === "string" || current instanceof SafeString
        ? [...String(current)]
        : undefined;
  if (sequence) return index < sequence.length ? { value: orNone(sequence[index]) } : undefined;
  if (current instanceof Map && current.has(index)) return { value: orNone(current.get(index)) };
  return undefined;
}

function copyDict(dict: unknown): unknown {
  return dict instanceof Map ? new Map(dict) : { ...(dict as Record<string, unknown>) };
}

function dictMethod(entries: Array<[unknown, unknown]>, bit: string): Found | undefined {
  switch (bit) {
    case "items":
      return {
        value: new DictView(
          "dict_items",
          entries.map(([k, v]) => new PyTuple([k, v])),
        ),
      };
    case "keys":
      return {
        value: new DictView(
          "dict_keys",
          entries.map(([k]) => k),
        ),
      };
    case "values":
      return {
        value: new DictView(
          "dict_values",
          entries.map(([, v]) => v),
        ),
      };
    default:
      return undefined;
  }
}

const PY_SPACE_RUN_START = new RegExp(`^[${PY_WHITESPACE}]+`, "u");
const PY_SPACE_RUN_END = new RegExp(`[${PY_WHITESPACE}]+$`, "u");

/** Python str methods that take no argument and so can be called from a template. */
const STRING_METHODS: Record<string, (text: string) => string> = {
  upper: (text) => text.toUpperCase(),
  lower: (text) => text.toLowerCase(),
  strip: pyStrip,
  lstrip: (text) => text.replace(PY_SPACE_RUN_START, ""),
  rstrip: (text) => text.replace(PY_SPACE_RUN_END, ""),
  capitalize: (text) => {
    const [head = "", ...tail] = [...text];
    return head.toUpperCase() + tail.join("").toLowerCase();
  },
  title: (text) => {
    let previousCased = false;
    let out = "";
    for (const ch of text) {
      out += previousCased ? ch.toLowerCase() : ch.toUpperCase();
      previousCased = ch.toLowerCase() !== ch.toUpperCase();
    }
    return out;
  },
};

/** Class instances and other non-container objects: their properties act as attributes. */
function isPythonObject(value: unknown): value is object {
  if (typeof value !== "object" || value === null || isPyFloat(value)) return false;
  return !(Array.isArray(value) || value instanceof PyTuple || value instanceof DictView);
}

/** Members every JS object inherits (toString, constructor, ...) are not template attributes. */
function isBuiltinMember(value: object, bit: string): boolean {
  return bit in Object.prototype && !Object.hasOwn(value, bit);
}

function orNone(value: unknown): unknown {
  return value === undefined ? null : value;
}

type TemplateCallable = ((...args: unknown[]) => unknown) & {
  do_not_call_in_templates?: unknown;
  alters_data?: unknown;
};

/**
 * Django calls what a lookup finds when it is callable, with no arguments. A
 * function that needs arguments, or is flagged `alters_data`, gives Django's
 * string_if_invalid (""); one flagged `do_not_call_in_templates` stays as is.
 */
function callIfCallable(value: unknown, owner: unknown): unknown {
  if (typeof value !== "function") return value;
  const fn = value as TemplateCallable;
  if (fn.do_not_call_in_templates) return value;
  if (fn.alters_data || fn.length > 0) return "";
  return orNone(fn.call(owner));
}
