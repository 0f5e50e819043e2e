import { describe, expect, it } from "vitest";
import { oneAtATime } from "./oneAtATime.ts";

describe("oneAtATime", () => {
  it("runs each function after the ones queued before it, failures included", async () => {
    const queue = oneAtATime();
    const order: string[] = [];
    const slow = queue(async () => {
      await new Promise((r) => setTimeout(r, 20));
      order.push("slow");
      return 1;
    });
    const failing = queue(async () => {
      order.push("failing");
      throw new Error("no");
    });
    const after = queue(async () => {
      order.push("after");
      return 3;
    });
    expect(await slow).toBe(1);
    await expect(failing).rejects.toThrow("no");
    expect(await after).toBe(3);
    expect(order).toEqual(["slow", "failing", "after"]);
  });
});
