// Takes a screenshot of a running playground, for looking at what a learner sees:
//   npx tsx scripts/screenshot.ts URL OUT.png [WIDTHxHEIGHT] [lang]
import { launchChromium } from "../tests/e2e/support/launchChromium.ts";

const [url, out, size = "1280x720", lang = "en"] = process.argv.slice(2);
if (!url || !out) {
  console.error("usage: npx tsx scripts/screenshot.ts URL OUT.png [WIDTHxHEIGHT] [en|zh-CN]");
  process.exit(2);
}
const [width, height] = size.split("x").map(Number);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width, height }, locale: lang });
page.on("pageerror", (e) => console.error("page error:", e.message));
await page.goto(url);
await page.waitForTimeout(1500);
await page.screenshot({ path: out });
await browser.close();
