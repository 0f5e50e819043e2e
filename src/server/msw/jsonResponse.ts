import { HttpResponse } from "msw";

const utf8 = new TextEncoder();

/**
 * `body` as a JSON response, as MSW's HttpResponse.json makes it, but with its
 * Content-Length counted here: HttpResponse.json measures it with `new Blob()`,
 * which Chromium registers with the browser process through a synchronous IPC,
 * about 0.6 ms of every step on a busy machine.
 */
export function jsonResponse(body: unknown, status = 200): Response {
  const text = JSON.stringify(body);
  return new HttpResponse(text, {
    status,
    headers: {
      "content-type": "application/json",
      "content-length": String(utf8.encode(text).byteLength),
    },
  });
}
