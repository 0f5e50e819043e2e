// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { afterPaint, stopWaitingForPaint } from "./afterPaint.ts";

afterEach(() => vi.useRealTimers());

describe("afterPaint", () => {
  it("resolves in the task after the next animation frame", async () => {
    let frame: FrameRequestCallback | undefined;
    const raf = vi.spyOn(globalThis, "requestAnimationFrame").mockImplementation((cb) => {
      frame = cb;
      return 1;
    });
    let resolved = false;
    void afterPaint().then(() => (resolved = true));
    await new Promise((r) => setTimeout(r, 5));
    expect(resolved).toBe(false);
    frame!(0);
    expect(resolved).toBe(false);
    await new Promise((r) => setTimeout(r, 0));
    expect(resolved).toBe(true);
    raf.mockRestore();
  });

  it("resolves after 100 ms when no frame comes (a hidden page)", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout"] });
    const raf = vi.spyOn(globalThis, "requestAnimationFrame").mockImplementation(() => 0);
    let resolved = false;
    void afterPaint().then(() => (resolved = true));
    await vi.advanceTimersByTimeAsync(99);
    expect(resolved).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(resolved).toBe(true);
    raf.mockRestore();
  });

  it("lets every waiter go at once when the page is left", async () => {
    const raf = vi.spyOn(globalThis, "requestAnimationFrame").mockImplementation(() => 0);
    const order: number[] = [];
    const waits = [afterPaint().then(() => order.push(1)), afterPaint().then(() => order.push(2))];
    stopWaitingForPaint();
    await Promise.all(waits);
    expect(order).toEqual([1, 2]);
    raf.mockRestore();
  });
});
