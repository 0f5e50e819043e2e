import type { RequestHandler } from "msw";
import { indexedDbFileSystem } from "../adapters/indexedDbFileSystem.ts";
import { indexedDbSavedPlayground } from "../adapters/indexedDbSavedPlayground.ts";
import { indexedDbSessionTable } from "../adapters/indexedDbSessionTable.ts";
import { openSessionLabDb } from "../adapters/openSessionLabDb.ts";
import { nobleHmac } from "../adapters/nobleHmac.ts";
import { webCryptoHmac } from "../adapters/webCryptoHmac.ts";
import type { DjangoServer } from "../server/DjangoServer.ts";
import { directTransport } from "../server/msw/directTransport.ts";
import { fetchTransport } from "../server/msw/fetchTransport.ts";
import { sessionLabHandlers } from "../server/msw/sessionLabHandlers.ts";
import type { Transport } from "../server/wire.ts";
import { PythonViews } from "../server/python/PythonViews.ts";
import { afterPaint, stopWaitingForPaint } from "./afterPaint.ts";
import { createPlayground } from "./createPlayground.ts";
import { drafts, dropDraftsOnNewPlayground, hasCurrentDrafts } from "./drafts.ts";
import { uiPrefs } from "./uiPrefs.ts";
import { isShareHash } from "./shareLink.ts";

export type TransportKind = "service-worker" | "direct";

/**
 * Wires the playground for a real browser: tables in IndexedDB, HMAC in Web
 * Crypto, requests through MSW's service worker — or, where the page has no
 * service worker (plain http on a LAN address), the same handlers called
 * directly.
 */
export async function bootPlayground(dbName = "session-lab") {
  const db = await openSessionLabDb(dbName);
  let current: DjangoServer | null = null;
  const handlers: RequestHandler[] = sessionLabHandlers((request) => {
    if (!current) throw new Error("the simulated server is not running");
    return current.handle(request);
  });
  let kind: TransportKind = "direct";
  let transport: Transport = directTransport(handlers, location.origin);
  if ("serviceWorker" in navigator && window.isSecureContext) {
    try {
      const { setupWorker } = await import("msw/browser");
      await setupWorker(...handlers).start({
        serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
        onUnhandledRequest: "bypass",
        quiet: true,
      });
      transport = fetchTransport(location.origin + import.meta.env.BASE_URL.replace(/\/$/, ""));
      kind = "service-worker";
    } catch {
      // Registration can fail (private mode, blocked workers): the direct path still works.
    }
  }
  const table = indexedDbSessionTable(db);
  const files = indexedDbFileSystem(db);
  const store = createPlayground({
    // crypto.subtle exists only in secure contexts; a page on a LAN address gets the JS fallback.
    hmac: globalThis.crypto?.subtle ? webCryptoHmac() : nobleHmac(),
    db: table,
    fs: files,
    transport: (server) => {
      current = server;
      return transport;
    },
    ...indexedDbSavedPlayground(db, [table, files]),
    afterRender: afterPaint,
    unappliedEdits: hasCurrentDrafts,
    python: (onEvent) =>
      new PythonViews(
        () =>
          new Worker(new URL("../server/python/pythonWorker.ts", import.meta.url), {
            type: "module",
          }),
        onEvent,
      ),
  });
  // This tab holds the playground now: what another tab saved until it closed is current.
  await Promise.all([drafts.persist.rehydrate(), uiPrefs.persist.rehydrate()]);
  dropDraftsOnNewPlayground(store);
  // A save waits for the next paint; a page being closed or reloaded gets no more paints.
  addEventListener("pagehide", stopWaitingForPaint);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") stopWaitingForPaint();
  });
  // A share link pasted into the tab the playground already runs in changes only the hash.
  addEventListener("hashchange", () => {
    const hash = location.hash;
    if (!isShareHash(hash)) return;
    // As at start: a reload must not open it again.
    history.replaceState(null, "", location.pathname + location.search);
    void store.getState().openShareLink(hash);
  });
  return { store, kind };
}
