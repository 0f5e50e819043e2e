import { describe, expect, it } from "vitest";
import { labOnCodeTab } from "./support/openLab.ts";

const lab = labOnCodeTab();

/** Where keyboard focus is: "editor", or the focused control's role and name as a learner would hear them. */
const focus = () =>
  lab.page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "nowhere";
    if (el.closest(".code-editor")) return "editor";
    return `${el.tagName.toLowerCase()} ${el.getAttribute("aria-label") ?? el.textContent?.trim()}`;
  });

/** views.py's first line as Monaco shows it, once it has drawn it (its spaces are no-break spaces). */
async function firstLine() {
  await lab.page.evaluate(() => new Promise(requestAnimationFrame));
  return lab.page.evaluate(() =>
    (document.querySelector(".code-editor .view-line")?.textContent ?? "").replace(/\u00a0/g, " "),
  );
}

/** Tabs into the editor from the button before it, keyboard only. */
async function tabIntoEditor() {
  await lab.page.getByRole("button", { name: "Larger editor" }).focus();
  await lab.page.keyboard.press("Tab");
  expect(await focus()).toBe("editor");
}

describe("leaving the code editor by keyboard, in Chromium", () => {
  it("keeps Tab for indenting, and lets Esc then Tab or Shift+Tab move focus out", async () => {
    const { page } = lab;
    await tabIntoEditor();
    const line = await firstLine();
    await page.keyboard.press("Tab");
    expect(await focus()).toBe("editor");
    expect(await firstLine()).toBe(`    ${line}`);
    await page.keyboard.press("Control+Z");
    expect(await firstLine()).toBe(line);
    await page.keyboard.press("Escape");
    await page.keyboard.press("Tab");
    const after = await focus();
    expect(after).not.toBe("editor");
    expect(after).not.toBe("nowhere");
    await page.keyboard.press("Shift+Tab");
    expect(await focus()).toBe("editor");
    await page.keyboard.press("Escape");
    await page.keyboard.press("Shift+Tab");
    expect(await focus()).toBe("button Larger editor");
    await lab.shot("code-keyboard-1-left-backwards");
  });

  it("indents again once another key comes between Esc and Tab, or the Esc only dropped a selection", async () => {
    const { page } = lab;
    await tabIntoEditor();
    const line = await firstLine();
    await page.keyboard.press("Escape");
    await page.keyboard.press("End");
    await page.keyboard.press("Home");
    await page.keyboard.press("Tab");
    expect(await focus()).toBe("editor");
    expect(await firstLine()).toBe(`    ${line}`);
    await page.keyboard.press("Control+Z");
    // This Esc goes to collapsing the selection (the cursor stays at the line's end).
    await page.keyboard.press("Shift+End");
    await page.keyboard.press("Escape");
    await page.keyboard.press("Tab");
    expect(await focus()).toBe("editor");
    expect(await firstLine()).not.toBe(line);
    expect((await firstLine()).trimEnd()).toBe(line);
    await page.keyboard.press("Control+Z");
    expect(await firstLine()).toBe(line);
  });

  it("makes Tab move focus after Ctrl+M, says so under the editor, and indents again after Ctrl+M", async () => {
    const { page } = lab;
    const keys = page.locator(".code-keys");
    expect(await keys.textContent()).toBe(
      "Tab indents. Esc, then Tab: leave the editor. Ctrl+M: Tab moves focus instead.",
    );
    await tabIntoEditor();
    await page.keyboard.press("Control+M");
    expect(await keys.textContent()).toBe(
      "Tab moves focus out of the editor. Ctrl+M: Tab indents again.",
    );
    await lab.shot("code-keyboard-2-tab-moves-focus");
    await page.keyboard.press("Tab");
    expect(await focus()).not.toBe("editor");
    await page.keyboard.press("Shift+Tab");
    expect(await focus()).toBe("editor");
    await page.keyboard.press("Control+M");
    const line = await firstLine();
    await page.keyboard.press("Tab");
    expect(await focus()).toBe("editor");
    expect(await firstLine()).not.toBe(line);
    expect(await keys.textContent()).toMatch(/^Tab indents\./);
  });
});

describe("room for the code editor, in Chromium", () => {
  it("gives the editor most of its column at a press, and the cookies and the store their room back at the next", async () => {
    const { page } = lab;
    const editorHeight = async () => (await page.locator(".code-editor").boundingBox())!.height;
    const cookiesHeight = async () =>
      (await page.getByTestId("cookies-panel").boundingBox())!.height;
    const [editor, cookies] = [await editorHeight(), await cookiesHeight()];
    const larger = page.getByRole("button", { name: "Larger editor" });
    expect(await larger.getAttribute("aria-pressed")).toBe("false");
    await larger.focus();
    await page.keyboard.press("Enter");
    await expect.poll(editorHeight).toBeGreaterThan(editor * 1.8);
    expect(await cookiesHeight()).toBeLessThan(cookies);
    expect(await larger.getAttribute("aria-pressed")).toBe("true");
    await lab.shot("code-larger-editor");
    await page.keyboard.press("Enter");
    await expect.poll(editorHeight).toBeCloseTo(editor, 0);
    expect(await cookiesHeight()).toBeCloseTo(cookies, 0);
    expect(await larger.getAttribute("aria-pressed")).toBe("false");
  });
});

describe("saving the code by keyboard, in Chromium", () => {
  it("keeps focus on Save once there is nothing left to save, instead of dropping it to the page", async () => {
    const { page } = lab;
    await tabIntoEditor();
    await page.keyboard.press("End");
    await page.keyboard.type("  # saved by keyboard");
    const save = page.getByRole("button", { name: "Save", exact: true });
    await expect.poll(() => save.getAttribute("aria-disabled")).toBe("false");
    await save.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => save.getAttribute("aria-disabled")).toBe("true");
    await page.evaluate(() => new Promise(requestAnimationFrame));
    expect(await focus()).toBe("button Save");
    // Pressed again with nothing to save, it does nothing: no step, no dialog.
    await page.keyboard.press("Enter");
    expect(await page.getByRole("alertdialog").count()).toBe(0);
  });
});
