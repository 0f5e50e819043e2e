import { afterEach, describe, expect, it } from "vitest";
import type { Locator } from "playwright-core";
import { heading, logIn } from "./support/actions.ts";
import { openLab, type Lab } from "./support/openLab.ts";

let lab: Lab | undefined;
afterEach(async () => {
  expect(lab?.errors ?? []).toEqual([]);
  await lab?.close();
  lab = undefined;
});

/** Whether `inner` lies within `outer`'s box, to a pixel. */
async function within(inner: Locator, outer: Locator): Promise<boolean> {
  const a = (await inner.boundingBox())!;
  const b = (await outer.boundingBox())!;
  return (
    a.y >= b.y - 1 &&
    a.y + a.height <= b.y + b.height + 1 &&
    a.x >= b.x - 1 &&
    a.x + a.width <= b.x + b.width + 1
  );
}

describe("the panes' layout, in Chromium", () => {
  it("shows the timeline's status whole beside Step back at 1280×720, in both languages, in presenter mode too", async () => {
    lab = await openLab({ width: 1280, height: 720 });
    const { page } = lab;
    await logIn(page, "alice", "alice123");
    await expect.poll(() => heading(lab!.page)).toContain("alice");
    const head = page.getByTestId("timeline-panel").locator(".panel-head");
    const status = head.locator('[role="status"]');
    const back = head.locator(".timeline-nav button");
    const check = async (name: string, text: string) => {
      await expect.poll(() => status.textContent()).toBe(text);
      // Nothing cut: not clipped, and inside the head.
      expect(
        await status.evaluate(
          (el) => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight,
        ),
      ).toBe(true);
      expect(await within(status, head)).toBe(true);
      // Still a compact head: Step back on the title's row, the head not much taller than it.
      const b = (await back.boundingBox())!;
      expect((await head.boundingBox())!.height).toBeLessThan(b.height * 1.6);
      expect(await within(back, head)).toBe(true);
      await lab!.shot(`timeline-status-${name}`);
    };
    await check("en-1280", "3 steps · showing the present");
    await page.getByRole("button", { name: "Presenter" }).click();
    await check("en-presenter-1280", "3 steps · showing the present");
    await page.getByRole("button", { name: "中文" }).click();
    await check("zh-CN-presenter-1280", "共 3 步 · 显示的是现在");
    await page.getByRole("button", { name: "演示模式" }).click();
    await check("zh-CN-1280", "共 3 步 · 显示的是现在");
  });
});
