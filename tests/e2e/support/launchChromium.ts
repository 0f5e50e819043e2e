import { execFileSync } from "node:child_process";
import { chromium, type Browser } from "playwright-core";

/** Headless flags for this machine: no sandbox as root, and no network chatter (only loopback is reachable). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Debian's Chromium (found or installed by scripts/findChromium.sh), headless, with no network chatter. */
export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  const executablePath =
    process.env.CHROMIUM_PATH ||
    execFileSync("bash", ["scripts/findChromium.sh"], { encoding: "utf8" }).trim();
  return chromium.launch({
    executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}
