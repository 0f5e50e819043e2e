import { afterEach, describe, expect, it } from "vitest";
import { resources } from "../../src/i18n/resources.ts";
import { logIn, stepCount } from "./support/actions.ts";
import { axeViolations } from "./support/axeViolations.ts";
import { openLab, type Lab } from "./support/openLab.ts";

let lab: Lab | undefined;
afterEach(async () => {
  expect(lab?.errors ?? []).toEqual([]);
  await lab?.close();
  lab = undefined;
});

const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k]);

describe.each([
  { lang: "en", where: "at 1280 px" },
  { lang: "zh-CN", where: "at 1280 px" },
  { lang: "en", where: "at 900 px", width: 900 },
  { lang: "zh-CN", where: "with no service worker", insecureHost: true },
] as const)("in $lang, $where", ({ lang, ...opts }) => {
  const r = resources[lang];

  it("axe finds nothing wrong in the panels, the dialogs, a past step and presenter mode", async () => {
    lab = await openLab({ lang, ...opts });
    const { page } = lab;
    const found: string[] = [];
    const check = async (where: string) => {
      for (const v of await axeViolations(page)) found.push(`${where}: ${v}`);
    };
    const dialog = async (open: string, where: string) => {
      await page.getByRole("button", { name: open, exact: true }).click();
      await page.getByRole("dialog").waitFor();
      await check(where);
      await page.keyboard.press("Escape");
      await page.getByRole("dialog").waitFor({ state: "detached" });
    };

    await check("a fresh playground");
    await logIn(page, "alice", "alice123");
    await expect.poll(() => stepCount(page)).toBeGreaterThanOrEqual(3);
    await check("logged in, the backend page on show");

    await page.getByRole("option", { name: /set_expiry/ }).click();
    await check("the set_expiry editor");
    await page
      .getByTestId("cookies-panel")
      .getByRole("button", { name: fill(r.cookies.editLabel, { name: "sessionid" }) })
      .click();
    await check("editing a cookie by hand");
    await page.keyboard.press("Escape");

    await page.getByRole("button", { name: r.toolbar.clock.jumps.weeks, exact: true }).click();
    await expect.poll(() => stepCount(page)).toBeGreaterThanOrEqual(4);
    await check("two weeks later: an expired row and cookie");

    await page.getByRole("tab", { name: r.common.tabs.settings }).click();
    await page
      .getByRole("checkbox", { name: "SESSION_EXPIRE_AT_BROWSER_CLOSE", exact: true })
      .check();
    await check("a settings change not yet applied");

    await page.getByRole("tab", { name: r.common.tabs.manage }).click();
    await page.getByRole("textbox", { name: r.manage.inputLabel }).fill("clearsessions");
    await page.keyboard.press("Enter");
    await expect.poll(() => stepCount(page)).toBeGreaterThanOrEqual(5);
    await check("manage.py after clearsessions");

    await dialog(r.toolbar.clock.jumpTo, "the Jump to dialog");
    await dialog(r.toolbar.import.button, "the Import dialog");
    await dialog(r.toolbar.reset.button, "the Reset dialog");
    await page
      .getByTestId("store-panel")
      .getByRole("button", { name: r.store.details })
      .first()
      .click();
    await check("a session's details");
    await page.keyboard.press("Escape");

    await page.getByRole("button", { name: r.timeline.nav.backName }).click();
    await page.getByRole("button", { name: r.timeline.nav.backName }).click();
    await check("looking back two steps");
    await page.getByRole("button", { name: r.toolbar.presenter.label }).click();
    await check("looking back, in presenter mode");
    await page.getByRole("tab", { name: r.common.tabs.code }).click();
    await page.locator(".code-editor .monaco-editor").waitFor();
    await check("the Code tab with its editor");

    expect(found).toEqual([]);
  }, 120_000);
});
