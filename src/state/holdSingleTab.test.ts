import { describe, expect, it, vi } from "vitest";
import { holdSingleTab } from "./holdSingleTab.ts";

/** The Web Locks API's exclusive locks, as far as holdSingleTab uses them. */
function fakeLocks() {
  const held = new Set<string>();
  const queue = new Map<string, (() => void)[]>();
  const release = (name: string) => {
    held.delete(name);
    queue.get(name)?.shift()?.();
  };
  const locks = {
    request(name: string, ...args: unknown[]) {
      const callback = args.at(-1) as (lock: object | null) => unknown;
      const options = (args.length === 2 ? args[0] : {}) as { ifAvailable?: boolean };
      const grant = () => {
        held.add(name);
        return Promise.resolve(callback({ name })).finally(() => release(name));
      };
      if (!held.has(name)) return grant();
      if (options.ifAvailable) return Promise.resolve(callback(null));
      return new Promise((resolve) => {
        const waiting = queue.get(name) ?? [];
        waiting.push(() => resolve(grant()));
        queue.set(name, waiting);
      });
    },
  } as unknown as LockManager;
  return { locks, held, release };
}

describe("holdSingleTab", () => {
  it("lets the first tab start at once and keeps the lock", async () => {
    const { locks, held } = fakeLocks();
    let waited = false;
    await holdSingleTab("lab", () => (waited = true), locks);
    expect(waited).toBe(false);
    expect(held.has("lab")).toBe(true);
  });

  it("makes a second tab wait, saying so, until the first is gone", async () => {
    const { locks, release } = fakeLocks();
    await holdSingleTab("lab", () => {}, locks);
    let waiting = false;
    let started = false;
    const second = holdSingleTab("lab", () => (waiting = true), locks).then(() => (started = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(waiting).toBe(true);
    expect(started).toBe(false);
    release("lab"); // the first tab is closed
    await second;
    expect(started).toBe(true);
  });

  it("starts at once where there is neither Web Locks nor BroadcastChannel", async () => {
    let waited = false;
    await holdSingleTab("lab", () => (waited = true), null, null);
    expect(waited).toBe(false);
  });
});

describe("holdSingleTab without Web Locks (plain http): tabs ask each other", () => {
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  /** Tabs sharing a fresh channel name; `started` lists the running ones in the order they started. */
  function tabs() {
    const name = `lab-${Math.random()}`;
    const channels: BroadcastChannel[] = [];
    const started: number[] = [];
    const waiting = new Set<number>();
    const open = (tab: number) =>
      holdSingleTab(
        name,
        () => waiting.add(tab),
        null,
        () => (channels[tab] = new BroadcastChannel(name)),
      ).then(() => void started.push(tab));
    /** The tab's page goes: with "gone" (a close), or without a word (a crash). */
    const close = (tab: number, sayGone: boolean) => {
      if (sayGone) channels[tab].postMessage({ type: "gone", from: -1 });
      channels[tab].close();
    };
    const closeAll = () => channels.forEach((c) => c?.close());
    return { open, close, closeAll, started, waiting };
  }

  it("starts the first tab, makes the next one wait, and starts it when the first is gone", async () => {
    const t = tabs();
    try {
      await t.open(0);
      expect(t.waiting.size).toBe(0);
      const second = t.open(1);
      await sleep(250);
      expect([...t.waiting]).toEqual([1]);
      expect(t.started).toEqual([0]);
      t.close(0, true);
      await second;
      expect(t.started).toEqual([0, 1]);
    } finally {
      t.closeAll();
    }
  });

  it("starts one tab of several opened at the same moment, and one more each time the running one goes", async () => {
    const t = tabs();
    try {
      for (const tab of [0, 1, 2, 3]) void t.open(tab);
      await sleep(400);
      expect(t.started).toHaveLength(1);
      expect(t.waiting.size).toBe(3);
      for (let n = 2; n <= 4; n++) {
        t.close(t.started[n - 2], true);
        await vi.waitFor(() => expect(t.started).toHaveLength(n), { timeout: 3000 });
        await sleep(300);
        expect(t.started).toHaveLength(n);
      }
    } finally {
      t.closeAll();
    }
  });

  it("starts one of two waiting tabs when the running one crashes", async () => {
    const t = tabs();
    try {
      await t.open(0);
      void t.open(1);
      await sleep(30);
      void t.open(2);
      await vi.waitFor(() => expect(t.waiting.size).toBe(2));
      t.close(0, false); // no "gone": the next round of asking, a second later, finds no one
      await vi.waitFor(() => expect(t.started).toHaveLength(2), { timeout: 3000 });
      await sleep(1500); // another round: still only one of them
      expect(t.started).toHaveLength(2);
      t.close(t.started[1], true);
      await vi.waitFor(() => expect(t.started).toHaveLength(3), { timeout: 3000 });
    } finally {
      t.closeAll();
    }
  });
});
