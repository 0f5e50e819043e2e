import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

/**
 * What axe-core (WCAG 2.x A and AA, and its best practices) finds wrong in the page as it is
 * now: one line per rule and element, empty when nothing is. The demo site's sandboxed frame is
 * left out: it runs no scripts, and its page is the tutorial's own plain HTML.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window)))
    await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
    const { violations } = await axe.run(
      { exclude: [["iframe"]] },
      { resultTypes: ["violations"], iframes: false },
    );
    return violations.flatMap((v) =>
      v.nodes.map(
        (n) =>
          `${v.id} (${v.impact}) at ${n.target.join(" ")}: ${n.failureSummary?.replace(/\s+/g, " ")}`,
      ),
    );
  });
}
