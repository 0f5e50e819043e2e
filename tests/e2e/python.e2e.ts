import { describe, expect, it } from "vitest";
import { DEFAULT_VIEWS_PY } from "../../src/server/python/defaultViewsPy.ts";
import {
  heading,
  jumpSeconds,
  logIn,
  pasteInEditor,
  copyShareLink,
  site,
  stepCount,
} from "./support/actions.ts";
import { labOnCodeTab } from "./support/openLab.ts";

const lab = labOnCodeTab();

/** The 1-based line of views.py that contains `text`. */
const lineOf = (text: string) =>
  DEFAULT_VIEWS_PY.split("\n").findIndex((l) => l.includes(text)) + 1;

/** The tutorial's views.py with `lines` (already indented) added after the line containing `after`. */
function edited(after: string, lines: string[]): string {
  const all = DEFAULT_VIEWS_PY.split("\n");
  all.splice(lineOf(after), 0, ...lines);
  return all.join("\n");
}

/** Puts `source` in views.py and runs it as Python. */
async function runViews(source = DEFAULT_VIEWS_PY) {
  const { page } = lab;
  await page.getByRole("tab", { name: "views.py" }).click();
  await pasteInEditor(page, source);
  await page.getByRole("button", { name: "Run my views" }).click();
  await expect
    .poll(() => page.getByTestId("python-status").textContent(), { timeout: 100_000 })
    .toMatch(/runs your views\.py as Python[\s\S]*ready/);
  expect(await page.locator(".code-problems").count()).toBe(0);
}

/** A page answered by Python: a request through CPython in the page can take seconds on a busy machine. */
const PYTHON_ANSWERS = { timeout: 30_000 };

// Starting CPython takes seconds (more on a busy machine): these tests get more time.
describe("views.py as real Python, in Chromium", { timeout: 180_000 }, () => {
  it("logs the learner out 11 s after log_in calls request.session.set_expiry(10)", async () => {
    await runViews(
      edited('request.session["username"] = user', ["            request.session.set_expiry(10)"]),
    );
    await logIn(lab.page, "alice", "alice123");
    await expect.poll(() => heading(lab.page), PYTHON_ANSWERS).toContain("alice");
    await lab.shot("python-1-logged-in-with-set-expiry-10");
    await jumpSeconds(lab.page, 11);
    await lab.page.getByRole("button", { name: "/backend/", exact: true }).click();
    await expect
      .poll(() => site(lab.page).locator('input[name="user"]').count(), PYTHON_ANSWERS)
      .toBe(1);
  });

  it("shows Django's debug page for a KeyError and keeps the old session", async () => {
    await runViews();
    await logIn(lab.page, "bob", "bob123");
    await expect.poll(() => heading(lab.page), PYTHON_ANSWERS).toContain("bob");
    const after = 'username = request.session.get("username")';
    await runViews(
      edited(after, [
        '        request.session["username"] = "mallory"',
        '        request.session["missing"]',
      ]),
    );
    await lab.page.getByRole("button", { name: "/backend/", exact: true }).click();
    await expect.poll(() => heading(lab.page), PYTHON_ANSWERS).toContain("KeyError");
    const page = await site(lab.page).locator("body").textContent();
    expect(page).toContain(`views.py, line ${lineOf(after) + 2}, in backend`);
    expect(page).toContain("Exception Value:'missing'");
    // Logged once, as Django's handler logs a view that raised, the exception below the path.
    const log = await lab.page.getByTestId("timeline-panel").locator(".step-log").textContent();
    expect(log?.match(/Internal Server Error/g)).toHaveLength(1);
    expect(log).toContain("Internal Server Error: /backend/\nKeyError: 'missing'");
    await lab.shot("python-2-keyerror-debug-page");
    // The session was not saved on the 500: bob is still bob.
    await runViews();
    await lab.page.getByRole("button", { name: "/backend/", exact: true }).click();
    await expect.poll(() => heading(lab.page), PYTHON_ANSWERS).toContain("bob");
  });

  it("stops a view that never returns, restarts Python and keeps the page answering", async () => {
    await runViews(edited("def log_out(request):", ["    while True:", "        pass"]));
    const started = Date.now();
    await lab.page.getByRole("button", { name: "/logout/", exact: true }).click();
    // The toolbar keeps working while Python spins.
    await lab.page.getByRole("button", { name: "+1 min" }).click();
    await expect.poll(() => heading(lab.page), PYTHON_ANSWERS).toContain("TimeoutError");
    expect(Date.now() - started).toBeLessThan(25_000);
    await expect
      .poll(() => lab.page.getByTestId("python-status").textContent(), PYTHON_ANSWERS)
      .toMatch(/restarted 1 time/);
    await lab.shot("python-3-endless-loop-stopped");
    await lab.page.getByRole("button", { name: "/backend/", exact: true }).click();
    await expect.poll(() => heading(lab.page), PYTHON_ANSWERS).toContain("bob");
  });

  it("keeps a Python dict's key order in django_session and when the view reads it back", async () => {
    await runViews(
      edited('request.session["username"] = user', [
        '            request.session["cart"] = {"b": 1, "2": 2, 1: {"10": 0}}',
      ]),
    );
    await logIn(lab.page, "alice", "alice123");
    await expect.poll(() => heading(lab.page), PYTHON_ANSWERS).toContain("alice");
    await runViews(
      edited('username = request.session.get("username")', [
        '        request.session["order"] = list(request.session["cart"].keys())',
      ]),
    );
    await lab.page.getByRole("button", { name: "/backend/", exact: true }).click();
    const store = lab.page.getByTestId("store-panel");
    // As Django stores it: {"cart": {"b": 1, "2": 2, "1": {"10": 0}}, "order": ["b", "2", "1"]}
    await expect
      .poll(() => store.textContent(), PYTHON_ANSWERS)
      .toMatch(/"cart": \{ "b": 1, "2": 2, "1": \{ "10": 0 \} \}.*"order": \[ "b", "2", "1" \]/);
  });

  it("keeps a tuple and an int key as the view stored them until the next request reads JSON", async () => {
    await runViews(
      edited('request.session["username"] = user', [
        '            request.session["pair"] = (1, 2)',
        '            request.session["ints"] = {1: "a"}',
        // A list handed to the view, then replaced: the replacement is what is saved.
        '            request.session["cart"] = [1]',
        '            cart = request.session["cart"]',
        '            request.session["cart"] = 5',
        // A dict that only looks like one of the bridge's tags stays a dict.
        '            request.session["tagged"] = {"__set__": [1]}',
        '            assert request.session["tagged"] == {"__set__": [1]}',
        '            assert request.session["pair"] == (1, 2) and request.session["ints"] == {1: "a"}',
        '            assert request.session.get("pair") == (1, 2) and dict(request.session.items())["pair"] == (1, 2)',
      ]),
    );
    await logIn(lab.page, "alice", "alice123");
    await expect.poll(() => heading(lab.page), PYTHON_ANSWERS).toContain("alice");
    await runViews(
      edited('username = request.session.get("username")', [
        '        request.session["seen"] = [type(request.session["pair"]).__name__, list(request.session["ints"]), request.session["cart"], type(request.session["tagged"]).__name__]',
      ]),
    );
    await lab.page.getByRole("button", { name: "/backend/", exact: true }).click();
    // The next request reads them back from JSON, as Django's does: a list, and the key "1".
    await expect
      .poll(() => lab.page.getByTestId("store-panel").textContent(), PYTHON_ANSWERS)
      .toMatch(/"seen": \[ "list", \[ "1" \], 5, "dict" \]/);
  });

  it("fails to save a datetime, a set or an object of the view's own class with Django's TypeError, and refuses an int JavaScript would round", async () => {
    await runViews(
      edited('request.session["username"] = user', [
        "            import datetime",
        '            request.session["when"] = datetime.datetime(2020, 1, 1)',
        '            assert isinstance(request.session["when"], datetime.datetime)',
      ]),
    );
    await logIn(lab.page, "bob", "bob123");
    // The view ran to its redirect; SessionMiddleware's save then encodes the session as JSON.
    await expect
      .poll(() => site(lab.page).locator("body").textContent(), PYTHON_ANSWERS)
      .toContain("TypeError: Object of type datetime is not JSON serializable");
    // A set too: the view has it back as a set; the save refuses it.
    await runViews(
      edited('request.session["username"] = user', [
        '            request.session["tags"] = {"x"}',
        '            assert request.session["tags"] == {"x"}',
      ]),
    );
    await logIn(lab.page, "bob", "bob123");
    await expect
      .poll(() => site(lab.page).locator("body").textContent(), PYTHON_ANSWERS)
      .toContain("TypeError: Object of type set is not JSON serializable");
    // An object of the view's own class too: the assignment works, the save refuses it.
    await runViews(
      edited('request.session["username"] = user', [
        "            class Cart: pass",
        '            request.session["cart"] = Cart()',
        '            assert isinstance(request.session["cart"], Cart)',
      ]),
    );
    await logIn(lab.page, "bob", "bob123");
    await expect
      .poll(() => site(lab.page).locator("body").textContent(), PYTHON_ANSWERS)
      .toContain("TypeError: Object of type Cart is not JSON serializable");
    // An int JavaScript would round is refused where the view stores it, not saved changed.
    await runViews(
      edited('request.session["username"] = user', ['            request.session["big"] = 2**60']),
    );
    await logIn(lab.page, "bob", "bob123");
    await expect
      .poll(() => site(lab.page).locator("body").textContent(), PYTHON_ANSWERS)
      .toMatch(/OverflowError at \/login\/\s+int 1152921504606846976 is beyond ±\(2\*\*53 - 1\)/);
    await runViews();
  });

  it("marks a syntax error in views.py on its line and keeps the views that ran before", async () => {
    const { page } = lab;
    await runViews();
    await page.getByRole("tab", { name: "views.py" }).click();
    await pasteInEditor(page, edited("def backend(request):", ["    if True"]));
    await page.getByRole("button", { name: "Run my views" }).click();
    const problems = page.locator(".code-problems");
    await expect.poll(() => problems.count(), PYTHON_ANSWERS).toBe(1);
    expect(await problems.innerText()).toMatch(
      new RegExp(`line ${lineOf("def backend(request):") + 1}: SyntaxError`),
    );
    await expect
      .poll(() => page.locator(".code-editor .squiggly-error").count())
      .toBeGreaterThan(0);
    await lab.shot("python-4-syntax-error-marked");
    // The views that loaded before still answer.
    await page.getByRole("button", { name: "/login/", exact: true }).click();
    await expect
      .poll(() => site(page).locator('input[name="user"]').count(), PYTHON_ANSWERS)
      .toBe(1);
  });

  it("shows Python's answer below the sticky bar on a projector, after typing at the end of views.py", async () => {
    const { page } = lab;
    const presenter = page.getByRole("button", { name: /Presenter/ });
    await presenter.click();
    try {
      // Pasting leaves the cursor at the end: Monaco scrolls the short pane down to it, and the
      // file buttons stick over the pane's top, where the Python line was.
      await runViews(edited("def log_out(request):", ["    # the learner's own line"]));
      const box = async (selector: string) => (await page.locator(selector).boundingBox())!;
      const bar = await box(".code-bar");
      const line = await box('[data-testid="python-status"]');
      expect(line.y).toBeGreaterThanOrEqual(bar.y + bar.height - 1);
      const pane = await box('[role="tabpanel"]:visible');
      expect(line.y + line.height).toBeLessThanOrEqual(pane.y + pane.height + 1);
      await lab.shot("python-5-presenter-ready-under-the-bar");
    } finally {
      await presenter.click();
    }
  });

  it("takes no clicks in the lab while a share link's Python starts, so none lands after the shared steps", async () => {
    const { page } = lab;
    await runViews();
    await page.getByRole("button", { name: "+1 min" }).click();
    const shared = await stepCount(page);
    const link = await copyShareLink(page);
    const other = await (await lab.browser.newContext({ locale: "en" })).newPage();
    try {
      await other.goto(link);
      // A link carrying views.py asks first; the question closes, and the lab is behind it.
      await other.getByRole("button", { name: "Open it and run the code" }).click();
      const progress = other.getByTestId("share-progress");
      await expect.poll(() => progress.textContent()).toMatch(/starting Python/);
      expect(await other.locator("main").getAttribute("aria-busy")).toBe("true");
      // The question closed into an inert lab: the keyboard's focus is on Cancel, a way out.
      await expect
        .poll(() => other.evaluate(() => document.activeElement?.textContent))
        .toBe("Cancel");
      // Clicks at the buttons' places, as a learner's would land: the lab is inert meanwhile.
      await other.locator("button", { hasText: "+1 h" }).click({ force: true });
      await other.locator("button", { hasText: /^\/login\/$/ }).click({ force: true });
      await other.locator('main[aria-busy="false"]').waitFor({ timeout: 100_000 });
      // Cancel went with the progress line: the focus it held is on the steps the link brought.
      await expect
        .poll(() => other.evaluate(() => document.activeElement?.getAttribute("role")))
        .toBe("listbox");
      // Actions run in order: a click queued during the start would come before this one.
      await other.getByRole("button", { name: "+1 day" }).click();
      await expect.poll(() => stepCount(other), PYTHON_ANSWERS).toBe(shared + 1);
    } finally {
      await other.context().close();
    }
  });
});
