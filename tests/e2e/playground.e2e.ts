import { afterEach, describe, expect, inject, it } from "vitest";
import { launchChromium } from "./support/launchChromium.ts";
import {
  heading,
  logIn,
  openLogin,
  runOp,
  copyShareLink,
  site,
  stepCount,
} from "./support/actions.ts";
import { openLab, SCREENSHOTS, type Lab } from "./support/openLab.ts";

let lab: Lab | undefined;
afterEach(async () => {
  expect(lab?.errors ?? []).toEqual([]);
  await lab?.close();
  lab = undefined;
});

/** Changes one boolean setting in the Settings tab and applies it (a settings step). */
async function toggleSetting(l: Lab, name: string) {
  await l.page.getByRole("tab", { name: "Settings" }).click();
  await l.page.getByRole("checkbox", { name, exact: true }).check();
  // The apply bar appears over the top of the pane, never over the setting just changed.
  const bar = (await l.page.locator(".settings-apply").boundingBox())!;
  const title = (await l.page.locator(".setting.pending").first().boundingBox())!;
  expect(title.y).toBeGreaterThanOrEqual(bar.y + bar.height - 1);
  await l.page.getByRole("button", { name: "Apply (restarts the server)" }).click();
  await expect.poll(() => l.page.getByRole("tab", { name: "Settings" }).isVisible()).toBe(true);
}

describe("the playground, in Chromium", () => {
  it("logs out when SESSION_EXPIRE_AT_BROWSER_CLOSE is on and the browser closes", async () => {
    lab = await openLab();
    await toggleSetting(lab, "SESSION_EXPIRE_AT_BROWSER_CLOSE");
    await logIn(lab.page, "alice", "alice123");
    await expect.poll(() => heading(lab!.page)).toContain("alice");
    await lab.page.getByRole("button", { name: "Close browser A" }).click();
    await lab.page.getByRole("button", { name: "Reopen" }).first().click();
    await lab.page.getByRole("button", { name: "/backend/", exact: true }).click();
    await expect.poll(() => site(lab!.page).locator('input[name="user"]').count()).toBe(1);
    await lab.shot("browser-close-logged-out");
  });

  it("hijacks alice's session by copying her cookie into a new browser, whose past step shows that browser", async () => {
    lab = await openLab();
    const { page } = lab;
    await logIn(page, "alice", "alice123");
    await expect.poll(() => heading(lab!.page)).toContain("alice");
    await page.getByRole("button", { name: "Copy cookie sessionid to another browser" }).click();
    await expect
      .poll(() => page.getByText(/What ends it: this tutorial's logout/).isVisible())
      .toBe(true);
    await page.getByRole("button", { name: "Copy", exact: true }).click();
    await expect.poll(() => stepCount(page)).toBe(4);
    // The box unmounts with the step: the page must go on (a cleanup error once blanked it).
    expect(await page.getByTestId("app-crashed").count()).toBe(0);
    await page.getByRole("button", { name: "B", exact: true }).click();
    await page.getByRole("button", { name: "/backend/", exact: true }).click();
    await expect.poll(() => heading(lab!.page)).toContain("alice");
    // Back to the copy (browser B's step) from A: the pane shows B, the present gives A back.
    await page.getByRole("button", { name: "A", exact: true }).click();
    await page.getByRole("button", { name: /Step back/ }).click();
    await expect
      .poll(() => page.getByRole("button", { name: "B", exact: true }).getAttribute("aria-pressed"))
      .toBe("true");
    await page.getByRole("button", { name: "Back to the present" }).first().click();
    await expect
      .poll(() => page.getByRole("button", { name: "A", exact: true }).getAttribute("aria-pressed"))
      .toBe("true");
    await lab.shot("hijack-copied-cookie");
  });

  it("shows the session cookie rejected when SESSION_COOKIE_SECURE is on over http", async () => {
    lab = await openLab();
    await toggleSetting(lab, "SESSION_COOKIE_SECURE");
    await logIn(lab.page, "alice", "alice123");
    await expect
      .poll(() => lab!.page.getByText("A Secure cookie arrived over http").count())
      .toBeGreaterThan(0);
    await lab.shot("secure-cookie-rejected-over-http");
    // No session stuck: the backend sends alice back to the login form.
    await expect.poll(() => site(lab!.page).locator('input[name="user"]').count()).toBe(1);
  });

  it("tampers with the session cookie by hand: Enter saves it, and Django no longer knows the session", async () => {
    lab = await openLab();
    const { page } = lab;
    await logIn(page, "alice", "alice123");
    await expect.poll(() => heading(lab!.page)).toContain("alice");
    const jar = page.getByTestId("cookies-panel");
    const edit = jar.getByRole("button", { name: "Edit the value of cookie sessionid" });
    await edit.click();
    const value = jar.getByRole("textbox", { name: "New value of sessionid" });
    await value.fill("forged");
    await value.press("Enter");
    // Saved and closed: the Enter does not go on to press the edit button it gives focus back to.
    await expect.poll(() => jar.getByText("forged").count()).toBe(1);
    expect(await value.count()).toBe(0);
    expect(await edit.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByRole("button", { name: "/backend/", exact: true }).click();
    await expect.poll(() => site(lab!.page).locator('input[name="user"]').count()).toBe(1);
  });

  it("keeps everything across a reload: timeline, cookie, logged-in page and the tab on show", async () => {
    lab = await openLab();
    await logIn(lab.page, "alice", "alice123");
    await expect.poll(() => heading(lab!.page)).toContain("alice");
    const steps = await lab.page
      .getByText(/\d+ steps/)
      .first()
      .textContent();
    await lab.page.getByRole("tab", { name: "manage.py" }).click();
    await lab.page.reload();
    await lab.page.locator('.app[aria-busy="false"]').waitFor();
    expect(
      await lab.page.getByRole("tab", { name: "manage.py" }).getAttribute("aria-selected"),
    ).toBe("true");
    await expect
      .poll(() =>
        lab!.page
          .getByText(/\d+ steps/)
          .first()
          .textContent(),
      )
      .toBe(steps);
    await expect.poll(() => heading(lab!.page)).toContain("alice");
    await lab.page.getByRole("button", { name: "/backend/", exact: true }).click();
    await expect.poll(() => heading(lab!.page)).toContain("alice");
    await lab.shot("after-reload-still-logged-in");
  });

  it("switches the whole interface between English and Chinese, and remembers the choice", async () => {
    lab = await openLab({ lang: "en" });
    await lab.page.getByRole("button", { name: /中文/ }).click();
    await expect.poll(() => lab!.page.locator("html").getAttribute("lang")).toBe("zh-CN");
    await expect.poll(() => lab!.page.getByRole("tab", { name: "设置" }).count()).toBe(1);
    await lab.shot("language-zh-CN");
    await lab.page.reload();
    await lab.page.locator('.app[aria-busy="false"]').waitFor();
    await expect.poll(() => lab!.page.getByRole("tab", { name: "设置" }).count()).toBe(1);
    await lab.page.getByRole("button", { name: /English|EN/ }).click();
    await expect.poll(() => lab!.page.getByRole("tab", { name: "Settings" }).count()).toBe(1);
  });

  it("has a presenter mode with larger type, kept across a reload, its button readable under the pointer", async () => {
    lab = await openLab({ width: 1920, height: 1080 });
    const { page } = lab;
    const fontSize = () =>
      page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const normal = await fontSize();
    const toggle = page.getByRole("button", { name: /Presenter/ });
    await toggle.click(); // the pointer stays on it
    await expect.poll(() => toggle.getAttribute("aria-pressed")).toBe("true");
    expect(await fontSize()).toBeGreaterThan(normal);
    // WCAG contrast of the button's text on its background, hovered.
    const contrast = await toggle.evaluate((b) => {
      const rgb = (c: string) => (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
      const lum = (c: string) => {
        const [r, g, bl] = rgb(c).map((v) => {
          const x = v / 255;
          return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
      };
      const style = getComputedStyle(b);
      const [a, c] = [lum(style.color), lum(style.backgroundColor)].sort((x, y) => y - x);
      return (a + 0.05) / (c + 0.05);
    });
    expect(contrast).toBeGreaterThanOrEqual(4.5);
    await lab.shot("presenter-1920");
    await page.reload();
    await page.locator('.app[aria-busy="false"]').waitFor();
    expect(await fontSize()).toBeGreaterThan(normal);
  });

  it("keeps the toolbar on one row in presenter mode on a 1280×720 projector, in both languages", async () => {
    lab = await openLab({ width: 1280, height: 720 });
    const { page } = lab;
    const toolbar = page.getByTestId("toolbar");
    const height = async () => (await toolbar.boundingBox())!.height;
    const oneRow = await height();
    const panelFont = () =>
      page
        .getByTestId("timeline-panel")
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const normalPanelFont = await panelFont();
    await page.getByRole("button", { name: /Presenter/ }).click();
    // The panels grow; the bar does not wrap into a second row.
    await expect.poll(panelFont).toBeGreaterThan(normalPanelFont);
    expect(await height()).toBeLessThanOrEqual(oneRow + 1);
    await page.getByRole("button", { name: /中文/ }).click();
    await expect.poll(() => page.getByRole("tab", { name: "设置" }).count()).toBe(1);
    expect(await height()).toBeLessThanOrEqual(oneRow + 1);
    await lab.shot("presenter-1280-zh-CN");
    // The bar's dialogs are read by the room: as large as the panels, not as the bar.
    await page.getByRole("button", { name: "跳到…" }).click();
    const dialogFont = await page
      .getByRole("dialog")
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(dialogFont).toBe(await panelFont());
  });

  it("keeps a setting just changed in view below the apply bar in presenter mode at 1280×720", async () => {
    lab = await openLab({ width: 1280, height: 720 });
    await lab.page.getByRole("button", { name: /Presenter/ }).click();
    // toggleSetting checks the setting's title is below the bar: here the setting, with its
    // explanation, is taller than the room the bar leaves.
    await toggleSetting(lab, "SESSION_EXPIRE_AT_BROWSER_CLOSE");
    await expect.poll(() => stepCount(lab!.page)).toBe(1);
  });

  it("shows clearsessions' answer from its first line in presenter mode at 1280×720", async () => {
    lab = await openLab({ width: 1280, height: 720 });
    const { page } = lab;
    await page.getByRole("button", { name: /Presenter/ }).click();
    await logIn(page, "alice", "alice123");
    await expect.poll(() => stepCount(page)).toBe(3);
    // +2 weeks lands on the row's expire_date: the answer adds a note on why it stays.
    await page.getByRole("button", { name: "+2 weeks", exact: true }).click();
    await page.getByRole("tab", { name: "manage.py" }).click();
    await page.getByRole("textbox", { name: "Command for python manage.py" }).fill("clearsessions");
    await page.keyboard.press("Enter");
    const summary = page.getByText(/removed 0 expired sessions from django_session/);
    await summary.waitFor();
    const line = (await summary.boundingBox())!;
    const terminal = (await page.locator(".manage .terminal").boundingBox())!;
    expect(line.y).toBeGreaterThanOrEqual(terminal.y);
    expect(line.y + line.height).toBeLessThanOrEqual(terminal.y + terminal.height);
    await lab.shot("clearsessions-presenter-1280");
  });

  it("keeps the toolbar's height when a past step is on show, so no panel moves", async () => {
    lab = await openLab({ width: 1280, height: 720 });
    const { page } = lab;
    const toolbar = page.getByTestId("toolbar");
    await page.getByRole("button", { name: "+1 min" }).click();
    await page.getByRole("button", { name: "+1 min" }).click();
    const present = (await toolbar.boundingBox())!.height;
    await page.getByRole("button", { name: /Step back/ }).click();
    await expect.poll(() => toolbar.getByText(/At step 1/).count()).toBe(1);
    expect((await toolbar.boundingBox())!.height).toBe(present);
  });

  it("shows a past step's cookie and django_session row in presenter mode on a 1280×720 projector", async () => {
    lab = await openLab({ width: 1280, height: 720 });
    const { page } = lab;
    await page.getByRole("button", { name: /Presenter/ }).click();
    await logIn(page, "alice", "alice123");
    await expect.poll(() => heading(lab!.page)).toContain("alice");
    // The new page shows from its top: the redirect's status line is not scrolled out of sight.
    const viewport = page.getByTestId("browser-panel").locator(".browser-viewport");
    expect(await viewport.evaluate((el) => el.scrollTop)).toBe(0);
    await expect.poll(() => viewport.getByText("302 Found").isVisible()).toBe(true);
    // Another step on the same page (the clock moves) leaves the learner's scroll alone. At
    // 1280×720 the page fits its pane now: a shorter window makes it scroll.
    await page.setViewportSize({ width: 1280, height: 520 });
    await expect
      .poll(() => viewport.evaluate((el) => el.scrollHeight > el.clientHeight))
      .toBe(true);
    const scrolled = await viewport.evaluate((el) => {
      el.scrollTop = 20;
      return el.scrollTop;
    });
    expect(scrolled).toBeGreaterThan(0);
    const before = await stepCount(page);
    await page.getByRole("button", { name: "+1 min" }).click();
    await expect.poll(() => stepCount(page)).toBe(before + 1);
    expect(await viewport.evaluate((el) => el.scrollTop)).toBe(scrolled);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByRole("button", { name: /Step back/ }).click();
    // Back to the login's POST, which set the cookie and saved the row.
    await page.getByRole("button", { name: /Step back/ }).click();
    /** Whether the panel shows the first row of its table whole, inside its scrolling body. */
    const showsRow = async (panel: string) => {
      const body = (await page.getByTestId(panel).locator(".panel-body").boundingBox())!;
      const row = (await page.getByTestId(panel).locator("tbody tr").first().boundingBox())!;
      return row.y >= body.y - 1 && row.y + row.height <= body.y + body.height + 1;
    };
    for (const panel of ["cookies-panel", "store-panel"]) {
      await expect
        .poll(() =>
          page
            .getByTestId(panel)
            .getByText(/· read-only/)
            .count(),
        )
        .toBe(1);
      await expect.poll(() => showsRow(panel)).toBe(true);
    }
    await lab.shot("presenter-1280-past-step");
    // A row's Details opens over the page, whole, and Escape gives focus back to its button.
    const details = page.getByTestId("store-panel").getByRole("button", { name: /^Details of/ });
    await details.click();
    const dialog = page.getByRole("dialog", { name: /^Details of/ });
    await expect.poll(() => dialog.getByText(/"username": "alice"/).isVisible()).toBe(true);
    await lab.shot("presenter-1280-store-details");
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await details.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it("shows the decoded data and the session_key of this browser's row whole, _session_expiry included, in presenter mode at 1280×720", async () => {
    lab = await openLab({ width: 1280, height: 720 });
    const { page } = lab;
    await page.getByRole("button", { name: /Presenter/ }).click();
    await logIn(page, "alice", "alice123");
    await expect.poll(() => heading(lab!.page)).toContain("alice");
    await runOp(page, "set_expiry()", { seconds: "60" });
    const panel = page.getByTestId("store-panel");
    const row = panel.locator("tr.current");
    await expect.poll(() => row.innerText()).toContain('"_session_expiry": 60');
    /**
     * Whether `text` in the row is drawn whole: its boxes lie within every box
     * around it, up to its cell, that clips what overflows.
     */
    const whole = (text: string) =>
      row.evaluate((tr, text) => {
        const walker = document.createTreeWalker(tr, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent!.indexOf(text);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + text.length);
          const boxes = [...range.getClientRects()];
          for (let el = node.parentElement; el && el !== tr; el = el.parentElement) {
            if (getComputedStyle(el).overflow === "visible") continue;
            const clip = el.getBoundingClientRect();
            const inside = boxes.every(
              (b) =>
                b.left >= clip.left - 0.5 &&
                b.right <= clip.right + 0.5 &&
                b.top >= clip.top - 0.5 &&
                b.bottom <= clip.bottom + 0.5,
            );
            if (!inside) return false;
          }
          return true;
        }
        return false;
      }, text);
    for (const item of ['"is_login": true', '"username": "alice"', '"_session_expiry": 60 }'])
      expect(await whole(item), item).toBe(true);
    // The key whole, to compare with the cookie's value in the jar.
    const key = /[a-z0-9]{32}/.exec(await row.innerText())![0];
    expect(await whole(key), key).toBe(true);
    // And the row whole in the panel, without scrolling.
    const body = (await panel.locator(".panel-body").boundingBox())!;
    const box = (await row.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(body.y - 1);
    expect(box.y + box.height).toBeLessThanOrEqual(body.y + body.height + 1);
    await lab.shot("presenter-1280-store-session-expiry");
    // Its timeline row says what ran, whole: the Python wraps rather than losing "(60)".
    const python = page
      .getByTestId("timeline-panel")
      .locator('[role="option"][aria-selected="true"] .step-python');
    expect(await python.textContent()).toBe("request.session.set_expiry(60)");
    expect(await python.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  });

  it("shows the copy box's whole explanation in presenter mode at 1280×720, in both languages, and gives the room back", async () => {
    lab = await openLab({ width: 1280, height: 720 });
    const { page } = lab;
    await page.getByRole("button", { name: /Presenter/ }).click();
    await logIn(page, "alice", "alice123");
    await expect.poll(() => heading(lab!.page)).toContain("alice");
    const jar = page.getByTestId("cookies-panel");
    const height = async () => (await jar.boundingBox())!.height;
    const before = await height();
    /** Whether the jar's scrolling body shows the box from its start to its explanation's last line. */
    const showsBox = async () => {
      const body = (await jar.locator(".panel-body").boundingBox())!;
      const box = (await jar.locator(".cookie-copy").boundingBox())!;
      const last = (await jar.locator(".cookie-hijack").last().boundingBox())!;
      return box.y >= body.y - 1 && last.y + last.height <= body.y + body.height + 1;
    };
    for (const { lang, copy, cancel } of [
      { lang: "en", copy: "Copy cookie sessionid to another browser", cancel: "Cancel" },
      { lang: "zh-CN", copy: "把 Cookie sessionid 复制到另一个浏览器", cancel: "取消" },
    ]) {
      if (lang === "zh-CN") {
        await page.getByRole("button", { name: /中文/ }).click();
        await expect.poll(() => page.getByRole("tab", { name: "设置" }).count()).toBe(1);
      }
      await jar.getByRole("button", { name: copy }).click();
      await expect.poll(showsBox).toBe(true);
      // The pane grew into the others, not the page: the page itself does not scroll.
      expect(await page.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0);
      await lab.shot(`copy-box-presenter-1280-${lang}`);
      await jar.getByRole("button", { name: cancel, exact: true }).click();
      await expect.poll(height).toBe(before);
    }
  });

  it("keeps the copy box's explanation whole across a language switch with the box open, in presenter mode at 1280×720", async () => {
    lab = await openLab({ lang: "zh-CN", width: 1280, height: 720 });
    const { page } = lab;
    await page.getByRole("button", { name: "演示模式" }).click();
    await logIn(page, "alice", "alice123");
    await expect.poll(() => heading(lab!.page)).toContain("alice");
    const jar = page.getByTestId("cookies-panel");
    /** Whether the jar's scrolling body shows the box's explanation to its last line. */
    const showsEnd = async () => {
      const body = (await jar.locator(".panel-body").boundingBox())!;
      const last = (await jar.locator(".cookie-hijack").last().boundingBox())!;
      return last.y >= body.y - 1 && last.y + last.height <= body.y + body.height + 1;
    };
    await jar.getByRole("button", { name: "把 Cookie sessionid 复制到另一个浏览器" }).click();
    await expect.poll(showsEnd).toBe(true);
    await page.getByRole("button", { name: "EN", exact: true }).click();
    await expect.poll(() => page.getByRole("tab", { name: "Settings" }).count()).toBe(1);
    await expect.poll(showsEnd).toBe(true);
    await page.getByRole("button", { name: "中文", exact: true }).click();
    await expect.poll(() => page.getByRole("tab", { name: "设置" }).count()).toBe(1);
    await expect.poll(showsEnd).toBe(true);
  });

  it("gives the tools their room back when the copy box closes after the learner dragged the store's divider", async () => {
    lab = await openLab({ width: 1280, height: 720 });
    const { page } = lab;
    await page.getByRole("button", { name: /Presenter/ }).click();
    await logIn(page, "alice", "alice123");
    await expect.poll(() => heading(lab!.page)).toContain("alice");
    const height = async (testId: string) => (await page.getByTestId(testId).boundingBox())!.height;
    const tools = await height("tools");
    const jar = page.getByTestId("cookies-panel");
    await jar.getByRole("button", { name: "Copy cookie sessionid to another browser" }).click();
    await expect.poll(() => height("tools")).toBeLessThan(tools - 50);
    // The store made larger by hand while the box is open.
    const divider = page.getByRole("separator", {
      name: "Resize the cookies and the session store",
    });
    const at = (await divider.boundingBox())!;
    await page.mouse.move(at.x + at.width / 2, at.y + at.height / 2);
    await page.mouse.down();
    await page.mouse.move(at.x + at.width / 2, at.y + at.height / 2 - 60, { steps: 5 });
    await page.mouse.up();
    const store = await height("store-panel");
    await jar.getByRole("button", { name: "Cancel", exact: true }).click();
    // The tools, left as lent, get their size back; the store keeps the learner's.
    await expect.poll(() => height("tools")).toBeCloseTo(tools, -1);
    expect(await height("store-panel")).toBeCloseTo(store, -1);
  });

  it.each([
    ["en", "Presenter", "Settings", "Operations"],
    ["zh-CN", "演示模式", "设置", "操作"],
  ] as const)(
    "shows a first run's Add-a-cookie box whole, border and all, below what to do at 1280×720, Run whole above it, in presenter mode too, and when the room was worked out while another tab was on show: %s",
    async (lang, presenter, settingsTab, opsTab) => {
      lab = await openLab({ lang, width: 1280, height: 720 });
      const { page } = lab;
      /** Whether the panel's scrolling body shows `what` whole. */
      const shows = async (panel: string, what: string) => {
        const body = (await page.getByTestId(panel).locator(".panel-body").boundingBox())!;
        const box = (await page.getByTestId(panel).locator(what).boundingBox())!;
        return box.y >= body.y - 1 && box.y + box.height <= body.y + body.height + 1;
      };
      /** The box whole and what to do above it, and Operations' Run too: the room came from elsewhere. */
      const showsBox = async () => {
        // Operations scroll in a box of their own, which clips Run.
        const ops = page.getByTestId("ops-panel");
        const clip = (await ops.locator(".ops-main").boundingBox())!;
        const run = (await ops.locator("form.ops-editor button.primary").boundingBox())!;
        const runWhole = run.y + run.height <= clip.y + clip.height + 1;
        return (
          (await shows("cookies-panel", ".cookies-empty")) &&
          (await shows("cookies-panel", ".cookie-add fieldset")) &&
          runWhole
        );
      };
      /** Two frames on: the loan follows the layout a frame later. */
      const frames = () =>
        page.evaluate(
          () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
        );
      /** Shows them once the panes have settled. */
      const settled = async () => {
        await expect.poll(showsBox).toBe(true);
        await frames();
        expect(await showsBox()).toBe(true);
      };
      await settled();
      await page.getByRole("button", { name: presenter }).click();
      await settled();
      // The store lent the room it leaves blank: its own text is still whole.
      expect(await shows("store-panel", ".panel-body > :last-child")).toBe(true);
      await lab.shot(`first-run-presenter-1280-${lang}`);

      // Presenter mode off and on again with Settings on show: the room is worked out anew with
      // no Run to spare. Back on Operations, Run is spared again (in Chinese the tools' minimum
      // would cut it).
      await page.getByRole("tab", { name: settingsTab }).click();
      await page.getByRole("button", { name: presenter }).click();
      await frames();
      await page.getByRole("button", { name: presenter }).click();
      await frames();
      await expect.poll(() => shows("cookies-panel", ".cookie-add fieldset")).toBe(true);
      await page.getByRole("tab", { name: opsTab }).click();
      await settled();
    },
  );

  it("names the login's new django_session row whole in its timeline row, and asks to continue above the steps, not over them, in presenter mode at 1280×720 in Chinese", async () => {
    lab = await openLab({ lang: "zh-CN", width: 1280, height: 720 });
    const { page } = lab;
    await page.getByRole("button", { name: "演示模式" }).click();
    await logIn(page, "alice", "alice123");
    await expect.poll(() => stepCount(page)).toBe(3);
    const timeline = page.getByTestId("timeline-panel");
    const options = timeline.getByRole("option");
    // The login's POST: its row says what it changed, the store first, neither cut off.
    const login = options.nth(1);
    const created = login.getByText("django_session：新建 1 行", { exact: true });
    const inside = async () => {
      const row = (await login.boundingBox())!;
      const box = (await created.boundingBox())!;
      const clipped = await created.evaluate((el) => el.scrollWidth > el.clientWidth);
      return (
        !clipped &&
        box.x >= row.x &&
        box.x + box.width <= row.x + row.width + 0.5 &&
        box.y >= row.y &&
        box.y + box.height <= row.y + row.height + 0.5
      );
    };
    await expect.poll(inside).toBe(true);
    expect(await login.getByText(/^Set-Cookie：sessionid=\w{8}…（新会话）$/).count()).toBe(1);
    await lab.shot("timeline-row-changes-presenter-1280-zh-CN");

    // Back at step 5 of 8 by ◀ and ▶: the list scrolled down to it, the step above half out of
    // sight at the list's top, where the question then comes.
    const minute = page.getByRole("button", { name: "+1 分钟" });
    for (let i = 0; i < 5; i++) await minute.click();
    await expect.poll(() => stepCount(page)).toBe(8);
    for (let i = 0; i < 4; i++) await timeline.getByRole("button", { name: "后退一步" }).click();
    await timeline.getByRole("button", { name: "前进一步" }).click();
    await expect.poll(() => options.nth(4).getAttribute("aria-selected")).toBe("true");
    await timeline.getByRole("button", { name: "从这里继续" }).click();
    const question = timeline.getByRole("alertdialog");
    await question.waitFor();
    /** The rows the list shows (even in part), and where the question ends. */
    const layout = () =>
      timeline.evaluate((panel) => {
        const list = panel.querySelector('[role="listbox"]')!.getBoundingClientRect();
        const rows = [...panel.querySelectorAll('[role="option"]')]
          .map((o) => ({
            selected: o.getAttribute("aria-selected"),
            box: o.getBoundingClientRect(),
          }))
          .filter(({ box }) => box.bottom > list.top + 0.5 && box.top < list.bottom - 0.5);
        const asked = panel.querySelector('[role="alertdialog"]')!.getBoundingClientRect();
        return {
          below: rows.every(({ box }) => box.top >= asked.bottom - 0.5),
          // The step asked about, whole, right under the question.
          first: rows[0]?.selected === "true" && rows[0].box.top >= list.top - 0.5,
        };
      });
    await expect.poll(layout).toEqual({ below: true, first: true });
    await lab.shot("timeline-continue-question-presenter-1280-zh-CN");

    // Asked about the login's POST, a row of three lines: it shows whole, inside the panel.
    await question.getByRole("button", { name: "取消" }).click();
    for (let i = 0; i < 3; i++) await timeline.getByRole("button", { name: "后退一步" }).click();
    await expect.poll(() => options.nth(1).getAttribute("aria-selected")).toBe("true");
    await timeline.getByRole("button", { name: "从这里继续" }).click();
    await question.waitFor();
    const whole = () =>
      timeline.evaluate((panel) => {
        const box = panel.getBoundingClientRect();
        const list = panel.querySelector('[role="listbox"]')!.getBoundingClientRect();
        const row = panel.querySelector('[role="option"][aria-selected="true"]')!;
        const r = row.getBoundingClientRect();
        return {
          listInPanel: list.bottom <= box.bottom + 0.5,
          rowWhole: r.top >= list.top - 0.5 && r.bottom <= list.bottom + 0.5,
        };
      });
    await expect.poll(whole).toEqual({ listInPanel: true, rowWhole: true });
    await lab.shot("timeline-continue-question-login-row-presenter-1280-zh-CN");
  });

  it("brings the timeline back to its last step with the present, and keeps it there in presenter mode", async () => {
    lab = await openLab({ width: 1280, height: 720 });
    const { page } = lab;
    const minute = page.getByRole("button", { name: "+1 min" });
    for (let i = 0; i < 15; i++) await minute.click();
    const timeline = page.getByTestId("timeline-panel");
    const options = timeline.getByRole("option");
    await expect.poll(() => options.count()).toBe(15);
    /** Whether the list shows step `n` (1-based) whole, not scrolled out of sight. */
    const shows = async (n: number) => {
      const list = (await timeline.getByRole("listbox").boundingBox())!;
      const row = (await options.nth(n - 1).boundingBox())!;
      return row.y >= list.y - 1 && row.y + row.height <= list.y + list.height + 1;
    };
    await options.first().click();
    await timeline.getByRole("listbox").press("Home");
    await expect.poll(() => shows(1)).toBe(true);
    await timeline.getByRole("button", { name: "Back to the present" }).click();
    await expect.poll(() => shows(15)).toBe(true);
    await minute.click();
    await expect.poll(() => shows(16)).toBe(true);
    await page.getByRole("button", { name: /Presenter/ }).click();
    await expect.poll(() => shows(16)).toBe(true);
    await lab.shot("timeline-follows-the-present");
    // A login's rows are taller in English than in Chinese: after the switch the list still ends
    // at the last step.
    await page.getByRole("button", { name: "中文", exact: true }).click();
    await expect.poll(() => page.getByRole("tab", { name: "设置" }).count()).toBe(1);
    await logIn(page, "alice", "alice123");
    await expect.poll(() => options.count()).toBe(19);
    await expect.poll(() => shows(19)).toBe(true);
    await page.getByRole("button", { name: "EN", exact: true }).click();
    await expect.poll(() => page.getByRole("tab", { name: "Settings" }).count()).toBe(1);
    // Once the panes have settled, not polled: the list passes its end on the way, and what is
    // asserted is where it stays.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
    expect(await shows(19)).toBe(true);
  });

  it("shares the playground as a link that replays in a fresh browser, and asks before it replaces other work", async () => {
    lab = await openLab();
    const { page } = lab;
    const steps = () =>
      page.getByTestId("timeline-panel").locator('.panel-head [role="status"]').textContent();
    await page.getByRole("button", { name: "+1 min" }).click();
    await page.getByRole("button", { name: "+1 min" }).click();
    const link = await copyShareLink(page);
    await page.getByRole("button", { name: "+1 h" }).click();
    await expect.poll(steps).toMatch(/^3 steps/);

    // Pasted into this tab: only the hash changes, and the link asks first.
    const paste = () => page.evaluate((h) => void (location.hash = h), new URL(link).hash);
    await paste();
    const dialog = page.getByRole("dialog", { name: "Open the shared scenario?" });
    await expect
      .poll(() => dialog.textContent())
      .toContain("replaces this playground and its 3 steps");
    await lab.shot("share-link-asks");
    await dialog.getByRole("button", { name: "Keep my playground" }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await steps()).toMatch(/^3 steps/);
    expect(new URL(page.url()).hash).toBe("");
    await paste();
    await dialog.getByRole("button", { name: "Open it" }).click();
    await expect.poll(steps).toMatch(/^2 steps/);

    // Opened in another browser profile: replayed at once, nothing to ask about.
    const other = await (await lab.browser.newContext({ locale: "en" })).newPage();
    await other.goto(link);
    await other.locator('.app[aria-busy="false"]').waitFor();
    await expect
      .poll(() =>
        other.getByTestId("timeline-panel").locator('.panel-head [role="status"]').textContent(),
      )
      .toMatch(/^2 steps/);
    expect(await other.getByRole("dialog").count()).toBe(0);
  });

  it("opens in Chinese for a Chinese browser", async () => {
    lab = await openLab({ lang: "zh-CN" });
    await expect.poll(() => lab!.page.locator("html").getAttribute("lang")).toBe("zh-CN");
    await lab.shot("default-language-from-browser-zh-CN");
  });

  it("works without a service worker (plain http on a non-local host), with a notice", async () => {
    lab = await openLab({ insecureHost: true });
    await expect.poll(() => lab!.page.getByTestId("no-service-worker").count()).toBe(1);
    await logIn(lab.page, "bob", "bob123");
    await expect.poll(() => heading(lab!.page)).toContain("bob");
    await lab.shot("no-service-worker");
  });

  it.each([
    ["http://127.0.0.1 (Web Locks)", false],
    ["plain http on a LAN name (no Web Locks: the tabs ask each other)", true],
  ])(
    "lets a second tab wait, saying why, and start once the first is closed: %s",
    async (_, insecureHost) => {
      lab = await openLab({ insecureHost });
      await logIn(lab.page, "alice", "alice123");
      await expect.poll(() => heading(lab!.page)).toContain("alice");
      const second = await lab.page.context().newPage();
      await second.goto(lab.page.url());
      await expect
        .poll(() => second.getByTestId("other-tab").textContent())
        .toMatch(/already open in another tab/);
      if (!insecureHost) await second.screenshot({ path: `${SCREENSHOTS}/second-tab-waits.png` });
      expect(await second.locator(".app").count()).toBe(0);
      await lab.page.close();
      await second.locator('.app[aria-busy="false"]').waitFor();
      // It starts with what the first tab saved: alice is still logged in.
      await expect.poll(() => heading(second)).toContain("alice");
    },
  );

  it("says in the learner's language why it could not start, with a way out", async () => {
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ locale: "zh-CN" });
      // Storage refused, as a browser may refuse it: the playground cannot open its database.
      await context.addInitScript(() => {
        IDBFactory.prototype.open = () => {
          throw new DOMException(
            "The user denied permission to access the database.",
            "UnknownError",
          );
        };
      });
      const page = await context.newPage();
      await page.goto(inject("baseURL"));
      const alert = page.getByRole("alert");
      await expect
        .poll(() => alert.textContent())
        .toMatch(/^Session Lab 未能启动（错误信息见下）。.*denied permission/);
      await page.screenshot({ path: `${SCREENSHOTS}/start-failed-zh.png` });
      await page.getByRole("button", { name: "重新加载页面" }).click();
      await page.waitForLoadState("load");
      await expect.poll(() => page.getByRole("button", { name: "重新加载页面" }).count()).toBe(1);
    } finally {
      await browser.close();
    }
  });

  it("is readable in a narrow window", async () => {
    lab = await openLab({ width: 800, height: 700 });
    await openLogin(lab.page);
    await lab.shot("narrow-800");
    const overflow = await lab.page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
