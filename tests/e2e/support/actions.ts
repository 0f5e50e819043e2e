import type { FrameLocator, Page } from "playwright-core";
import { expect } from "vitest";

/** The demo site's page inside the simulated browser's sandboxed frame. */
export const site = (page: Page): FrameLocator => page.frameLocator("iframe").first();

export async function openLogin(page: Page): Promise<void> {
  const open = page.getByRole("button", { name: "Open /login/" });
  if (await open.count()) await open.click();
  else await page.getByRole("button", { name: "/login/", exact: true }).click();
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

/** Replaces the text of the open Monaco editor. */
export async function typeInEditor(page: Page, text: string): Promise<void> {
  await page.locator(".code-editor .monaco-editor").click();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(text);
}
