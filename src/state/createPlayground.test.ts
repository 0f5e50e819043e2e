import { describe, expect, it } from "vitest";
import { webCryptoHmac } from "../adapters/webCryptoHmac.ts";
import { memoryFileSystem } from "../engine/storage/memoryFileSystem.ts";
import { memorySessionTable } from "../engine/storage/memorySessionTable.ts";
import { pageOf } from "./browserScreenAt.ts";
import { HttpResponse } from "../server/http/HttpResponse.ts";
import { createPlayground, type PythonRuntime, type SavedPlayground } from "./createPlayground.ts";
import { shareLink } from "./shareLink.ts";

const hmac = webCryptoHmac();
const START = Date.UTC(2026, 0, 1);

/** A core on memory tables whose saves land in `box`; `deps` replaces any of its wiring. */
function playground(
  saved?: { value?: SavedPlayground },
  deps: Partial<Parameters<typeof createPlayground>[0]> = {},
) {
  const box = saved ?? {};
  const db = memorySessionTable();
  const fs = memoryFileSystem();
  const store = createPlayground({
    hmac,
    db,
    fs,
    transport: (server) => (r) => server.handle(r),
    load: async () => box.value && structuredClone(box.value),
    save: async (v) => void (box.value = structuredClone(v)),
    wallClock: () => START,
    ...deps,
  });
  return { store, box, db };
}

/** Step 1 taken in A, step 2 in B, step 3 a clock step; A in use. */
async function stepsOfTwoBrowsers(store: ReturnType<typeof playground>["store"]) {
  await store.getState().init();
  await store.getState().runOps([["set", "a", 1]], "A");
  store.getState().addBrowser("B");
  await store.getState().runOps([["set", "b", 1]], "B");
  await store.getState().advance(60);
  store.getState().switchBrowser("A");
}

describe("the playground core", () => {
  it("walks the tutorial: log in as alice, greeted, log out, sent back to login", async () => {
    const { store } = playground();
    const s = store.getState();
    await s.init();
    await s.navigate("/login/");
    await s.navigate("/login/", { method: "POST", form: { user: "alice", pwd: "alice123" } });
    let st = store.getState();
    expect(pageOf(st.timeline, "A")?.body).toContain("alice");
    expect(st.profiles[0].history).toEqual(["/login/", "/backend/"]);
    expect(st.store.map((e) => e.data)).toEqual([{ is_login: true, username: "alice" }]);
    await s.navigate("/logout/");
    st = store.getState();
    expect(new URL(pageOf(st.timeline, "A")!.url).pathname).toBe("/login/");
    await s.navigate("/backend/");
    expect(new URL(pageOf(store.getState().timeline, "A")!.url).pathname).toBe("/login/");
  });

  it("logs the learner out when set_expiry(10) is followed by 11 seconds", async () => {
    const { store } = playground();
    await store.getState().init();
    await store
      .getState()
      .navigate("/login/", { method: "POST", form: { user: "alice", pwd: "alice123" } });
    await store.getState().runOps([["set_expiry", 10]]);
    await store.getState().advance(11);
    await store.getState().navigate("/backend/");
    expect(new URL(pageOf(store.getState().timeline, "A")!.url).pathname).toBe("/login/");
  });

  it("survives a reload: a new core on the same saved state shows the same session", async () => {
    const first = playground();
    await first.store.getState().init();
    await first.store.getState().runOps([["set", "k", "v"]]);
    await first.store.getState().saved();
    const key = first.store.getState().store[0].key;
    const again = createPlayground({
      hmac,
      db: first.db,
      fs: memoryFileSystem(),
      transport: (server) => (r) => server.handle(r),
      load: async () => structuredClone(first.box.value),
      save: async () => {},
    });
    await again.getState().init();
    expect(again.getState().timeline).toHaveLength(1);
    expect(again.getState().jars.A[0].value).toBe(key);
    const entry = await again.getState().runOps([["get", "k"]]);
    expect(entry.trace.results).toEqual(["v"]);
  });

  it("saves after the step is on screen, once for several quick steps, and in turn with them", async () => {
    let rendered = () => {};
    const saves: number[] = [];
    const box: { value?: SavedPlayground } = {};
    const { store } = playground(box, {
      save: async (v) => {
        saves.push(v.timeline.length);
        box.value = structuredClone(v);
      },
      afterRender: () => new Promise<void>((resolve) => (rendered = resolve)),
    });
    await store.getState().init();
    await store.getState().runOps([["set", "a", 1]]);
    await store.getState().runOps([["set", "b", 2]]);
    expect(saves).toEqual([]);
    rendered();
    await store.getState().runOps([["set", "c", 3]]);
    rendered();
    await store.getState().saved();
    // The save waited for the step already under way: it holds all three, not two and a half,
    // and the third step's own request for a save found nothing left to write.
    expect(saves).toEqual([3]);
    expect(box.value!.lab.browsers[0][1]).toHaveLength(1);
  });

  it("says it is ready only once the live state is read", async () => {
    const table = memorySessionTable();
    let release = () => {};
    const slowCount = new Promise<void>((resolve) => (release = resolve));
    const { store } = playground(undefined, {
      db: { ...table, count: async () => (await slowCount, table.count()) },
    });
    const started = store.getState().init();
    await new Promise((r) => setTimeout(r, 20));
    expect(store.getState().phase).toBe("loading");
    release();
    await started;
    expect(store.getState().phase).toBe("ready");
  });

  it("keeps what Django logged with the step that logged it, through a replay too", async () => {
    const { store } = playground();
    await store.getState().init();
    await store.getState().runOps([["set", "k", "v"]]);
    await store.getState().changeSettings({ SECRET_KEY: "rotated" });
    // The stored session no longer verifies: Django logs it and starts an empty session.
    const entry = await store.getState().runOps([["get", "k"]]);
    expect(entry.trace.results).toEqual([null]);
    const corrupted = {
      logger: "django.security.SuspiciousSession",
      level: "WARNING",
      message: "Session data corrupted",
    };
    expect(entry.logs).toEqual([corrupted]);
    expect(store.getState().timeline[0].logs).toBeUndefined();
    await store.getState().runOps([["get", "k"]]);
    await store.getState().continueFrom(2);
    expect(store.getState().timeline.map((e) => e.logs)).toEqual([
      undefined,
      undefined,
      [corrupted],
    ]);
  });

  it("waits in saved() for the save of an action still under way", async () => {
    const { store, box } = playground();
    await store.getState().init();
    const running = store.getState().runOps([["set", "a", 1]]);
    await store.getState().saved();
    expect(box.value?.timeline).toHaveLength(1);
    await running;
  });

  it("keeps the browsers and the viewed step for a reload", async () => {
    const { store, box } = playground();
    await store.getState().init();
    await store.getState().runOps([["set", "a", 1]]);
    await store.getState().runOps([["set", "a", 2]]);
    store.getState().addBrowser("Bob's Firefox");
    store.getState().select(0);
    await store.getState().saved();
    expect(box.value?.profiles.map((p) => p.name)).toEqual(["A", "Bob's Firefox"]);
    // Step 1 was A's: it is shown in A.
    expect(box.value?.currentBrowser).toBe("A");
    expect(box.value?.cursor).toBe(0);
  });

  it("shows a past step in the browser that took it, and gives the present its browser back", async () => {
    const { store } = playground();
    await stepsOfTwoBrowsers(store);
    store.getState().select(1);
    expect(store.getState().currentBrowser).toBe("B");
    store.getState().stepBack();
    expect(store.getState().currentBrowser).toBe("A");
    store.getState().stepForward();
    expect(store.getState().currentBrowser).toBe("B");
    // A clock step has no browser: the one on show stays.
    store.getState().select(null);
    expect(store.getState().currentBrowser).toBe("A");
    // Acting from a past step goes on in the browser shown there.
    store.getState().select(1);
    await store.getState().runOps([["get", "b"]]);
    expect(store.getState().timeline.at(-1)!.step).toMatchObject({ request: { browser: "B" } });
    store.getState().select(null);
    expect(store.getState().currentBrowser).toBe("B");
  });

  it("keeps the present in its own browser when a past step is selected while a step runs", async () => {
    let release = () => {};
    let gated = false;
    const { store } = playground(undefined, {
      transport: (server) => async (r) => {
        if (gated) await new Promise<void>((resolve) => (release = resolve));
        return server.handle(r);
      },
    });
    await stepsOfTwoBrowsers(store);
    gated = true;
    const running = store.getState().runOps([["get", "a"]]);
    await expect.poll(() => store.getState().busy).toBe(true);
    // The learner clicks B's step while the request is on its way.
    store.getState().select(1);
    expect(store.getState().currentBrowser).toBe("B");
    release();
    await running;
    expect(store.getState().cursor).toBeNull();
    expect(store.getState().currentBrowser).toBe("A");
  });

  it("says so when the state could not be saved, and keeps working", async () => {
    const { store } = playground(undefined, {
      save: async () => {
        throw new Error("QuotaExceededError");
      },
    });
    await store.getState().init();
    await store.getState().runOps([["set", "a", 1]]);
    await store.getState().saved();
    expect(store.getState().notice).toEqual({ key: "notSaved", detail: "QuotaExceededError" });
    expect((await store.getState().runOps([["get", "a"]])).trace.results).toEqual([1]);
  });

  it("goes back to a step and continues from there with the same session keys", async () => {
    const { store } = playground();
    await store.getState().init();
    await store.getState().runOps([["set", "a", 1]]);
    const key = store.getState().jars.A[0].value;
    await store.getState().runOps([["flush"]]);
    expect(store.getState().jars.A).toEqual([]);
    store.getState().select(0);
    expect(store.getState().cursor).toBe(0);
    await store.getState().continueFrom(0);
    expect(store.getState().timeline).toHaveLength(1);
    expect(store.getState().jars.A[0].value).toBe(key);
    const entry = await store.getState().runOps([["get", "a"]]);
    expect(entry.trace.results).toEqual([1]);
  });

  it("leaves each browser as the step continued from left it: open again before its close", async () => {
    const { store } = playground();
    await store.getState().init();
    await store.getState().navigate("/login/");
    await store.getState().closeBrowser("A");
    expect(store.getState().profiles[0]).toMatchObject({ open: false, history: [] });
    store.getState().select(0);
    await store.getState().continueFrom(0);
    expect(store.getState().profiles[0]).toMatchObject({ open: true });
  });

  it("keeps what an action from a past step does to its own browser: a page load opens it", async () => {
    const { store } = playground();
    await store.getState().init();
    await store.getState().navigate("/login/");
    await store.getState().closeBrowser("A");
    await store.getState().advance(60);
    store.getState().select(1);
    await store.getState().navigate("/login/");
    expect(store.getState().timeline).toHaveLength(3);
    expect(store.getState().profiles[0]).toMatchObject({ open: true });
  });

  it("reopens another browser whose close an action from a past step discards", async () => {
    const { store } = playground();
    await store.getState().init();
    await store.getState().runOps([["set", "k", 1]], "B");
    await store.getState().navigate("/login/");
    await store.getState().closeBrowser("B");
    store.getState().select(1);
    await store.getState().navigate("/login/");
    expect(store.getState().timeline.map((e) => Object.keys(e.step)[0])).toEqual([
      "request",
      "request",
      "request",
    ]);
    expect(store.getState().profiles.find((p) => p.name === "B")).toMatchObject({ open: true });
  });

  it("imports a scenario that ends with a browser closed as closed", async () => {
    const { store } = playground();
    await store.getState().init();
    await store.getState().navigate("/login/");
    await store.getState().addBrowser("B");
    await store.getState().closeBrowser("A");
    const scenario = store.getState().exportScenario();
    await store.getState().reset();
    expect(await store.getState().importScenario(scenario)).toBe(true);
    expect(store.getState().profiles.find((p) => p.name === "A")).toMatchObject({
      open: false,
      history: [],
    });
  });

  it("exports the session as a scenario and imports it back", async () => {
    const { store } = playground();
    await store.getState().init();
    await store.getState().runOps([["set", "k", "v"]]);
    await store.getState().advance(60);
    const text = store.getState().exportScenario();
    const doc = JSON.parse(text);
    expect(doc.settings.SECRET_KEY).toBeTruthy();
    expect(doc.steps).toHaveLength(2);
    const other = playground();
    await other.store.getState().init();
    expect(await other.store.getState().importScenario(text)).toBe(true);
    expect(other.store.getState().timeline.map((e) => e.trace.kind)).toEqual([
      "request",
      "advance",
    ]);
    expect(other.store.getState().store[0].data).toEqual({ k: "v" });
  });

  it("opens an imported scenario in the browser its last step was taken in", async () => {
    const { store } = playground();
    await store.getState().init();
    await store.getState().runOps([["set", "k", "v"]], "A");
    await store.getState().runOps([["set", "k", "w"]], "Bob");
    await store.getState().advance(60);
    const other = playground();
    await other.store.getState().init();
    expect(await other.store.getState().importScenario(store.getState().exportScenario())).toBe(
      true,
    );
    expect(other.store.getState().currentBrowser).toBe("Bob");
    // With no step taken in a browser, the first one.
    const empty = playground();
    await empty.store.getState().init();
    await empty.store
      .getState()
      .importScenario('{"settings": {"SECRET_KEY": "x"}, "steps": [{"advance": 1}]}');
    expect(empty.store.getState().currentBrowser).toBe("A");
  });

  it("records a session key pasted by hand as a reference, so an imported copy tells the same story", async () => {
    const { store } = playground();
    await store.getState().init();
    await store.getState().runOps([["set", "user", "alice"]], "A");
    const key = store.getState().store[0].key;
    // B gets A's key typed in, and A asks exists() of it typed in: both are what A holds.
    await store.getState().editCookie({ browser: "B", name: "sessionid", value: key });
    await store.getState().runOps(
      [
        ["exists", key],
        ["exists", "not-a-key"],
      ],
      "A",
    );
    await store.getState().runOps([["get", "user"]], "B");
    const steps = JSON.parse(store.getState().exportScenario()).steps;
    expect(steps[1].edit_cookie.value).toEqual({ cookie: "A" });
    expect(steps[2].request.ops).toEqual([
      ["exists", { cookie: "A" }],
      ["exists", "not-a-key"],
    ]);
    // Another playground replays with its own random keys: B still reads alice's session.
    const other = playground(undefined, { wallClock: () => START + 1000 });
    await other.store.getState().init();
    expect(await other.store.getState().importScenario(store.getState().exportScenario())).toBe(
      true,
    );
    const replayed = other.store.getState().timeline;
    expect(other.store.getState().store[0].key).not.toBe(key);
    expect(replayed[2].trace.results).toEqual([true, false]);
    expect(replayed[3].trace.results).toEqual(["alice"]);
  });

  it("does not load /ops/ as a page: it says so and records no step", async () => {
    const { store } = playground();
    await store.getState().init();
    await store.getState().navigate("/ops/");
    expect(store.getState().notice).toEqual({ key: "opsNotAPage" });
    expect(store.getState().timeline).toHaveLength(0);
  });

  it("refuses a bad scenario with a clear notice and keeps everything", async () => {
    const { store } = playground();
    await store.getState().init();
    await store.getState().runOps([["set", "k", "v"]]);
    expect(
      await store
        .getState()
        .importScenario('{"settings": {"SECRET_KEY": "x"}, "steps": [{"jump": 1}]}'),
    ).toBe(false);
    expect(store.getState().notice?.detail).toMatch(/steps\[0\].*unknown step kind "jump"/);
    expect(store.getState().timeline).toHaveLength(1);
  });

  it("tries an import before it applies: cancelled half-way, it leaves the table, clock and timeline as they were", async () => {
    const { store, db } = playground();
    await store.getState().init();
    await store.getState().runOps([["set", "k", "v"]]);
    const before = { rows: await db.all(), now: store.getState().now, steps: 1 };
    const steps = Array.from({ length: 400 }, (_, i) => ({
      request: { ops: [["set", `n${i}`, i]] },
    }));
    const text = JSON.stringify({
      settings: { SECRET_KEY: "x" },
      steps: [{ advance: 3600 }, ...steps],
    });
    const cancel = new AbortController();
    const seen: number[] = [];
    const unsubscribe = store.subscribe((s) => {
      if (s.importing?.phase !== "trying") return;
      seen.push(s.importing.done);
      cancel.abort();
    });
    const ok = await store.getState().importScenario(text, cancel.signal);
    unsubscribe();
    expect(ok).toBe(false);
    // It was stopped between steps, after it had said how far it got.
    expect(seen[0]).toBeGreaterThan(0);
    expect(seen[0]).toBeLessThan(401);
    const after = store.getState();
    expect(after.importing).toBe(null);
    expect(after.notice).toBe(null);
    expect(after.timeline).toHaveLength(before.steps);
    expect(after.now).toBe(before.now);
    expect(await db.all()).toEqual(before.rows);
    // The playground goes on where it was.
    await store.getState().runOps([["get", "k"]]);
    expect(store.getState().timeline.at(-1)!.trace).toMatchObject({ results: ["v"] });
  });

  it("refuses an import whose step fails as it runs, naming the step, and keeps everything", async () => {
    // Every error Django would answer is a response (a 404, a 500 page); this is what is left:
    // the exchange itself failing, as a bug in the simulation would.
    const { store, db } = playground(undefined, {
      trialTransport: (server) => async (request) => {
        if (new URL(request.url).pathname === "/broken/") throw new URIError("URI malformed");
        return server.handle(request);
      },
    });
    await store.getState().init();
    await store.getState().runOps([["set", "k", "v"]]);
    const rows = await db.all();
    const now = store.getState().now;
    const text = JSON.stringify({
      settings: { SECRET_KEY: "x" },
      steps: [
        { advance: 60 },
        { request: { ops: [["set", "a", 1]] } },
        { request: { path: "/broken/" } },
      ],
    });
    expect(await store.getState().importScenario(text)).toBe(false);
    expect(store.getState().notice?.detail).toBe("steps[2]: URI malformed");
    expect(store.getState().importing).toBe(null);
    expect(store.getState().timeline).toHaveLength(1);
    expect(store.getState().now).toBe(now);
    expect(await db.all()).toEqual(rows);
    await store.getState().runOps([["get", "k"]]);
    expect(store.getState().timeline.at(-1)!.trace).toMatchObject({ results: ["v"] });
  });

  it("keeps a cache entry whose save failed before its expiry was recorded expired, through an import and a reload", async () => {
    // Django's LocMemCache stores the value, then raises working out the timeout
    // (_session_expiry [1]): no _expire_info, so the entry counts as expired.
    const saved: { value?: SavedPlayground } = {};
    const { store } = playground(saved);
    await store.getState().init();
    const text = JSON.stringify({
      settings: { SECRET_KEY: "x", SESSION_ENGINE: "django.contrib.sessions.backends.cache" },
      steps: [{ request: { ops: [["set", "_session_expiry", [1]], ["save"]] } }],
    });
    expect(await store.getState().importScenario(text)).toBe(true);
    expect(store.getState().timeline[0].trace).toMatchObject({ status: 500 });
    expect(store.getState().store).toEqual([]);
    await store.getState().saved();
    const again = playground(saved);
    await again.store.getState().init();
    expect(again.store.getState().store).toEqual([]);
  });

  it("refuses an import whose result cannot be stored, saying why, with everything as it was", async () => {
    const { store, db } = playground(undefined, {
      replaceAll: () =>
        Promise.reject(new DOMException("The quota has been exceeded.", "QuotaExceededError")),
    });
    await store.getState().init();
    await store.getState().runOps([["set", "k", "v"]]);
    const rows = await db.all();
    const text = JSON.stringify({
      settings: { SECRET_KEY: "x" },
      steps: [{ request: { ops: [["set", "a", 1]] } }],
    });
    expect(await store.getState().importScenario(text)).toBe(false);
    expect(store.getState().notice?.detail).toBe("The quota has been exceeded.");
    expect(store.getState().importing).toBe(null);
    expect(store.getState().timeline).toHaveLength(1);
    expect(await db.all()).toEqual(rows);
    expect((await store.getState().runOps([["get", "k"]])).trace.results).toEqual(["v"]);
  });

  /**
   * Pythons with PythonViews' contract: setSource is lazy, and a view loads the source afresh (a
   * new module, its globals reset) when it is not the one loaded. Each page says which module
   * answered and how often that module has answered.
   */
  function fakePythons() {
    const made: { loads: string[]; terminated: boolean }[] = [];
    const python = (): PythonRuntime => {
      const me = { loads: [] as string[], terminated: false };
      made.push(me);
      let source = "";
      let loaded: string | null = null;
      let hits = 0;
      const load = async (text: string) => {
        loaded = source = text;
        hits = 0;
        me.loads.push(text);
        return null;
      };
      return {
        setSource: (text) => void (source = text),
        load,
        view: () => async () => {
          if (loaded !== source) await load(source);
          return new HttpResponse(`${loaded} hits=${++hits}`);
        },
        terminate: () => void (me.terminated = true),
      };
    };
    return { made, python };
  }

  async function runningOwnViews(python: () => PythonRuntime) {
    const { store } = playground(undefined, { python });
    await store.getState().init();
    await store.getState().editCode("views.py", "OWN");
    expect(await store.getState().runViews()).toBe(true);
    await store.getState().navigate("/backend/");
    await store.getState().navigate("/backend/");
    expect(pageOf(store.getState().timeline, "A")?.body).toBe("OWN hits=2");
    return store;
  }

  const carryingViews = (steps: number) =>
    JSON.stringify({
      settings: { SECRET_KEY: "x" },
      code: { "views.py": "THEIRS" },
      steps: Array.from({ length: steps }, () => ({ request: { path: "/backend/" } })),
    });

  it("tries a carried views.py in a Python of its own: cancelled, the learner's module runs on untouched", async () => {
    const pythons = fakePythons();
    const store = await runningOwnViews(pythons.python);
    const cancel = new AbortController();
    const phases: string[] = [];
    const unsubscribe = store.subscribe((s) => {
      if (s.importing && phases.at(-1) !== s.importing.phase) phases.push(s.importing.phase);
      // Once its Python has run a step: the trial's module has been loaded.
      if (s.importing?.phase === "trying") cancel.abort();
    });
    expect(await store.getState().importScenario(carryingViews(300), cancel.signal)).toBe(false);
    // It said at once that Python was starting, before the first step could report.
    expect(phases).toEqual(["starting", "trying"]);
    unsubscribe();
    await store.getState().navigate("/backend/");
    expect(pageOf(store.getState().timeline, "A")?.body).toBe("OWN hits=3");
    expect(pythons.made.map((p) => [p.loads, p.terminated])).toEqual([
      [["OWN"], false],
      [["THEIRS"], true],
    ]);
  });

  it("stops an import at once when cancelled while its Python is still starting", async () => {
    const pythons = fakePythons();
    const starting: PythonRuntime[] = [];
    // The first Python is the learner's; the trial's never finishes starting.
    const python = () => {
      const made = pythons.python();
      if (pythons.made.length === 1) return made;
      const stuck = { ...made, load: () => new Promise<null>(() => {}) };
      starting.push(stuck);
      return stuck;
    };
    const store = await runningOwnViews(python);
    const cancel = new AbortController();
    const unsubscribe = store.subscribe((s) => {
      if (s.importing?.phase === "starting") cancel.abort();
    });
    expect(await store.getState().importScenario(carryingViews(3), cancel.signal)).toBe(false);
    unsubscribe();
    expect(starting).toHaveLength(1);
    expect(pythons.made[1].terminated).toBe(true);
    expect(store.getState().importing).toBe(null);
    await store.getState().navigate("/backend/");
    expect(pageOf(store.getState().timeline, "A")?.body).toBe("OWN hits=3");
  });

  it("goes on, after an import carrying views.py, in the Python its steps ran in", async () => {
    const pythons = fakePythons();
    const store = await runningOwnViews(pythons.python);
    expect(await store.getState().importScenario(carryingViews(2))).toBe(true);
    await store.getState().navigate("/backend/");
    // The module the two imported steps ran in answers the third: as a replay would have it.
    expect(pageOf(store.getState().timeline, "A")?.body).toBe("THEIRS hits=3");
    expect(pythons.made.map((p) => [p.loads, p.terminated])).toEqual([
      [["OWN"], true],
      [["THEIRS"], false],
    ]);
  });

  it("replays a scenario carried by a share link", async () => {
    const { store } = playground();
    await store.getState().init();
    await store.getState().runOps([["set", "shared", true]]);
    const link = store.getState().shareLink("http://localhost:5173/");
    const other = playground();
    await other.store.getState().init(new URL(link).hash);
    expect(other.store.getState().store[0].data).toEqual({ shared: true });
  });

  it("asks before a share link replaces the steps already here, and keeps them when told to", async () => {
    const sharer = playground();
    await sharer.store.getState().init();
    await sharer.store.getState().runOps([["set", "shared", true]]);
    const hash = new URL(sharer.store.getState().shareLink("http://localhost/")).hash;
    const mine = playground();
    await mine.store.getState().init();
    await mine.store.getState().advance(60);
    await mine.store.getState().advance(60);
    await mine.store.getState().openShareLink(hash);
    expect(mine.store.getState().pendingShare).not.toBeNull();
    expect(mine.store.getState().timeline.map((e) => e.step)).toEqual([
      { advance: 60 },
      { advance: 60 },
    ]);
    mine.store.getState().keepPlayground();
    expect(mine.store.getState().pendingShare).toBeNull();
    expect(mine.store.getState().timeline).toHaveLength(2);
    // Asked again, the learner opens it this time.
    await mine.store.getState().openShareLink(hash);
    await mine.store.getState().declineShare();
    expect(mine.store.getState().store[0].data).toEqual({ shared: true });
    expect(mine.store.getState().timeline).toHaveLength(1);
  });

  it("says so, in its own words, when a share link is damaged or its scenario refused", async () => {
    const { store } = playground();
    await store.getState().init("#scenario=not-deflate-data");
    expect(store.getState().notice).toEqual({ key: "shareDamaged" });
    const refused = new URL(
      shareLink("http://localhost/", '{"settings": {"SECRET_KEY": "x"}, "steps": [{"jump": 1}]}'),
    ).hash;
    await store.getState().openShareLink(refused);
    expect(store.getState().notice?.key).toBe("shareRefused");
    expect(store.getState().notice?.detail).toMatch(/unknown step kind "jump"/);
    expect(store.getState().timeline).toHaveLength(0);
  });

  it("refuses a setting Django would refuse, without running a step", async () => {
    const { store } = playground();
    await store.getState().init();
    await store.getState().changeSettings({ SESSION_COOKIE_AGE: "long" });
    expect(store.getState().notice?.detail).toMatch(/SESSION_COOKIE_AGE must be an integer/);
    expect(store.getState().timeline).toHaveLength(0);
  });

  it("drops session cookies when the browser closes under SESSION_EXPIRE_AT_BROWSER_CLOSE", async () => {
    const { store } = playground();
    await store.getState().init();
    await store.getState().changeSettings({ SESSION_EXPIRE_AT_BROWSER_CLOSE: true });
    await store
      .getState()
      .navigate("/login/", { method: "POST", form: { user: "alice", pwd: "alice123" } });
    await store.getState().closeBrowser();
    await store.getState().navigate("/backend/");
    expect(new URL(pageOf(store.getState().timeline, "A")!.url).pathname).toBe("/login/");
  });

  it("pages through django_session decoded, for tables too big to snapshot", async () => {
    const { store } = playground();
    await store.getState().init();
    await store.getState().runOps([["set", "n", 1]]);
    await store.getState().runOps([["set", "n", 2]], "B");
    const page = await store.getState().readStorePage(0, 10);
    expect(
      page
        .map((e) => e.data as Record<string, unknown>)
        .sort((a, b) => (a!.n as number) - (b!.n as number)),
    ).toEqual([{ n: 1 }, { n: 2 }]);
    expect(await store.getState().readStorePage(1, 10)).toHaveLength(1);
  });

  it("applies a valid settings.py as a settings step, and marks a bad line without applying anything", async () => {
    const { store } = playground();
    await store.getState().init();
    const source = store.getState().code["settings.py"];
    await store
      .getState()
      .editCode(
        "settings.py",
        source.replace("SESSION_COOKIE_AGE = 60 * 60 * 24 * 7 * 2", "SESSION_COOKIE_AGE = 60 * 5"),
      );
    expect(store.getState().settings.SESSION_COOKIE_AGE).toBe(300);
    expect(store.getState().timeline.at(-1)?.step).toEqual({
      settings: { SESSION_COOKIE_AGE: 300 },
    });
    await store
      .getState()
      .editCode(
        "settings.py",
        `${store.getState().code["settings.py"]}SESSION_COOKIE_SECURE = yes\n`,
      );
    expect(store.getState().codeErrors["settings.py"]?.[0].message).toBe(
      "NameError: name 'yes' is not defined",
    );
    expect(store.getState().settings.SESSION_COOKIE_SECURE).toBe(false);
    expect(store.getState().timeline).toHaveLength(1);
  });

  it("rewrites settings.py when the Settings panel changes a setting", async () => {
    const { store } = playground();
    await store.getState().init();
    await store.getState().changeSettings({ SESSION_SAVE_EVERY_REQUEST: true });
    expect(store.getState().code["settings.py"]).toContain("SESSION_SAVE_EVERY_REQUEST = True");
    expect(store.getState().codeErrors["settings.py"] ?? []).toEqual([]);
  });

  it("saves settings.py from a past step as a change over that step's settings, continuing from it", async () => {
    const { store } = playground();
    await store.getState().init();
    await store.getState().changeSettings({ SESSION_COOKIE_NAME: "first" });
    await store.getState().advance(60);
    await store.getState().changeSettings({ SESSION_COOKIE_NAME: "second" });
    const second = store.getState().code["settings.py"];
    store.getState().select(0);
    // The present's settings.py, saved while step 1 is on show: "second" is a change over "first".
    await store.getState().editCode("settings.py", second);
    const { timeline, cursor, settings } = store.getState();
    expect(timeline.map((e) => e.step)).toEqual([
      { settings: { SESSION_COOKIE_NAME: "first" } },
      { settings: { SESSION_COOKIE_NAME: "second" } },
    ]);
    expect(cursor).toBeNull();
    expect(settings.SESSION_COOKIE_NAME).toBe("second");
    expect(store.getState().code["settings.py"]).toBe(second);
  });

  it("continues from a past step when settings.py is saved there as that step had it", async () => {
    const { store } = playground();
    await store.getState().init();
    await store.getState().changeSettings({ SESSION_COOKIE_NAME: "first" });
    const first = store.getState().code["settings.py"];
    await store.getState().changeSettings({ SESSION_COOKIE_NAME: "second" });
    await store.getState().advance(60);
    store.getState().select(0);
    // Nothing to change over step 1's settings: the later steps still go, as the learner was told.
    await store.getState().editCode("settings.py", first);
    expect(store.getState().timeline).toHaveLength(1);
    expect(store.getState().cursor).toBeNull();
    expect(store.getState().settings.SESSION_COOKIE_NAME).toBe("first");
    expect(store.getState().code["settings.py"]).toBe(first);
  });

  it("renders pages with an edited template from the next request, and marks a broken one", async () => {
    const { store } = playground();
    await store.getState().init();
    await store
      .getState()
      .editCode("login.html", "<h1>Sign in, {{ nobody|default:'friend' }}</h1>");
    await store.getState().navigate("/login/");
    expect(pageOf(store.getState().timeline, "A")?.body).toBe("<h1>Sign in, friend</h1>");
    await store.getState().editCode("login.html", "{% if %}");
    expect(store.getState().codeErrors["login.html"]?.[0].line).toBe(1);
    await store.getState().restoreCode("login.html");
    await store.getState().navigate("/login/");
    expect(pageOf(store.getState().timeline, "A")?.body).toContain('name="user"');
  });

  it("exports edited templates with the scenario and brings them back on import", async () => {
    const { store } = playground();
    await store.getState().init();
    await store.getState().editCode("backend.html", "<h3>Hi {{ username }}</h3>");
    const doc = JSON.parse(store.getState().exportScenario());
    expect(doc.code).toEqual({ "backend.html": "<h3>Hi {{ username }}</h3>" });
    const other = playground();
    await other.store.getState().init();
    await other.store.getState().importScenario(JSON.stringify(doc));
    expect(other.store.getState().code["backend.html"]).toBe("<h3>Hi {{ username }}</h3>");
  });

  it("asks before running a share link's views.py, and opens it without the code when declined", async () => {
    const { store } = playground();
    await store.getState().init();
    await store.getState().runOps([["set", "k", 1]]);
    const doc = JSON.parse(store.getState().exportScenario());
    doc.code = { "views.py": "def log_in(request):\n    raise ValueError('boom')\n" };
    const other = playground();
    await other.store
      .getState()
      .init(new URL(shareLink("http://localhost/", JSON.stringify(doc))).hash);
    expect(other.store.getState().pendingShare).not.toBeNull();
    expect(other.store.getState().timeline).toHaveLength(0);
    await other.store.getState().declineShare();
    expect(other.store.getState().pendingShare).toBeNull();
    expect(other.store.getState().runningViews).toBeNull();
    expect(other.store.getState().timeline).toHaveLength(1);
  });
});
