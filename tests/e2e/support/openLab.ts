import { mkdirSync } from "node:fs";
import { afterAll, beforeAll, expect, inject } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "./launchChromium.ts";

export const SCREENSHOTS = "test-results/e2e";

export interface Lab {
  page: Page;
  browser: Browser;
  /** Errors the page threw, and requests to other hosts: a test fails on any. */
  errors: string[];
  shot(name: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens the built playground in a fresh Chromium profile. `insecureHost`
 * serves it as http://lab.test (mapped to loopback): not a secure context, so
 * no service worker — as a page on a LAN address would be.
 */
export async function openLab(
  opts: { lang?: "en" | "zh-CN"; width?: number; height?: number; insecureHost?: boolean } = {},
): Promise<Lab> {
  const port = inject("port");
  const browser = await launchChromium(
    opts.insecureHost ? [`--host-resolver-rules=MAP lab.test 127.0.0.1:${port}`] : [],
  );
  const context = await browser.newContext({
    locale: opts.lang ?? "en",
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 720 },
  });
  // Tests paste code into Monaco as a learner would.
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  // Offline by design: nothing may be fetched from anywhere but the app's own origin.
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (!["http:", "https:"].includes(url.protocol)) return;
    if (!["127.0.0.1", "lab.test", "localhost"].includes(url.hostname))
      errors.push(`request to ${r.url()}`);
  });
  await page.goto(opts.insecureHost ? `http://lab.test:${port}/` : inject("baseURL"));
  await page.locator('.app[aria-busy="false"]').waitFor();
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    page,
    browser,
    errors,
    shot: async (name) => void (await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` })),
    close: () => browser.close(),
  };
}

/**
 * One lab for a whole test file, opened on the Code tab with Monaco loaded,
 * and checked for page errors when the file is done. The object is filled in
 * by beforeAll: read it inside tests only.
 */
export function labOnCodeTab(): Lab {
  const lab = {} as Lab;
  beforeAll(async () => {
    Object.assign(lab, await openLab());
    await lab.page.getByRole("tab", { name: "Code" }).click();
    await lab.page.locator(".code-editor .monaco-editor").waitFor();
  });
  afterAll(async () => {
    expect(lab.errors).toEqual([]);
    await lab.close();
  });
  return lab;
}
