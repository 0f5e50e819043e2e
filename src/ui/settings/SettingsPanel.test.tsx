// @vitest-environment jsdom
import { act, fireEvent, screen } from "@testing-library/react";
import i18next from "i18next";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { PlaygroundContext } from "../../state/usePlayground.ts";
import {
  cleanUpAfterEach,
  panelTestPlayground,
  renderPanel,
} from "../common/panelTestPlayground.tsx";
import { SettingsPanel } from "./SettingsPanel.tsx";

cleanUpAfterEach();
// jsdom does no layout: scrolling is a no-op there.
Element.prototype.scrollIntoView = () => {};

const settle = () => act(() => new Promise((r) => setTimeout(r, 50)));

describe("the settings panel", () => {
  it("applies drafted changes as one settings step, shown as settings.py lines", async () => {
    const store = await panelTestPlayground();
    await renderPanel(store, <SettingsPanel />);
    fireEvent.click(screen.getByRole("button", { name: "10 sec" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "SESSION_SAVE_EVERY_REQUEST" }));
    expect(screen.getByText("2 changes not applied yet")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Apply (restarts the server)" }));
    await settle();
    expect(store.getState().timeline.map((e) => e.step)).toEqual([
      { settings: { SESSION_COOKIE_AGE: 10, SESSION_SAVE_EVERY_REQUEST: true } },
    ]);
    expect(
      screen.getByText(/SESSION_COOKIE_AGE = 10\s+SESSION_SAVE_EVERY_REQUEST = True/),
    ).toBeTruthy();
    expect(screen.queryByText(/not applied yet/)).toBeNull();
  });

  it("marks SESSION_COOKIE_AGE not valid, without a duration, for what it cannot apply as typed", async () => {
    const store = await panelTestPlayground();
    await renderPanel(store, <SettingsPanel />);
    const field = screen.getByRole("spinbutton", { name: "SESSION_COOKIE_AGE" });
    const group = field.closest('[role="group"]') as HTMLElement;
    fireEvent.change(field, { target: { value: "1e10" } });
    expect(group.textContent).toContain("Enter a whole number of seconds.");
    expect(group.textContent).toContain("not valid");
    expect(group.textContent).not.toContain("Django's default");
    expect(group.textContent).not.toMatch(/16,?534/);
    fireEvent.change(field, { target: { value: "99999999999999999999" } });
    expect(group.textContent).toContain("exact only up to 9007199254740991");
    fireEvent.change(field, { target: { value: "604800" } });
    expect(group.textContent).toContain("= 1 week");
    expect(group.textContent).not.toContain("not valid");
  });

  it("offers Django's default back for a changed setting", async () => {
    const store = await panelTestPlayground();
    await store.getState().changeSettings({ SESSION_COOKIE_NAME: "sid" });
    await renderPanel(store, <SettingsPanel />);
    fireEvent.click(screen.getByRole("button", { name: "Reset to default: SESSION_COOKIE_NAME" }));
    expect(screen.getByText('SESSION_COOKIE_NAME = "sessionid"')).toBeTruthy();
  });

  it("refuses CACHES that is not JSON, or that Django would refuse, before applying", async () => {
    const store = await panelTestPlayground();
    await renderPanel(store, <SettingsPanel />);
    const caches = screen.getByRole("textbox", { name: "CACHES" });
    fireEvent.change(caches, { target: { value: "{" } });
    expect(screen.getByRole("alert").textContent).toBe(
      "invalid JSON at line 1, column 2: close brace expected",
    );
    expect(screen.getByText(/^Nothing to apply yet/)).toBeTruthy();
    fireEvent.change(caches, { target: { value: '{"other": {}}' } });
    expect(screen.getByRole("alert").textContent).toBe(
      'Django would refuse this: CACHES must define a "default" alias',
    );
    expect(
      (screen.getByRole("button", { name: "Apply (restarts the server)" }) as HTMLButtonElement)
        .disabled,
    ).toBe(true);
    await act(() => i18next.changeLanguage("zh-CN"));
    expect(screen.getByRole("alert").textContent).toBe(
      'Django 不接受这个值：CACHES 必须定义 "default" 别名',
    );
  });

  it("keeps an unapplied change when the tab is left and shown again, until the setting changes elsewhere", async () => {
    const store = await panelTestPlayground();
    const first = await renderPanel(store, <SettingsPanel />);
    fireEvent.click(screen.getByRole("checkbox", { name: "SESSION_SAVE_EVERY_REQUEST" }));
    first.unmount();
    await renderPanel(store, <SettingsPanel />);
    expect(screen.getByText("1 change not applied yet")).toBeTruthy();
    expect(
      (screen.getByRole("checkbox", { name: "SESSION_SAVE_EVERY_REQUEST" }) as HTMLInputElement)
        .checked,
    ).toBe(true);
    // settings.py edited in the Code tab: the draft was made over a value that is gone.
    await act(() => store.getState().changeSettings({ SESSION_SAVE_EVERY_REQUEST: true }));
    expect(screen.queryByText(/not applied yet/)).toBeNull();
    await act(() => store.getState().changeSettings({ SESSION_SAVE_EVERY_REQUEST: false }));
    expect(screen.queryByText(/not applied yet/)).toBeNull();
  });

  it("shows a past step's own settings, not the unapplied change, and keeps that change for the present", async () => {
    const store = await panelTestPlayground();
    await store.getState().changeSettings({ SESSION_COOKIE_AGE: 60 });
    await store.getState().advance(1);
    await renderPanel(store, <SettingsPanel />);
    const age = () =>
      screen.getByRole("spinbutton", { name: "SESSION_COOKIE_AGE" }) as HTMLInputElement;
    fireEvent.change(age(), { target: { value: "99" } });
    act(() => store.getState().select(0));
    expect(age().value).toBe("60");
    expect(screen.queryByText(/not applied yet/)).toBeNull();
    act(() => store.getState().select(null));
    expect(age().value).toBe("99");
    expect(screen.getByText("1 change not applied yet")).toBeTruthy();
  });

  it("shows the settings of a past step, read-only", async () => {
    const store = await panelTestPlayground();
    await store.getState().changeSettings({ SESSION_COOKIE_AGE: 60 });
    await store.getState().changeSettings({ SESSION_COOKIE_AGE: 120 });
    await renderPanel(store, <SettingsPanel />);
    act(() => store.getState().select(0));
    const age = screen.getByRole("spinbutton", { name: "SESSION_COOKIE_AGE" }) as HTMLInputElement;
    expect(age.value).toBe("60");
    expect(age.disabled).toBe(true);
  });

  it("opens at its top, whatever the tab panel was scrolled to before", async () => {
    const store = await panelTestPlayground();
    // One tab panel, shared by the tabs as in the app: the Code tab left it scrolled down.
    const tab = (content: ReactNode) => (
      <PlaygroundContext.Provider value={store}>
        <div role="tabpanel">{content}</div>
      </PlaygroundContext.Provider>
    );
    const { rerender } = await renderPanel(store, <p>views.py</p>);
    rerender(tab(<p>views.py</p>));
    const tabPanel = screen.getByRole("tabpanel");
    tabPanel.scrollTop = 300;
    expect(tabPanel.scrollTop).toBe(300);
    rerender(tab(<SettingsPanel />));
    expect(screen.getByRole("tabpanel")).toBe(tabPanel);
    expect(tabPanel.scrollTop).toBe(0);
  });
});
