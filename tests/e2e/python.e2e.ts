import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_VIEWS_PY } from "../../src/server/python/defaultViewsPy.ts";
import { heading, jumpSeconds, logIn, site, typeInEditor } from "./support/actions.ts";
import { openLab, type Lab } from "./support/openLab.ts";

let lab: Lab;
beforeAll(async () => {
  lab = await openLab();
  await lab.page.getByRole("tab", { name: "Code" }).click();
  await lab.page.locator(".code-editor .monaco-editor").waitFor();
});
afterAll(async () => {
  expect(lab.errors).toEqual([]);
  await lab.close();
});

/** Puts `source` in views.py and runs it as Python. */
async function runViews(source: string) {
  const { page } = lab;
  await page.getByRole("tab", { name: "views.py" }).click();
  await typeInEditor(page, source);
  await page.getByRole("button", { name: "Run my views" }).click();
  await expect
    .poll(() => page.getByTestId("python-status").textContent(), { timeout: 100_000 })
    .toMatch(/runs your views\.py as Python[\s\S]*ready/);
}

// Starting CPython takes seconds (more on a busy machine): these tests get more time.
describe("views.py as real Python, in Chromium", { timeout: 180_000 }, () => {
  it("logs the learner out 11 s after log_in calls request.session.set_expiry(10)", async () => {
    const edited = DEFAULT_VIEWS_PY.replace(
      '            request.session["username"] = user\n',
      '            request.session["username"] = user\n            request.session.set_expiry(10)\n',
    );
    expect(edited).not.toBe(DEFAULT_VIEWS_PY);
    await runViews(edited);
    await logIn(lab.page, "alice", "alice123");
    await expect.poll(() => heading(lab.page), { timeout: 30_000 }).toContain("alice");
    await lab.shot("python-1-logged-in-with-set-expiry-10");
    await jumpSeconds(lab.page, 11);
    await lab.page.getByRole("button", { name: "/backend/", exact: true }).click();
    await expect.poll(() => site(lab.page).locator('input[name="user"]').count()).toBe(1);
  });

  it("shows Django's debug page for a KeyError and keeps the old session", async () => {
    await runViews(DEFAULT_VIEWS_PY);
    await logIn(lab.page, "bob", "bob123");
    await expect.poll(() => heading(lab.page)).toContain("bob");
    const raising = DEFAULT_VIEWS_PY.replace(
      '        username = request.session.get("username")\n',
      '        username = request.session.get("username")\n        request.session["username"] = "mallory"\n        request.session["missing"]\n',
    );
    await runViews(raising);
    await lab.page.getByRole("button", { name: "/backend/", exact: true }).click();
    await expect.poll(() => heading(lab.page)).toContain("KeyError");
    const page = await site(lab.page).locator("body").textContent();
    expect(page).toContain("views.py, line 20, in backend");
    await lab.shot("python-2-keyerror-debug-page");
    // The session was not saved on the 500: bob is still bob.
    await runViews(DEFAULT_VIEWS_PY);
    await lab.page.getByRole("button", { name: "/backend/", exact: true }).click();
    await expect.poll(() => heading(lab.page)).toContain("bob");
  });

  it("stops a view that never returns, restarts Python and keeps the page answering", async () => {
    await runViews(
      DEFAULT_VIEWS_PY.replace(
        "def log_out(request):\n",
        "def log_out(request):\n    while True:\n        pass\n",
      ),
    );
    const started = Date.now();
    await lab.page.getByRole("button", { name: "/logout/", exact: true }).click();
    // The toolbar keeps working while Python spins.
    await lab.page.getByRole("button", { name: "+1 min" }).click();
    await expect.poll(() => heading(lab.page), { timeout: 30_000 }).toContain("TimeoutError");
    expect(Date.now() - started).toBeLessThan(25_000);
    await expect
      .poll(() => lab.page.getByTestId("python-status").textContent())
      .toMatch(/restarted 1 time/);
    await lab.shot("python-3-endless-loop-stopped");
    await lab.page.getByRole("button", { name: "/backend/", exact: true }).click();
    await expect.poll(() => heading(lab.page), { timeout: 30_000 }).toContain("bob");
  });
});
