import type { FrameLocator, Page } from "playwright-core";
import { expect } from "vitest";

/** The demo site's page inside the simulated browser's sandboxed frame. */
export const site = (page: Page): FrameLocator => page.frameLocator("iframe").first();

export async function openLogin(page: Page): Promise<void> {
  // The login form may be on show already: wait for the new page's step, not just for a form,
  // or the old form gets filled while the new page (slow through Python) is on its way.
  const before = await stepCount(page);
  const open = page.getByRole("button", { name: "Open /login/" });
  if (await open.count()) await open.click();
  else await page.getByRole("button", { name: "/login/", exact: true }).click();
  await expect.poll(() => stepCount(page), { timeout: 30_000 }).toBeGreaterThan(before);
  await expect.poll(() => site(page).locator('input[name="user"]').count()).toBe(1);
}

/** Fills and submits the login form as a learner would. */
export async function logIn(page: Page, user: string, pwd: string): Promise<void> {
  await openLogin(page);
  await site(page).locator('input[name="user"]').fill(user);
  await site(page).locator('input[name="pwd"]').fill(pwd);
  await site(page).locator('input[type="submit"]').click();
}

export async function heading(page: Page): Promise<string> {
  return (await site(page).locator("h1, h3").first().textContent()) ?? "";
}

/** The virtual clock's time, read from the toolbar (YYYY-MM-DD HH:MM:SS UTC). */
export async function virtualNow(page: Page): Promise<number> {
  const text = await page
    .locator("header")
    .getByText(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC/)
    .first()
    .textContent();
  const m = /(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})/.exec(text ?? "");
  if (!m) throw new Error(`no clock in the toolbar: ${text}`);
  return Date.parse(`${m[1]}T${m[2]}Z`);
}

/** "Jump to…" the virtual clock's time plus `seconds`. */
export async function jumpSeconds(page: Page, seconds: number): Promise<void> {
  const target = new Date((await virtualNow(page)) + seconds * 1000).toISOString().slice(0, 19);
  await page.getByRole("button", { name: "Jump to…" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Date and time (UTC)").fill(target);
  await dialog.getByRole("button", { name: "Jump", exact: true }).click();
  await expect.poll(() => virtualNow(page)).toBe(Date.parse(`${target}Z`));
}

/**
 * Replaces the open Monaco editor's text by pasting it (select all, Ctrl+V):
 * typed text would meet the editor's auto-indent and suggestions.
 */
export async function pasteInEditor(page: Page, text: string): Promise<void> {
  await page.locator(".code-editor .monaco-editor").click();
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Control+V");
}

/** The playground's share link, read from the toolbar's Share link dialog (closed again). */
export async function copyShareLink(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Share link" }).click();
  const link = await page.getByLabel("Link", { exact: true }).inputValue();
  await page
    .getByRole("dialog", { name: "Share link" })
    .getByRole("button", { name: "Close" })
    .click();
  return link;
}

/** How many steps the timeline holds (its heading says "N steps", or "共 N 步" in Chinese). */
export async function stepCount(page: Page): Promise<number> {
  const text = await page
    .getByText(/^\d+ steps?\b|^共 \d+ 步|no steps yet|还没有步骤/)
    .first()
    .textContent();
  return Number(/\d+/.exec(text ?? "")?.[0] ?? 0);
}

/** Runs one op from the Operations tab (its label in the list, then its fields) and returns the result text. */
export async function runOp(
  page: Page,
  label: string,
  fields: Record<string, string> = {},
): Promise<string> {
  await page.getByRole("tab", { name: "Operations" }).click();
  await page.getByRole("option", { name: label, exact: true }).click();
  for (const [name, value] of Object.entries(fields))
    await page.getByLabel(name, { exact: true }).fill(value);
  const n = await stepCount(page);
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect.poll(() => stepCount(page)).toBe(n + 1);
  const result = page.getByLabel("Result of the last run");
  await expect.poll(() => result.innerText()).toContain(`Step ${n + 1}:`);
  return (await result.innerText()).replace(/\s+/g, " ");
}

/** Types a command at the manage.py console's prompt. */
export async function manage(page: Page, command: string): Promise<void> {
  await page.getByRole("tab", { name: "manage.py" }).click();
  const prompt = page.getByLabel("Command for python manage.py");
  await prompt.fill(command);
  await prompt.press("Enter");
}

export const storePanel = (page: Page) =>
  page.locator(".panel", { hasText: "Session store" }).last();
export const jarPanel = (page: Page) =>
  page.locator(".panel", { hasText: "What page JavaScript sees" }).last();

/** The store panel's text. */
export async function storeText(page: Page): Promise<string> {
  return (await storePanel(page).innerText()).replace(/\s+/g, " ");
}

/** The cookie jar panel's text. */
export async function jarText(page: Page): Promise<string> {
  return (await jarPanel(page).innerText()).replace(/\s+/g, " ");
}
