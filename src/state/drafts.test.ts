// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { drafts, dropDraftsOnNewPlayground, hasCurrentDrafts } from "./drafts.ts";
import { testPlayground } from "./testPlayground.ts";

async function playground(unappliedEdits?: typeof hasCurrentDrafts) {
  const store = await testPlayground({ unappliedEdits });
  dropDraftsOnNewPlayground(store);
  return store;
}

const draft = (value: string) => ({ base: JSON.stringify("x"), value });

describe("unapplied edits", () => {
  it("are read from localStorage only when the tab holds the playground", async () => {
    localStorage.setItem(
      "session-lab.drafts",
      JSON.stringify({ state: { settings: {}, code: { "views.py": draft("# other tab") } } }),
    );
    // Loading the page does not read them: this tab may be waiting for another one.
    expect(drafts.getState().code).toEqual({});
    await drafts.persist.rehydrate();
    expect(drafts.getState().code).toEqual({ "views.py": draft("# other tab") });
    drafts.getState().drop("code");
  });

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

  it("make a share link ask before it replaces the playground, as steps and saved code do", async () => {
    const sharer = await playground();
    await sharer.getState().runOps([["set", "shared", true]]);
    const hash = new URL(sharer.getState().shareLink("http://localhost/")).hash;
    drafts.getState().drop("code");
    drafts.getState().drop("settings");
    const mine = await playground(hasCurrentDrafts);
    const views = mine.getState().code["views.py"];
    const mineDraft = { base: JSON.stringify(views), value: `${views}\n# mine` };
    drafts.getState().put("code", "views.py", mineDraft);
    await mine.getState().openShareLink(hash);
    expect(mine.getState().pendingShare).not.toBeNull();
    expect(drafts.getState().code).toEqual({ "views.py": mineDraft });
    mine.getState().keepPlayground();
    // A draft made over another views.py (saved since, in this tab or the other) no longer counts.
    drafts.getState().put("code", "views.py", draft("# made over an older views.py"));
    drafts.getState().put("settings", "SESSION_COOKIE_AGE", draft("60"));
    await mine.getState().openShareLink(hash);
    expect(mine.getState().pendingShare).toBeNull();
    expect(mine.getState().store[0].data).toEqual({ shared: true });
  });
});
