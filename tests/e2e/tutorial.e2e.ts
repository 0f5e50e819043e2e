import { afterEach, describe, expect, it } from "vitest";
import { openLab, type Lab } from "./support/openLab.ts";

let lab: Lab | undefined;
afterEach(async () => {
  expect(lab?.errors ?? []).toEqual([]);
  await lab?.close();
  lab = undefined;
});

/** Logs in on the demo site's form inside the sandboxed frame, as a learner would. */
async function logIn(l: Lab, user: string, pwd: string) {
  const frame = l.page.frameLocator("iframe.browser-frame, iframe").first();
  await frame.locator('input[name="user"]').fill(user);
  await frame.locator('input[name="pwd"]').fill(pwd);
  await frame.locator('input[type="submit"]').click();
}

describe("the tutorial, in Chromium", () => {
  it("logs alice in, greets her on the backend, logs her out and sends her back to login", async () => {
    lab = await openLab();
    const { page } = lab;
    await page.getByRole("button", { name: "Open /login/" }).click();
    const frame = page.frameLocator("iframe").first();
    await expect.poll(() => frame.locator('input[name="user"]').count()).toBe(1);
    await logIn(lab, "alice", "alice123");
    await expect.poll(() => frame.locator("h3").textContent()).toContain("alice");
    await lab.shot("tutorial-1-backend-greets-alice");
    await frame.getByRole("link").first().click();
    await expect.poll(() => frame.locator('input[name="user"]').count()).toBe(1);
    await page.getByRole("button", { name: "/backend/" }).click();
    await expect.poll(() => frame.locator('input[name="user"]').count()).toBe(1);
    await lab.shot("tutorial-2-logged-out-back-at-login");
  });
});
