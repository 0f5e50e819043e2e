/**
 * A JSON value as a message shows it ("got ..."), cut to `limit` characters.
 * A value nested too deeply for JSON.stringify (it recurses) is named by its
 * kind instead: a message must never fail to be written.
 */
export function showValue(v: unknown, limit = Infinity): string {
  let text: string;
  try {
    text = JSON.stringify(v) ?? String(v);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    text = Array.isArray(v) ? "[...]" : "{...}";
  }
  return text.length > limit ? `${text.slice(0, limit - 3)}...` : text;
}
