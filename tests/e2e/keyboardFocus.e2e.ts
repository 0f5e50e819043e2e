import { afterEach, describe, expect, it } from "vitest";
import type { Locator } from "playwright-core";
import { heading, site, stepCount } from "./support/actions.ts";
import { openLab, type Lab } from "./support/openLab.ts";

let lab: Lab | undefined;
afterEach(async () => {
  expect(lab?.errors ?? []).toEqual([]);
  await lab?.close();
  lab = undefined;
});

/**
 * Where keyboard focus is, as a learner would hear it: "nowhere" when it fell to <body>,
 * "page" when the simulated browser's page has it (its document, no control yet), "page: …"
 * for a control inside the page; a control of the app with its role or tag and its name.
 */
const focus = () =>
  lab!.page.evaluate(() => {
    const name = (el: Element) =>
      `${el.getAttribute("role") ?? el.tagName.toLowerCase()} ${
        el.getAttribute("aria-label") ??
        el.getAttribute("name") ??
        el.textContent?.trim().replace(/\s+/g, " ")
      }`;
    const el = document.activeElement;
    if (!el || el === document.body) return "nowhere";
    if (el instanceof HTMLIFrameElement) {
      const inner = el.contentDocument?.activeElement;
      return !inner || inner === el.contentDocument?.body ? "page" : `page: ${name(inner)}`;
    }
    return name(el);
  });

/** The focused control's outline, as the app draws its focus ring. */
const ring = () =>
  lab!.page.evaluate(() => {
    const el = document.activeElement!;
    const style = getComputedStyle(el);
    return `${el.matches(":focus-visible")} ${style.outlineStyle} ${style.outlineWidth}`;
  });

/** Presses Enter on a control, as a learner who has tabbed to it would. */
async function enter(control: Locator) {
  await control.focus();
  await lab!.page.keyboard.press("Enter");
}

const timelineStatus = () => lab!.page.getByTestId("timeline-panel").getByRole("status");

describe("keyboard focus when controls and pages come and go, in Chromium", () => {
  it("takes the tutorial by keyboard: each new page has focus, so Tab reaches its first field or link", async () => {
    lab = await openLab();
    const { page } = lab;
    await enter(page.getByRole("button", { name: "Open /login/" }));
    await expect.poll(() => site(page).locator('input[name="user"]').count()).toBe(1);
    // The start page's button is gone: focus went into the page it opened, not to <body>.
    await expect.poll(focus).toBe("page");
    await page.keyboard.press("Tab");
    expect(await focus()).toBe("page: input user");
    await page.keyboard.type("alice");
    await page.keyboard.press("Tab");
    await page.keyboard.type("alice123");
    await page.keyboard.press("Enter");
    await expect.poll(() => heading(page)).toContain("alice");
    // Submitted from inside the page: the next page has focus, as in a browser.
    await expect.poll(focus).toBe("page");
    await page.keyboard.press("Tab");
    expect(await focus()).toMatch(/^page: a .*log out/);
    await page.keyboard.press("Enter");
    await expect.poll(() => site(page).locator('input[name="user"]').count()).toBe(1);
    await expect.poll(focus).toBe("page");
    // A quick button is still there after the page it asked for: it keeps focus.
    const steps = await stepCount(page);
    await enter(page.getByRole("button", { name: "/backend/", exact: true }));
    await expect.poll(() => stepCount(page)).toBeGreaterThan(steps);
    expect(await focus()).toBe("button /backend/");
  });

  it("moves focus from Close to Reopen, and from Reopen to the start page's button, with its ring", async () => {
    lab = await openLab({ lang: "zh-CN" });
    const { page } = lab;
    await enter(page.getByRole("button", { name: "关闭浏览器 A" }));
    await expect.poll(focus).toBe("button 重新打开浏览器 A");
    expect(await ring()).toBe("true solid 3px");
    await lab.shot("focus-1-reopen-after-close");
    await page.keyboard.press("Enter");
    await expect.poll(focus).toBe("button 打开 /login/");
    expect(await ring()).toBe("true solid 3px");
  });

  it("keeps focus on ◀ at the first step, and gives it to the steps once ▶, Back to the present or Continue leave the past", async () => {
    lab = await openLab();
    const { page } = lab;
    for (let i = 1; i <= 3; i++) {
      await page.getByRole("button", { name: "+1 min" }).click();
      await expect.poll(() => stepCount(page)).toBe(i);
    }
    const timeline = page.getByTestId("timeline-panel");
    // The present's "◀ Step back" is the past's ◀: focus stays on it across the switch.
    await enter(timeline.getByRole("button", { name: "◀ Step back" }));
    await expect.poll(() => timelineStatus().textContent()).toBe("Looking back: step 2 of 3");
    expect(await focus()).toBe("button Step back");
    await page.keyboard.press("Enter");
    await expect.poll(() => timelineStatus().textContent()).toBe("Looking back: step 1 of 3");
    // Nothing before step 1: ◀ says so but keeps focus, and Enter does nothing.
    expect(await focus()).toBe("button Step back");
    expect(
      await timeline.getByRole("button", { name: "Step back" }).getAttribute("aria-disabled"),
    ).toBe("true");
    await page.keyboard.press("Enter");
    expect(await timelineStatus().textContent()).toBe("Looking back: step 1 of 3");
    expect(await ring()).toBe("true solid 3px");

    await page.keyboard.press("Tab");
    expect(await focus()).toBe("button Step forward");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");
    // The present has no ▶: the steps take focus, and the arrow keys go on from there.
    await expect.poll(() => timelineStatus().textContent()).toBe("3 steps · showing the present");
    await expect.poll(focus).toBe("listbox Steps, oldest first");
    await page.keyboard.press("ArrowUp");
    await expect.poll(() => timelineStatus().textContent()).toBe("Looking back: step 2 of 3");

    await enter(timeline.getByRole("button", { name: "Back to the present" }));
    await expect.poll(focus).toBe("listbox Steps, oldest first");

    await enter(timeline.getByRole("button", { name: "◀ Step back" }));
    await enter(timeline.getByRole("button", { name: "Continue from here" }));
    // The question starts on the choice that loses nothing; the discarding one is before it.
    await expect.poll(focus).toBe("button Cancel");
    await page.keyboard.press("Shift+Tab");
    expect(await focus()).toBe("button Discard 1 step and continue");
    await page.keyboard.press("Enter");
    await expect.poll(() => timelineStatus().textContent()).toBe("2 steps · showing the present");
    await expect.poll(focus).toBe("listbox Steps, oldest first");
  });

  it("keeps focus in the panel when Apply, a cookie's Copy or Delete or the console's Clear go", async () => {
    lab = await openLab();
    const { page } = lab;
    await page.getByRole("tab", { name: "Settings" }).click();
    await page.getByRole("spinbutton", { name: "SESSION_COOKIE_AGE" }).fill("3600");
    await enter(page.getByRole("button", { name: "Apply (restarts the server)" }));
    await expect.poll(() => stepCount(page)).toBe(1);
    // The apply bar is gone with its drafts: the settings tab's panel has focus.
    await expect.poll(focus).toMatch(/^tabpanel /);
    expect(await ring()).toBe("true solid 3px");

    const cookies = page.getByTestId("cookies-panel");
    for (const name of ["a", "b"]) {
      await cookies.getByLabel("Name", { exact: true }).fill(name);
      await cookies.getByLabel("Value", { exact: true }).fill("1");
      await cookies.getByLabel("Value", { exact: true }).press("Enter");
      await expect
        .poll(() => cookies.getByRole("button", { name: `Delete cookie ${name}` }).count())
        .toBe(1);
    }
    // Copying into a new browser: the panel follows it, and focus stays in the panel.
    await enter(cookies.getByRole("button", { name: "Copy cookie b to another browser" }));
    await page.keyboard.press("Tab");
    expect(await focus()).toBe("button Copy");
    await page.keyboard.press("Enter");
    await expect.poll(() => stepCount(page)).toBe(4);
    await expect
      .poll(() => page.evaluate(() => !!document.activeElement?.closest(".cookies-panel")))
      .toBe(true);
    await page.getByRole("button", { name: "A", exact: true }).click();

    // A deleted cookie's row stays, struck through, without buttons: the next row's take focus.
    await enter(cookies.getByRole("button", { name: "Delete cookie a" }));
    await expect.poll(focus).toBe("button Edit the value of cookie b");
    // The last row's go to the one before it; with no other row left, to the table.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await focus()).toBe("button Delete cookie b");
    await page.keyboard.press("Enter");
    await expect.poll(focus).toBe("region Cookies of browser A");

    await page.getByRole("tab", { name: "manage.py" }).click();
    const prompt = page.getByLabel("Command for python manage.py");
    await prompt.fill("help");
    await prompt.press("Enter");
    // Clear is disabled once the transcript is empty: the prompt takes its focus.
    await enter(page.getByRole("button", { name: "Clear the console" }));
    await expect.poll(focus).toBe("input Command for python manage.py");
  });
});
