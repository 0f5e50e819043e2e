/** What cookieRefFor needs of a simulated browser. */
interface HoldsCookies {
  jar: { valueFor(name: string, url: string): string | null };
}

/**
 * A value typed by hand that a browser holds right now, as the format's
 * reference to that browser (`{"cookie": "B"}`), else null. A session key is
 * random: an exported or shared scenario replays with new keys, so a pasted
 * key would match nothing there, where the reference gives the replay's own.
 * The reference resolves to the same value when the replay reaches the step,
 * so nothing else changes. `url` is where the reference is read (the
 * format's rule for each step kind); `except` a browser not to refer to.
 */
export function cookieRefFor(
  value: string,
  name: string,
  url: string,
  browsers: Iterable<[string, HoldsCookies]>,
  except?: string,
): { cookie: string } | null {
  for (const [browser, b] of browsers)
    if (browser !== except && b.jar.valueFor(name, url) === value) return { cookie: browser };
  return null;
}
