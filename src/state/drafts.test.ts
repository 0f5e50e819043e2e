// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { webCryptoHmac } from "../adapters/webCryptoHmac.ts";
import { memoryFileSystem } from "../engine/storage/memoryFileSystem.ts";
import { memorySessionTable } from "../engine/storage/memorySessionTable.ts";
import { createPlayground } from "./createPlayground.ts";
import { drafts, dropDraftsOnNewPlayground } from "./drafts.ts";

async function playground() {
  const store = createPlayground({
    hmac: webCryptoHmac(),
    db: memorySessionTable(),
    fs: memoryFileSystem(),
    transport: (server) => (r) => server.handle(r),
    load: async () => undefined,
    save: async () => undefined,
    wallClock: () => Date.UTC(2026, 0, 1),
  });
  dropDraftsOnNewPlayground(store);
  await store.getState().init();
  return store;
}

const draft = (value: string) => ({ base: JSON.stringify("x"), value });

describe("unapplied edits", () => {
  it("are kept in localStorage, so a reload finds them", () => {
    drafts.getState().put("code", "views.py", draft("# mine"));
    expect(JSON.parse(localStorage.getItem("session-lab.drafts")!).state.code).toEqual({
      "views.py": draft("# mine"),
    });
  });

  it("survive steps, and go with a reset or an import", async () => {
    const store = await playground();
    drafts.getState().put("code", "views.py", draft("# mine"));
    drafts.getState().put("settings", "SESSION_COOKIE_AGE", draft("60"));
    await store.getState().advance(60);
    expect(Object.keys(drafts.getState().code)).toEqual(["views.py"]);
    await store.getState().reset();
    expect(drafts.getState().code).toEqual({});
    expect(drafts.getState().settings).toEqual({});

    drafts.getState().put("code", "views.py", draft("# mine"));
    await store.getState().importScenario(store.getState().exportScenario());
    expect(drafts.getState().code).toEqual({});
  });
});
