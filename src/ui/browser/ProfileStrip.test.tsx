// @vitest-environment jsdom
import { act, fireEvent, screen } from "@testing-library/react";
import i18next from "i18next";
import { describe, expect, it } from "vitest";
import {
  cleanUpAfterEach,
  panelTestPlayground,
  renderPanel,
} from "../common/panelTestPlayground.tsx";
import { BROWSER_NAME_MAX, ProfileStrip } from "./ProfileStrip.tsx";

cleanUpAfterEach();

describe("adding a browser", () => {
  it("refuses a name already taken, and says so again in the language switched to", async () => {
    const store = await panelTestPlayground();
    await renderPanel(store, <ProfileStrip past={false} />);
    fireEvent.click(screen.getByRole("button", { name: "+ add browser" }));
    fireEvent.change(screen.getByLabelText("Name of the new browser"), {
      target: { value: "A" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Add" }));
    expect(screen.getByRole("alert").textContent).toBe("There is already a browser called “A”.");
    await act(() => i18next.changeLanguage("zh-CN"));
    expect(screen.getByRole("alert").textContent).toBe("已经有一个叫“A”的浏览器了。");
    expect(store.getState().profiles.map((p) => p.name)).toEqual(["A"]);
  });

  it("names it with the next free letter when no name is typed, as its placeholder says", async () => {
    const store = await panelTestPlayground();
    await renderPanel(store, <ProfileStrip past={false} />);
    fireEvent.click(screen.getByRole("button", { name: "+ add browser" }));
    const field = screen.getByLabelText("Name of the new browser") as HTMLInputElement;
    expect(field.placeholder).toBe("B, or Alice's Chrome");
    fireEvent.change(field, { target: { value: "  " } });
    fireEvent.click(screen.getByRole("button", { name: "Add" }));
    expect(store.getState().profiles.map((p) => p.name)).toEqual(["A", "B"]);
  });
});

describe("a long browser name", () => {
  it("is limited to 30 characters as typed, and shown whole in the tab's and close button's tooltips", async () => {
    const store = await panelTestPlayground();
    await renderPanel(store, <ProfileStrip past={false} />);
    fireEvent.click(screen.getByRole("button", { name: "+ add browser" }));
    const field = screen.getByLabelText("Name of the new browser") as HTMLInputElement;
    expect(field.maxLength).toBe(BROWSER_NAME_MAX);
    expect(BROWSER_NAME_MAX).toBe(30);
    const name = "Chrome on the classroom's projector PC";
    fireEvent.change(field, { target: { value: name.slice(0, BROWSER_NAME_MAX - 1) } });
    expect(screen.getByRole("alert").textContent).toBe("");
    fireEvent.change(field, { target: { value: name.slice(0, BROWSER_NAME_MAX) } });
    // The field takes no more: the learner is told why.
    expect(screen.getByRole("alert").textContent).toBe("A name holds 30 characters at most.");
    fireEvent.click(screen.getByRole("button", { name: "Add" }));
    const shown = name.slice(0, 30);
    expect(store.getState().profiles.map((p) => p.name)).toEqual(["A", shown]);
    act(() => store.getState().switchBrowser(shown));
    expect(screen.getByRole("button", { name: shown }).title).toBe(shown);
    expect(screen.getByRole("button", { name: `Close browser ${shown}` }).title).toMatch(
      new RegExp(`^Close browser ${shown}\n`),
    );
  });
});

describe("the browser tabs", () => {
  it("leave out, at a past step, a browser that took its first step later", async () => {
    const store = await panelTestPlayground();
    await store.getState().navigate("/login/");
    store.getState().addBrowser("B");
    await store.getState().navigate("/login/", { browser: "B" });
    store.getState().switchBrowser("A");
    await renderPanel(store, <ProfileStrip past={false} />);
    const tabs = () =>
      screen
        .getAllByRole("button", { pressed: undefined })
        .filter((b) => b.hasAttribute("aria-pressed"));
    expect(tabs().map((b) => b.textContent)).toEqual(["A", "B"]);
    act(() => store.getState().select(0));
    expect(tabs().map((b) => b.textContent)).toEqual(["A"]);
    act(() => store.getState().select(1));
    expect(tabs().map((b) => b.textContent)).toEqual(["A", "B"]);
    act(() => store.getState().select(null));
    expect(tabs().map((b) => b.textContent)).toEqual(["A", "B"]);
  });

  it("mark a browser closed as it was at the step on show, not as it is now", async () => {
    const store = await panelTestPlayground();
    await store.getState().navigate("/login/");
    await store.getState().closeBrowser("A");
    await renderPanel(store, <ProfileStrip past={false} />);
    expect(screen.getByRole("button", { name: /^A/ }).textContent).toMatch(/closed/);
    act(() => store.getState().select(0));
    expect(screen.getByRole("button", { name: /^A/ }).textContent).not.toMatch(/closed/);
  });
});
