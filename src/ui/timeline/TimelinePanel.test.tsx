// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import i18next from "i18next";
import { afterEach, describe, expect, it } from "vitest";
import { panelTestPlayground, renderPanel } from "../common/panelTestPlayground.tsx";
import { TimelinePanel } from "./TimelinePanel.tsx";

afterEach(cleanup);
// jsdom does no layout: scrolling is a no-op there.
Element.prototype.scrollIntoView = () => {};
Element.prototype.scrollTo = () => {};

const settle = () => act(() => new Promise((r) => setTimeout(r, 50)));

describe("the timeline panel", () => {
  it("says what will appear when there is nothing yet", async () => {
    const store = await panelTestPlayground();
    await renderPanel(store, <TimelinePanel />);
    expect(
      screen.getByText(/Nothing yet — every request, clock jump and setting change/),
    ).toBeTruthy();
  });

  it("marks the viewed step and the later ones across a long timeline, and follows new steps", async () => {
    const store = await panelTestPlayground();
    for (let i = 0; i < 70; i++) await store.getState().advance(60);
    await renderPanel(store, <TimelinePanel />);
    const options = () => screen.getAllByRole("option");
    const state = () =>
      options().map((o) =>
        o.classList.contains("viewed") ? "v" : o.classList.contains("future") ? "f" : "-",
      );
    expect(options()).toHaveLength(70);
    expect(state().join("")).toBe("-".repeat(69) + "v");
    await act(() => store.getState().select(33));
    expect(state().join("")).toBe("-".repeat(33) + "v" + "f".repeat(36));
    await act(() => store.getState().select(5));
    expect(state().join("")).toBe("-".repeat(5) + "v" + "f".repeat(64));
    await act(() => store.getState().select(null));
    await act(() => store.getState().advance(60));
    expect(options()).toHaveLength(71);
    expect(state().join("")).toBe("-".repeat(70) + "v");
    expect(within(options()[70]).getByText("Clock +1 min → now 01:11:00")).toBeTruthy();
  });

  it("names a settings step with the language's own separator: no space after a Chinese colon", async () => {
    const store = await panelTestPlayground();
    await store.getState().changeSettings({ SESSION_COOKIE_AGE: 3600 });
    await renderPanel(store, <TimelinePanel />);
    const label = () => within(screen.getAllByRole("option")[0]).getByText(/SESSION_COOKIE_AGE/);
    expect(label().parentElement!.textContent).toContain("Settings changed: SESSION_COOKIE_AGE");
    await act(() => i18next.changeLanguage("zh-CN"));
    expect(label().parentElement!.textContent).toContain("修改了设置：SESSION_COOKIE_AGE");
    await act(() => i18next.changeLanguage("en"));
  });

  it("says what a clock jump did to the stored sessions as the engine at that step does it", async () => {
    const store = await panelTestPlayground();
    await store.getState().advance(60);
    await store
      .getState()
      .changeSettings({ SESSION_ENGINE: "django.contrib.sessions.backends.cache" });
    await store.getState().advance(60);
    await renderPanel(store, <TimelinePanel />);
    await settle();
    const hint = () => screen.getByText(/The virtual clock moved forward/).textContent;
    expect(hint()).toContain("local memory deletes one when it is next read");
    expect(hint()).not.toContain("django_session");
    act(() => store.getState().select(0));
    await settle();
    expect(hint()).toContain("their rows stay in django_session until clearsessions runs");
  });

  it("shows what Django logged during the viewed step", async () => {
    const store = await panelTestPlayground();
    await store.getState().runOps([["set", "k", "v"]]);
    await store.getState().changeSettings({ SECRET_KEY: "rotated" });
    await store.getState().runOps([["get", "k"]]);
    await renderPanel(store, <TimelinePanel />);
    await settle();
    expect(screen.getByRole("heading", { name: "Django's log" })).toBeTruthy();
    expect(
      screen.getByText("WARNING django.security.SuspiciousSession: Session data corrupted"),
    ).toBeTruthy();
    act(() => store.getState().select(0));
    await settle();
    expect(screen.queryByRole("heading", { name: "Django's log" })).toBeNull();
  });

  it("lists every kind of step, and selects one with the arrow keys", async () => {
    const store = await panelTestPlayground();
    await store.getState().runOps([["set", "k", "v"]]);
    await store.getState().advance(3600);
    await store.getState().advance(14 * 86400);
    await store.getState().changeSettings({ SESSION_COOKIE_AGE: 60 });
    await store.getState().manage("clearsessions");
    await renderPanel(store, <TimelinePanel />);
    const list = screen.getByRole("listbox");
    expect(within(list).getByText("request.session['k'] = 'v'")).toBeTruthy();
    expect(within(list).getByText("Clock +1 h → now 01:00:00")).toBeTruthy();
    // Once the day changes, with the date: the time alone would read as if nothing moved.
    expect(within(list).getByText("Clock +2 weeks → now 2026-01-15 01:00:00")).toBeTruthy();
    expect(within(list).getByText("SESSION_COOKIE_AGE = 60")).toBeTruthy();
    expect(within(list).getByText("python manage.py clearsessions")).toBeTruthy();
    fireEvent.keyDown(list, { key: "Home" });
    expect(store.getState().cursor).toBe(0);
    fireEvent.keyDown(list, { key: "ArrowDown" });
    expect(store.getState().cursor).toBe(1);
    fireEvent.keyDown(list, { key: "End" });
    expect(store.getState().cursor).toBeNull();
  });

  it("shows the exchange without the playground's own headers, with the jar's verdict", async () => {
    const store = await panelTestPlayground();
    await store.getState().runOps([["set", "k", "v"]]);
    await renderPanel(store, <TimelinePanel />);
    const detail = screen.getByRole("region", { name: "Step 1 in detail" });
    expect(detail.textContent).toMatch(/Set-Cookie: sessionid=\w+; expires=/);
    expect(detail.textContent).not.toMatch(/x-session-lab/i);
    expect(within(detail).getByText("stored (new cookie)")).toBeTruthy();
    expect(detail.textContent).toMatch(/accessed = True, modified = True/);
  });

  it("continues from a past step only after asking", async () => {
    const store = await panelTestPlayground();
    await store.getState().runOps([["set", "k", "v"]]);
    await store.getState().advance(60);
    await store.getState().advance(60);
    await renderPanel(store, <TimelinePanel />);
    fireEvent.click(screen.getByRole("button", { name: "◀ Step back" }));
    // Looking back, the step buttons show their arrows only, named for screen readers.
    expect(screen.getByRole("button", { name: "Step forward" }).textContent).toBe("▶");
    fireEvent.click(screen.getByRole("button", { name: "Step back" }));
    expect(store.getState().cursor).toBe(0);
    fireEvent.click(screen.getByRole("button", { name: "Continue from here" }));
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(store.getState().timeline).toHaveLength(3);
    fireEvent.click(screen.getByRole("button", { name: "Continue from here" }));
    fireEvent.click(screen.getByRole("button", { name: "Discard 2 steps and continue" }));
    await settle();
    expect(store.getState().timeline).toHaveLength(1);
    expect(store.getState().cursor).toBeNull();
  });

  it("keeps one Step back button from the present into the past, focusable but marked disabled at step 1", async () => {
    const store = await panelTestPlayground();
    await store.getState().advance(60);
    await store.getState().advance(60);
    await renderPanel(store, <TimelinePanel />);
    const back = screen.getByRole("button", { name: "◀ Step back" });
    fireEvent.click(back);
    // The same element, named for the past: focus on it outlives the switch.
    expect(screen.getByRole("button", { name: "Step back" })).toBe(back);
    expect(store.getState().cursor).toBe(0);
    // A disabled button would drop focus to <body>; this one says so and does nothing.
    expect(back.getAttribute("aria-disabled")).toBe("true");
    expect((back as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(back);
    expect(store.getState().cursor).toBe(0);
  });

  it("drops an unanswered Continue question once another step is on show, and gives focus back on Cancel", async () => {
    const store = await panelTestPlayground();
    await store.getState().runOps([["set", "k", "v"]]);
    await store.getState().advance(60);
    await store.getState().advance(60);
    await renderPanel(store, <TimelinePanel />);
    act(() => store.getState().select(0));
    fireEvent.click(screen.getByRole("button", { name: "Continue from here" }));
    expect(screen.getByRole("alertdialog").textContent).toContain("Continue from step 1?");
    fireEvent.click(screen.getByRole("button", { name: "Step forward" }));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    // Back at the step it was asked about, the question does not come back by itself.
    fireEvent.click(screen.getByRole("button", { name: "Step back" }));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Continue from here" }));
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Continue from here" }));
    expect(store.getState().timeline).toHaveLength(3);
  });
});
