import i18next, { type TFunction } from "i18next";
import { useSyncExternalStore } from "react";

const subscribe = (onChange: () => void) => {
  i18next.on("languageChanged", onChange);
  return () => i18next.off("languageChanged", onChange);
};
const language = () => i18next.language;

/** Options JSON.stringify writes faithfully: strings, finite numbers, booleans. */
const isPlain = (options: unknown): options is Record<string, string | number | boolean> =>
  typeof options === "object" &&
  options !== null &&
  Object.values(options).every(
    (v) =>
      typeof v === "string" ||
      typeof v === "boolean" ||
      (typeof v === "number" && Number.isFinite(v)),
  );

/** Past this many remembered strings per language and namespace, start again (values like a clock make new ones). */
const CACHE_LIMIT = 2000;

/**
 * `t` remembering what it returned. The resources never change while the
 * app runs, so a key with the same plain options always gives the same
 * string; i18next works it out again on every call (key parsing, plurals,
 * interpolation), and the panels re-render with every step.
 */
function memoT(raw: TFunction): TFunction {
  const cache = new Map<string, unknown>();
  const t = ((key: string | string[], options?: unknown) => {
    if (typeof key !== "string" || (options !== undefined && !isPlain(options)))
      return raw(key, options as never);
    const id = options === undefined ? key : `${key}\u0000${JSON.stringify(options)}`;
    let out = cache.get(id);
    if (out === undefined) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      out = raw(key, options as never);
      cache.set(id, out);
    }
    return out;
  }) as TFunction;
  // <Trans t={t}> reads the namespace and language off the function, as i18next's own t carries them.
  const { lng, ns, keyPrefix } = raw as TFunction & {
    lng: string;
    ns: unknown;
    keyPrefix: unknown;
  };
  return Object.assign(t, { lng, ns, keyPrefix });
}

/** One remembering `t` per language and namespace, shared by every component (a new timeline row too). */
const shared = new Map<string, TFunction>();

/**
 * The app's translation hook: `t` for the namespace(s) in the current
 * language (re-rendering when it changes), and the i18next instance.
 */
export function useT(ns: string | readonly string[]): { t: TFunction; i18n: typeof i18next } {
  const lng = useSyncExternalStore(subscribe, language);
  const id = `${lng}|${typeof ns === "string" ? ns : ns.join()}`;
  let t = shared.get(id);
  if (!t) shared.set(id, (t = memoT(i18next.getFixedT(lng, ns as string[]))));
  return { t, i18n: i18next };
}
