// @vitest-environment jsdom
import i18next from "i18next";
import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { panelTestPlayground, renderPanel } from "../common/panelTestPlayground.tsx";
import { CookiesPaneContext } from "../layout/CookiesPaneContext.ts";
import { CookieJarPanel } from "./CookieJarPanel.tsx";

afterEach(cleanup);
// jsdom does no layout: scrolling is a no-op there.
Element.prototype.scrollIntoView = () => {};

const login = { method: "POST", form: { user: "alice", pwd: "alice123" } };

/** The panel in a pane layout that records what room it is asked for, and when it is given back. */
function inPane() {
  const giveBack = vi.fn();
  const makeRoom = vi.fn<(el: HTMLElement) => () => void>(() => giveBack);
  const ui = (
    <CookiesPaneContext.Provider value={makeRoom}>
      <CookieJarPanel />
    </CookiesPaneContext.Provider>
  );
  return { ui, makeRoom, giveBack };
}

const nextFrame = () => act(() => new Promise((r) => requestAnimationFrame(r)));

/**
 * jsdom has no ResizeObserver: this one reports an element when it starts being observed, as
 * Chromium does, and when a test says it was resized.
 */
const observed = new Map<Element, Set<() => void>>();
globalThis.ResizeObserver = class {
  private readonly targets = new Set<Element>();
  constructor(private readonly callback: ResizeObserverCallback) {}
  private readonly report = () => this.callback([], this as unknown as ResizeObserver);
  observe(target: Element) {
    this.targets.add(target);
    if (!observed.has(target)) observed.set(target, new Set());
    observed.get(target)!.add(this.report);
    this.report();
  }
  unobserve(target: Element) {
    observed.get(target)?.delete(this.report);
  }
  disconnect() {
    for (const target of this.targets) this.unobserve(target);
  }
} as unknown as typeof ResizeObserver;
const resized = (target: Element) => observed.get(target)?.forEach((report) => report());

describe("the cookie jar panel", () => {
  it("explains what to do before anything has happened", async () => {
    await renderPanel(await panelTestPlayground(), <CookieJarPanel />);
    expect(screen.getByText(/Log in on the left/)).toBeTruthy();
  });

  it("lists the session cookie after a login, as added, hidden from document.cookie", async () => {
    const store = await panelTestPlayground();
    await store.getState().navigate("/login/", login);
    await store.getState().select(0);
    await renderPanel(store, <CookieJarPanel />);
    const row = screen.getByText("sessionid").closest("tr")!;
    expect(row.className).toBe("added");
    expect(within(row).getByText(/in 14 days/)).toBeTruthy();
    expect(within(row).getByText("Lax")).toBeTruthy();
    expect(screen.getByText("(empty string)")).toBeTruthy();
  });

  it("says why a login's cookie is missing on the page the redirects lead to (Secure over http)", async () => {
    const store = await panelTestPlayground();
    await store.getState().changeSettings({ SESSION_COOKIE_SECURE: true });
    await store.getState().navigate("/login/", login);
    // POST /login/ → 302 → GET /backend/ → 302 → GET /login/: the cookie arrived two steps back.
    expect(store.getState().timeline.length).toBe(4);
    await renderPanel(store, <CookieJarPanel />);
    expect(screen.getByText(/A Secure cookie arrived over http/)).toBeTruthy();
    // Named with the step that carried it: the login's POST, after the settings step.
    expect(screen.getByText("Browser A refused 1 Set-Cookie line")).toBeTruthy();
    expect(screen.getByText("step 2:")).toBeTruthy();
    expect(screen.getByText(/holds no cookies/)).toBeTruthy();
  });

  it("edits a value as a timeline step, and is read-only on a past step", async () => {
    const store = await panelTestPlayground();
    await store.getState().editCookie({ name: "theme", value: "dark" });
    await renderPanel(store, <CookieJarPanel />);
    fireEvent.click(screen.getByRole("button", { name: "Edit the value of cookie theme" }));
    fireEvent.change(screen.getByRole("textbox", { name: "New value of theme" }), {
      target: { value: "light" },
    });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Save" }));
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(store.getState().timeline).toHaveLength(2);
    expect(screen.getByText("theme=light")).toBeTruthy();
    act(() => store.getState().select(0));
    expect(screen.queryByRole("button", { name: "Edit the value of cookie theme" })).toBeNull();
    expect(screen.getByText(/this is the jar as it was then, read-only/)).toBeTruthy();
    // The head says it in short, with the long hint as its title (presenter mode hides the hint).
    const badge = screen.getByText("step 1 · read-only");
    expect(badge.closest(".panel-head")).toBeTruthy();
    expect(badge.title).toMatch(/^You are looking at a past step: this is the jar/);
  });

  it("says why DevTools would refuse a value before Save, and records no step for it", async () => {
    const store = await panelTestPlayground();
    await store.getState().editCookie({ name: "theme", value: "dark" });
    await renderPanel(store, <CookieJarPanel />);
    fireEvent.click(screen.getByRole("button", { name: "Edit the value of cookie theme" }));
    const field = screen.getByRole("textbox", { name: "New value of theme" });
    fireEvent.change(field, { target: { value: "light; Path=/x; HttpOnly" } });
    expect(screen.getByRole("alert").textContent).toContain("cannot hold ';'");
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect((screen.getByRole("button", { name: "Save" }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(field, { target: { value: "x".repeat(5000) } });
    expect(screen.getByRole("alert").textContent).toContain("5005 bytes");
    fireEvent.change(field, { target: { value: "light" } });
    expect(screen.queryByRole("alert")).toBeNull();
    // The Add form too.
    fireEvent.change(screen.getByRole("textbox", { name: "Name" }), { target: { value: "a=b" } });
    expect(screen.getByRole("alert").textContent).toContain("cannot hold '='");
    expect((screen.getByRole("button", { name: "Add" }) as HTMLButtonElement).disabled).toBe(true);
    // And the store itself, whatever calls it: a notice, no step.
    await act(() => store.getState().editCookie({ name: "theme", value: " dark" }));
    expect(store.getState().timeline).toHaveLength(1);
    expect(store.getState().notice?.problem?.code).toBe("scenario.cookieEditSpace");
  });

  it("gives focus back to the cookie's button when Escape closes its editor or copy box", async () => {
    const store = await panelTestPlayground();
    await store.getState().editCookie({ name: "theme", value: "dark" });
    await renderPanel(store, <CookieJarPanel />);
    const edit = () => screen.getByRole("button", { name: "Edit the value of cookie theme" });
    edit().focus();
    fireEvent.click(edit());
    const input = screen.getByRole("textbox", { name: "New value of theme" });
    expect(document.activeElement).toBe(input);
    fireEvent.keyDown(input, { key: "Escape" });
    expect(document.activeElement).toBe(edit());

    const copy = screen.getByRole("button", { name: "Copy cookie theme to another browser" });
    copy.focus();
    fireEvent.click(copy);
    const box = screen.getByRole("region", { name: /^Copy cookie theme/ });
    expect(box.contains(document.activeElement)).toBe(true);
    fireEvent.keyDown(document.activeElement!, { key: "Escape" });
    expect(screen.queryByRole("region", { name: /^Copy cookie theme/ })).toBeNull();
    expect(document.activeElement).toBe(copy);

    // Straight from one cookie's copy box to another's: Escape goes back to the second button.
    await act(() => store.getState().editCookie({ name: "lang", value: "zh" }));
    const copyLang = screen.getByRole("button", { name: "Copy cookie lang to another browser" });
    copy.focus();
    fireEvent.click(copy);
    copyLang.focus();
    fireEvent.click(copyLang);
    const langBox = screen.getByRole("region", { name: /^Copy cookie lang/ });
    expect(langBox.contains(document.activeElement)).toBe(true);
    fireEvent.keyDown(document.activeElement!, { key: "Escape" });
    expect(screen.queryByRole("region", { name: /^Copy cookie/ })).toBeNull();
    expect(document.activeElement).toBe(copyLang);
  });

  it("asks its pane for room for a first run's Add form and its hint, and gives it back with the first step", async () => {
    const store = await panelTestPlayground();
    const { ui, makeRoom, giveBack } = inPane();
    await renderPanel(store, ui);
    const form = screen.getByRole("group", { name: "Add a cookie" }).closest("form");
    // Sparing: the tools keep Operations' Run whole.
    expect(makeRoom.mock.calls).toEqual([[form, true]]);
    expect(giveBack).not.toHaveBeenCalled();
    await act(() => store.getState().advance(60));
    expect(giveBack).toHaveBeenCalledOnce();
    expect(makeRoom).toHaveBeenCalledOnce();
  });

  it("asks its pane for room for the copy box with its explanation, and gives it back when the box closes", async () => {
    const store = await panelTestPlayground();
    await store.getState().editCookie({ name: "theme", value: "dark" });
    const { ui, makeRoom, giveBack } = inPane();
    await renderPanel(store, ui);
    expect(makeRoom).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Copy cookie theme to another browser" }));
    const box = screen.getByRole("region", { name: /^Copy cookie theme/ });
    expect(makeRoom.mock.calls).toEqual([[box, false]]);
    expect(giveBack).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(giveBack).toHaveBeenCalledOnce();
  });

  it("scrolls the copy box, once its pane has grown, to the pane's bottom, or to its top where it is taller than the pane", async () => {
    const store = await panelTestPlayground();
    await store.getState().editCookie({ name: "theme", value: "dark" });
    await renderPanel(store, <CookieJarPanel />);
    const scrolls = vi.spyOn(Element.prototype, "scrollIntoView");
    const open = (height: number) => {
      fireEvent.click(screen.getByRole("button", { name: "Copy cookie theme to another browser" }));
      const box = screen.getByRole("region", { name: /^Copy cookie theme/ });
      // jsdom lays nothing out: the box's height, and the pane's (its scrolling body's), as given.
      Object.defineProperty(box, "offsetHeight", { value: height });
      Object.defineProperty(box.closest(".panel-body")!, "clientHeight", { value: 300 });
      scrolls.mockClear();
      return box;
    };
    try {
      let box = open(352);
      expect(scrolls).not.toHaveBeenCalled();
      await nextFrame();
      expect(scrolls.mock.calls).toEqual([[{ block: "start" }]]);
      expect(scrolls.mock.contexts).toEqual([box]);
      fireEvent.click(screen.getByRole("button", { name: "Cancel" }));

      box = open(200);
      await nextFrame();
      expect(scrolls.mock.calls).toEqual([[{ block: "end" }]]);
      expect(scrolls.mock.contexts).toEqual([box]);

      // In the other language the explanation is longer or shorter: the box, resized, goes there
      // again (in the frame after, as the pane's room is worked out anew).
      scrolls.mockClear();
      await act(() => i18next.changeLanguage("zh-CN"));
      resized(box);
      expect(scrolls).not.toHaveBeenCalled();
      await nextFrame();
      expect(scrolls.mock.calls).toEqual([[{ block: "end" }]]);
      expect(scrolls.mock.contexts).toEqual([box]);
    } finally {
      await i18next.changeLanguage("en");
      scrolls.mockRestore();
    }
  });

  it("scrolls its table sideways on its own only while the table is wider than the pane, so that its headers stick to the pane", async () => {
    const store = await panelTestPlayground();
    await store.getState().editCookie({ name: "theme", value: "dark" });
    await renderPanel(store, <CookieJarPanel />);
    const box = screen.getByRole("region", { name: "Cookies of browser A" });
    const table = box.querySelector("table")!;
    // jsdom lays nothing out: the box's width, and the table's, as given.
    Object.defineProperty(box, "clientWidth", { value: 600 });
    const tableWidth = (width: number) => {
      table.getBoundingClientRect = () => DOMRect.fromRect({ width, height: 100 });
      act(() => resized(table));
    };
    tableWidth(600);
    expect(box.classList.contains("sideways")).toBe(false);
    tableWidth(640);
    expect(box.classList.contains("sideways")).toBe(true);
    tableWidth(600);
    expect(box.classList.contains("sideways")).toBe(false);
  });

  it("closes the copy box at a past step, and leaves it closed back at the present", async () => {
    const store = await panelTestPlayground();
    await store.getState().editCookie({ name: "theme", value: "dark" });
    await store.getState().advance(60);
    await renderPanel(store, <CookieJarPanel />);
    fireEvent.click(screen.getByRole("button", { name: "Copy cookie theme to another browser" }));
    expect(screen.queryByRole("region", { name: /^Copy cookie theme/ })).not.toBeNull();
    await act(() => store.getState().select(0));
    expect(screen.queryByRole("region", { name: /^Copy cookie theme/ })).toBeNull();
    await act(() => store.getState().select(null));
    expect(screen.queryByRole("region", { name: /^Copy cookie theme/ })).toBeNull();
  });

  it("shows the jar picked in its selector until the learner switches browser or takes a step", async () => {
    const store = await panelTestPlayground();
    await store.getState().editCookie({ name: "a_cookie", value: "1" });
    await store.getState().editCookie({ browser: "B", name: "b_cookie", value: "2" });
    await renderPanel(store, <CookieJarPanel />);
    const picker = screen.getByRole("combobox", { name: "Browser" });
    fireEvent.change(picker, { target: { value: "B" } });
    expect(screen.getByText("b_cookie")).toBeTruthy();
    act(() => store.getState().switchBrowser("B"));
    act(() => store.getState().switchBrowser("A"));
    // The learner now uses A: the panel follows, rather than staying on the B picked before.
    expect(screen.getByText("a_cookie")).toBeTruthy();
    expect(screen.queryByText("b_cookie")).toBeNull();
    // A step taken meanwhile (the clock moves) brings it back to the browser in use too.
    fireEvent.change(picker, { target: { value: "B" } });
    expect(screen.getByText("b_cookie")).toBeTruthy();
    await act(() => store.getState().advance(60));
    expect(screen.getByText("a_cookie")).toBeTruthy();
  });

  it("copies the session cookie into a new browser, which then holds the same session", async () => {
    const store = await panelTestPlayground();
    await store.getState().navigate("/login/", login);
    await renderPanel(store, <CookieJarPanel />);
    fireEvent.click(
      screen.getByRole("button", { name: "Copy cookie sessionid to another browser" }),
    );
    expect(screen.getByText(/This is session hijacking/)).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Copy" }));
      await new Promise((r) => setTimeout(r, 50));
    });
    const { jars } = store.getState();
    expect(jars.B.map((c) => c.value)).toEqual(jars.A.map((c) => c.value));
  });

  it("says what ends a hijacked session: this logout does not, flush() would; with signed_cookies nothing on the server", async () => {
    const store = await panelTestPlayground();
    await store.getState().navigate("/login/", login);
    await renderPanel(store, <CookieJarPanel />);
    const copyButton = () =>
      screen.getByRole("button", { name: "Copy cookie sessionid to another browser" });
    fireEvent.click(copyButton());
    expect(screen.getByText(/this tutorial's logout only deletes is_login/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    await act(() =>
      store
        .getState()
        .changeSettings({ SESSION_ENGINE: "django.contrib.sessions.backends.signed_cookies" }),
    );
    await act(() => store.getState().navigate("/login/", login));
    fireEvent.click(copyButton());
    expect(screen.getByText(/with signed_cookies, nothing on the server/)).toBeTruthy();
    expect(screen.queryByText(/this tutorial's logout only deletes is_login/)).toBeNull();
  });

  it("explains a Set-Cookie the browser refused", async () => {
    const store = await panelTestPlayground();
    await store.getState().changeSettings({ SESSION_COOKIE_SECURE: true });
    await store.getState().navigate("/login/", login);
    await store.getState().select(1);
    await renderPanel(store, <CookieJarPanel />);
    expect(screen.getByText(/A Secure cookie arrived over http/)).toBeTruthy();
  });
});
