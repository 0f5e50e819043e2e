import { afterEach, describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
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

/** A lab at `width`×720 after alice's login, and its timeline's head: status and Step back. */
async function timelineHeadAfterLogin(width: number) {
  lab = await openLab({ width, height: 720 });
  const { page } = lab;
  await logIn(page, "alice", "alice123");
  await expect.poll(() => heading(page)).toContain("alice");
  const head = page.getByTestId("timeline-panel").locator(".panel-head");
  return {
    page,
    head,
    status: head.locator('[role="status"]'),
    back: head.locator(".timeline-nav button"),
  };
}

/** A long jar: eight cookies added by hand, c1=v1 to c8=v8. Returns the Add form. */
async function addEightCookies(page: Page): Promise<Locator> {
  const jar = page.getByTestId("cookies-panel");
  const add = jar.locator(".cookie-add");
  for (let i = 1; i <= 8; i++) {
    await add.getByLabel("Name").fill(`c${i}`);
    await add.getByLabel("Value").fill(`v${i}`);
    await add.getByRole("button", { name: "Add" }).click();
    await expect.poll(() => jar.locator("tr[data-cookie]").count()).toBe(i);
  }
  return add;
}

/** Waits until the panes have settled: the room the cookies borrow follows the layout a frame later. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
}

describe("the panes' layout, in Chromium", () => {
  it("shows the timeline's status whole beside Step back at 1280×720, in both languages, in presenter mode too", async () => {
    const { page, head, status, back } = await timelineHeadAfterLogin(1280);
    const check = async (name: string, text: string) => {
      await expect.poll(() => status.textContent()).toBe(text);
      // Nothing cut: neither the status nor either of its parts clipped, and inside the head.
      expect(
        await status.evaluate((el) =>
          [el, ...el.children].every(
            (e) => e.scrollWidth <= e.clientWidth && e.scrollHeight <= e.clientHeight,
          ),
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

  it("keeps the timeline's head about a button high in a 900 px window, its status in two lines at most", async () => {
    const { page, head, status, back } = await timelineHeadAfterLogin(900);
    for (const [name, button] of [
      ["en-900", "Presenter"],
      ["en-presenter-900", "中文"],
      ["zh-CN-presenter-900", "演示模式"],
      ["zh-CN-900", null],
    ] as const) {
      await settle(page);
      const lines = await status.evaluate(
        (el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight),
      );
      expect(lines).toBeLessThan(2.1);
      expect((await head.boundingBox())!.height).toBeLessThan(
        (await back.boundingBox())!.height * 1.6,
      );
      await lab!.shot(`timeline-status-${name}`);
      if (button) await page.getByRole("button", { name: button }).click();
    }
  });

  it("gives a step's store change its data on a row of its own, readable in the narrow step detail at 1920×1080", async () => {
    lab = await openLab({ lang: "zh-CN", width: 1920, height: 1080 });
    const { page } = lab;
    await logIn(page, "alice", "alice123");
    await expect.poll(() => heading(lab!.page)).toContain("alice");
    // The login's step: django_session gains a row.
    await page.getByTestId("timeline-panel").getByRole("option").nth(1).click();
    const table = page.locator(".step-detail table.diff").first();
    await table.scrollIntoViewIfNeeded();
    const data = table.locator("tr.diff-data td");
    await expect.poll(() => data.textContent()).toContain("'is_login': True");
    const fits = await table.evaluate((t) => {
      const box = t.parentElement!.getBoundingClientRect();
      const cell = t.querySelector("tr.diff-data td")!.getBoundingClientRect();
      return { inside: t.getBoundingClientRect().right <= box.right + 1, cell: cell.width };
    });
    expect(fits.inside).toBe(true);
    // Most of the table's width, not a column of a few characters.
    expect(fits.cell).toBeGreaterThan(200);
    await lab.shot("store-diff-zh-CN-1920");
  });

  it("strikes a flushed session's decoded data through with the rest of its row", async () => {
    lab = await openLab({ width: 1280, height: 720 });
    const { page } = lab;
    await logIn(page, "alice", "alice123");
    await expect.poll(() => heading(lab!.page)).toContain("alice");
    const ops = page.getByTestId("ops-panel");
    await ops.getByRole("option", { name: "flush()" }).click();
    await ops.locator("form.ops-editor button.primary").click();
    const items = page.getByTestId("store-panel").locator("tr.removed .store-item");
    await expect.poll(() => items.count()).toBe(2);
    expect(
      await items.evaluateAll((els) => els.map((el) => getComputedStyle(el).textDecorationLine)),
    ).toEqual(["line-through", "line-through"]);
  });

  it("shows the cookie being copied whole above the copy box, not under the column headers, in presenter mode at 1280×720", async () => {
    lab = await openLab({ width: 1280, height: 720 });
    const { page } = lab;
    await page.getByRole("button", { name: "Presenter" }).click();
    await logIn(page, "alice", "alice123");
    await expect.poll(() => heading(lab!.page)).toContain("alice");
    const jar = page.getByTestId("cookies-panel");
    const body = jar.locator(".panel-body");
    const row = jar.locator("tr[data-cookie]").filter({ hasText: "sessionid" });
    await jar.getByRole("button", { name: "Copy cookie sessionid to another browser" }).click();
    // The box is placed at the pane's bottom, its explanation whole, as before.
    const explained = async () => within(jar.locator(".cookie-hijack").last(), body);
    await expect.poll(explained).toBe(true);
    await settle(page);
    // The pane had to scroll: the headers, the row and the box do not all fit.
    expect(await body.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    expect(await within(row, body)).toBe(true);
    // Nothing over the row's top edge: the column headers scrolled away rather than cover it.
    const onTop = await row.evaluate((tr) => {
      const r = tr.getBoundingClientRect();
      return tr.contains(document.elementFromPoint(r.left + r.width / 2, r.top + 2));
    });
    expect(onTop).toBe(true);
    expect(await explained()).toBe(true);
    await lab.shot("cookie-copy-box-presenter-1280");
  });

  it("shows the first cookie at the jar's top after a first run in presenter mode at 1280×720, in Chinese", async () => {
    lab = await openLab({ lang: "zh-CN", width: 1280, height: 720 });
    const { page } = lab;
    // Presenter mode while the jar is empty: the Add form's even air scrolls the pane a little.
    await page.getByRole("button", { name: "演示模式" }).click();
    await settle(page);
    await logIn(page, "alice", "alice123");
    await expect.poll(() => heading(lab!.page)).toContain("alice");
    await settle(page);
    const jar = page.getByTestId("cookies-panel");
    const body = jar.locator(".panel-body");
    expect(await body.evaluate((el) => el.scrollTop)).toBe(0);
    // The pane is low there (a row and the headers about fill it): the row starts in view.
    const row = (await jar.locator("tr[data-cookie]").first().boundingBox())!;
    const pane = (await body.boundingBox())!;
    expect(row.y).toBeGreaterThanOrEqual(pane.y);
    expect(row.y + row.height / 2).toBeLessThan(pane.y + pane.height);
    await lab.shot("first-cookie-zh-CN-presenter-1280");
  });

  it("shows the pane handle the keyboard is on as a 6 px bar of the focus colour over the panes' edges", async () => {
    lab = await openLab({ width: 1280, height: 720 });
    const { page } = lab;
    const handles = page.locator("[data-separator]");
    expect(await handles.count()).toBe(4);
    for (let i = 0; i < 4; i++) {
      // From the control before it, as the keyboard goes.
      await handles.nth(i).focus();
      await page.keyboard.press("Shift+Tab");
      await page.keyboard.press("Tab");
      const bar = await handles.nth(i).evaluate((el) => {
        const probe = document.createElement("div");
        probe.style.background = "var(--focus)";
        document.body.append(probe);
        const focus = getComputedStyle(probe).backgroundColor;
        probe.remove();
        const after = getComputedStyle(el, "::after");
        const r = el.getBoundingClientRect();
        return {
          focused: document.activeElement === el,
          colour: after.backgroundColor === focus,
          thick: Math.min(
            r.width + parseFloat(after.left) * -1 + parseFloat(after.right) * -1,
            r.height + parseFloat(after.top) * -1 + parseFloat(after.bottom) * -1,
          ),
          // Over the panes' edges, which come later in the page.
          onTop: Number(after.zIndex) > 0,
        };
      });
      expect(bar).toEqual({ focused: true, colour: true, thick: 6, onTop: true });
    }
    await lab.shot("pane-handle-focus-1280");
  });

  it("keeps the cookie table's column headers at the top of its pane, opaque, as a long table scrolls", async () => {
    lab = await openLab({ width: 1280, height: 720 });
    const { page } = lab;
    const jar = page.getByTestId("cookies-panel");
    await addEightCookies(page);
    const body = jar.locator(".panel-body");
    // The Name column's header: the cells are what sticks, not their row group.
    const nameHeader = jar.locator(".cookies-table th").nth(1);
    // Scrolled to the table's last row: the headers are at the pane's top, over the rows.
    await jar
      .locator("tr[data-cookie]")
      .last()
      .evaluate((tr) => {
        const pane = tr.closest<HTMLElement>(".panel-body")!;
        pane.scrollTop += tr.getBoundingClientRect().bottom - pane.getBoundingClientRect().bottom;
      });
    await settle(page);
    expect(await body.evaluate((el) => el.scrollTop)).toBeGreaterThan(100);
    const top = (await body.boundingBox())!.y;
    expect((await nameHeader.boundingBox())!.y).toBeCloseTo(top, 0);
    // Opaque: the rows scrolled under it do not show through.
    const ground = await nameHeader.evaluate((th) => getComputedStyle(th).backgroundColor);
    expect(ground).toMatch(/^rgb\(/);
    await lab.shot("cookie-table-head-scrolled-1280");
  });

  it("keeps every row button the keyboard goes back to out from under the pinned column headers, in a long cookie table", async () => {
    lab = await openLab({ width: 1280, height: 720 });
    const { page } = lab;
    const jar = page.getByTestId("cookies-panel");
    const add = await addEightCookies(page);
    await add.getByLabel("Name").focus();
    const covered: string[] = [];
    // Back up through the table, every row's buttons, to the first row.
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press("Shift+Tab");
      await settle(page);
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        if (!el.closest("tr[data-cookie]")) return null;
        const r = el.getBoundingClientRect();
        const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return { label: el.getAttribute("aria-label") ?? el.textContent, shown: el.contains(top) };
      });
      if (focus && !focus.shown) covered.push(focus.label ?? "?");
      if (await page.evaluate(() => document.activeElement?.closest("thead, .panel-head") !== null))
        break;
    }
    expect(covered).toEqual([]);
    expect(await jar.locator(".panel-body").evaluate((el) => el.scrollTop)).toBeLessThan(5);
  });

  it("leaves the cookie pane where the learner typing in the Add form has it, on a first run in presenter mode at 900×720", async () => {
    lab = await openLab({ width: 900, height: 720 });
    const { page } = lab;
    await page.getByRole("button", { name: "Presenter" }).click();
    await settle(page);
    const jar = page.getByTestId("cookies-panel");
    const body = jar.locator(".panel-body");
    const name = jar.locator(".cookie-add").getByLabel("Name");
    // Too little room for the whole form: the click scrolls the pane down to the field.
    await name.click();
    await settle(page);
    expect(await body.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    // A refused name: the form grows by its explanation, and the field stays in view.
    await page.keyboard.type("a;b");
    await expect.poll(() => jar.locator(".cookie-refused").count()).toBe(1);
    await settle(page);
    await settle(page);
    expect(await within(name, body)).toBe(true);
    await lab.shot("cookie-add-typing-presenter-900");
  });

  it.each([
    ["en", "Presenter", "+ add browser"],
    ["zh-CN", "演示模式", "+ 添加浏览器"],
  ] as const)(
    "shows the browser's first-run guide whole in presenter mode at 1280×720, a second browser's too: %s",
    async (lang, presenter, addBrowser) => {
      lab = await openLab({ lang, width: 1280, height: 720 });
      const { page } = lab;
      await page.getByRole("button", { name: presenter }).click();
      const viewport = page.getByTestId("browser-panel").locator(".browser-viewport");
      const guide = viewport.locator(".browser-blank");
      /** Its heading, its button and its text, each in view without scrolling the pane. */
      const whole = async (name: string) => {
        await settle(page);
        for (const part of ["h2", "button", "p"])
          expect(await within(guide.locator(part), viewport)).toBe(true);
        expect(await viewport.evaluate((el) => el.scrollTop)).toBe(0);
        await lab!.shot(`browser-guide-presenter-1280-${lang}-${name}`);
      };
      await whole("A");
      // A second browser's guide is longer: bob's login, or a copied cookie.
      await page.getByRole("button", { name: addBrowser }).click();
      await page.keyboard.type("B");
      await page.keyboard.press("Enter");
      await expect.poll(() => guide.locator("h2").textContent()).toMatch(/B/);
      await whole("B");
    },
  );
});
