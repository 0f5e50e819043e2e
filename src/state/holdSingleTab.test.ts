import { describe, expect, it } from "vitest";
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

  it("starts at once where there is no Web Locks API", async () => {
    let waited = false;
    await holdSingleTab("lab", () => (waited = true), null);
    expect(waited).toBe(false);
  });
});
