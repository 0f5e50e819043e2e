import { afterEach, describe, expect, it } from "vitest";
import {
  heading,
  jarPanel,
  jarText,
  jumpSeconds,
  logIn,
  manage,
  runOp,
  site,
  stepCount,
  storePanel,
  storeText,
} from "./support/actions.ts";
import type { Page } from "playwright-core";
import { openLab, type Lab } from "./support/openLab.ts";

let lab: Lab | undefined;
afterEach(async () => {
  expect(lab?.errors ?? []).toEqual([]);
  await lab?.close();
  lab = undefined;
});

describe("the tutorial's eight operations, through the Operations tab", () => {
  it("sets, gets, reads the session_key, deletes a key, clears, and flushes", async () => {
    lab = await openLab();
    const { page } = lab;
    let out = await runOp(page, "session[key] = value", { key: "fruit", value: "kiwi" });
    expect(out).toContain("request.session['fruit'] = 'kiwi'");
    expect(out).toContain("(new session)");
    expect(out).toContain("django_session: 1 row created");
    expect(await storeText(page)).toContain('"fruit": "kiwi"');

    // Enter in a field runs the op too, as in any form (here with two text fields).
    await page.getByLabel("value", { exact: true }).fill("mango");
    const before = await stepCount(page);
    await page.getByLabel("value", { exact: true }).press("Enter");
    await expect.poll(() => stepCount(page)).toBe(before + 1);
    expect(await storeText(page)).toContain('"fruit": "mango"');

    out = await runOp(page, "get()", { key: "fruit" });
    expect(out).toContain("request.session.get('fruit') 'mango'");

    out = await runOp(page, "session_key");
    const key = /'([a-z0-9]{32})'/.exec(out)?.[1];
    expect(key).toBeTruthy();
    expect(await jarText(page)).toContain(key!.slice(0, 12));

    out = await runOp(page, "del session[key]", { key: "fruit" });
    expect(out).toContain("del request.session['fruit']");
    out = await runOp(page, "del session[key]", { key: "fruit" });
    expect(out).toContain("KeyError");

    await runOp(page, "session[key] = value", { key: "a", value: "1" });
    out = await runOp(page, "clear()");
    expect(out).toContain("request.session.clear()");
    // clear() keeps the key and saves {} under it: not a logout.
    expect(await storeText(page)).toContain(key!.slice(0, 12));
    expect(await jarText(page)).toContain(key!.slice(0, 12));
    await lab.shot("ops-after-clear");

    out = await runOp(page, "flush()");
    expect(out).toContain("request.session.flush()");
    expect(out).toMatch(/deleted/);
    // Both panels show what the step removed, struck through: the cookie and the row are gone.
    for (const panel of [jarPanel(page), storePanel(page)]) {
      expect(await panel.locator("tr.removed", { hasText: key!.slice(0, 12) }).count()).toBe(1);
      expect(await panel.locator("tr:not(.removed)", { hasText: key!.slice(0, 12) }).count()).toBe(
        0,
      );
    }
    await lab.shot("ops-after-flush");
  });

  it("logs the learner out when set_expiry(10) is followed by 11 seconds, and clearsessions removes the row", async () => {
    lab = await openLab();
    const { page } = lab;
    await logIn(page, "alice", "alice123");
    await expect.poll(() => heading(page)).toContain("alice");
    const out = await runOp(page, "set_expiry()", { seconds: "10" });
    expect(out).toContain("request.session.set_expiry(10)");
    // The result shows right under Run: the fields and Run stay in sight to run again.
    const shown = async (what: ReturnType<Page["locator"]>) => {
      const pane = (await page.getByTestId("ops-panel").locator(".ops-main").boundingBox())!;
      const box = (await what.boundingBox())!;
      return box.y >= pane.y - 1 && box.y + box.height <= pane.y + pane.height + 1;
    };
    await expect.poll(() => shown(page.getByLabel("Result of the last run"))).toBe(true);
    expect(await shown(page.getByRole("button", { name: "Run", exact: true }))).toBe(true);
    // At 1280×720 the countdowns are in view without scrolling sideways: the cookie's and the row's.
    const inView = async (text: RegExp, panel: ReturnType<typeof jarPanel>) => {
      const box = (await panel.getByText(text).first().boundingBox())!;
      return box.x >= 0 && box.x + box.width <= 1280;
    };
    await expect.poll(() => inView(/^in 10 seconds$/, jarPanel(page))).toBe(true);
    await expect.poll(() => inView(/^in 10 seconds$/, storePanel(page))).toBe(true);
    await lab.shot("set-expiry-10-countdowns");
    await jumpSeconds(page, 11);
    await page.getByRole("button", { name: "/backend/", exact: true }).click();
    await expect.poll(() => site(page).locator('input[name="user"]').count()).toBe(1);
    await lab.shot("set-expiry-10-then-11s-logged-out");
    // The expired row stays until clearsessions deletes it.
    expect(await storeText(page)).toContain("expired");
    await manage(page, "clearsessions");
    await expect.poll(() => page.getByText(/removed 1 expired session/).count()).toBeGreaterThan(0);
    await lab.shot("clearsessions-removed-expired-row");
    // Reset starts a new playground, and a new, empty console with it.
    await page.getByRole("button", { name: "Reset", exact: true }).click();
    await page.getByRole("button", { name: "Yes, reset everything" }).click();
    await expect.poll(() => stepCount(page)).toBe(0);
    expect(await page.getByText(/removed 1 expired session/).count()).toBe(0);
  });
});
