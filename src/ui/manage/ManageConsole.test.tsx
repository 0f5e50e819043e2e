// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from "vitest";
import { panelTestPlayground, renderPanel } from "../common/panelTestPlayground.tsx";
import { ManageConsole } from "./ManageConsole.tsx";
import { clearTranscriptOnNewPlayground, manageTranscript } from "./manageTranscript.ts";

afterEach(cleanup);
// jsdom does no layout: scrolling is a no-op there.
Element.prototype.scrollIntoView = () => {};
Element.prototype.scrollTo = () => {};
beforeEach(() => manageTranscript.setState({ entries: [], history: [] }));

const settle = () => act(() => new Promise((r) => setTimeout(r, 50)));

async function type(line: string) {
  const input = screen.getByRole("textbox", { name: "Command for python manage.py" });
  fireEvent.change(input, { target: { value: line } });
  fireEvent.submit(input);
  await settle();
}

describe("the manage.py console", () => {
  it("runs clearsessions as a step: no output, and what it removed", async () => {
    const store = await panelTestPlayground();
    await store.getState().runOps([["set", "k", "v"]]);
    await store.getState().advance(1209600 + 1);
    await renderPanel(store, <ManageConsole />);
    await type("clearsessions");
    expect(store.getState().timeline.at(-1)!.step).toEqual({ manage: "clearsessions" });
    expect(screen.getByText("(no output)")).toBeTruthy();
    expect(screen.getByText(/removed 1 expired session from django_session/)).toBeTruthy();
  });

  it("says why a row that expires exactly now stays: Django deletes only expire_date < now", async () => {
    const store = await panelTestPlayground();
    await store.getState().runOps([["set", "k", "v"]]);
    // "+2 weeks" right after a login: the clock lands on expire_date itself.
    await store.getState().advance(1209600);
    await renderPanel(store, <ManageConsole />);
    await type("clearsessions");
    expect(screen.getByText(/removed 0 expired sessions from django_session/)).toBeTruthy();
    expect(screen.getByText(/1 row stays although it has expired/)).toBeTruthy();
    await act(() => store.getState().advance(1));
    await type("clearsessions");
    expect(screen.getByText(/removed 1 expired session from django_session/)).toBeTruthy();
    expect(screen.getAllByText(/stays although/)).toHaveLength(1);
  });

  it("says at a past step that the console keeps every command, later ones too, unlike the panels beside it", async () => {
    const store = await panelTestPlayground();
    await store.getState().advance(60);
    await store.getState().advance(60);
    await renderPanel(store, <ManageConsole />);
    const note = /^Looking at step 1: this console is a terminal/;
    expect(screen.queryByText(note)).toBeNull();
    act(() => store.getState().select(0));
    expect(screen.getByText(note)).toBeTruthy();
    act(() => store.getState().select(null));
    expect(screen.queryByText(note)).toBeNull();
  });

  it("asks before clearsessions continues from a past step, and forgets an unanswered question", async () => {
    const store = await panelTestPlayground();
    await store.getState().advance(60);
    await store.getState().advance(60);
    await renderPanel(store, <ManageConsole />);
    act(() => store.getState().select(0));
    await type("clearsessions");
    expect(screen.getByRole("alertdialog").textContent).toMatch(/Continue from step 1\?/);
    act(() => store.getState().select(null));
    act(() => store.getState().select(0));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    await type("clearsessions");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Discard 1 step and continue" }));
    });
    await settle();
    expect(store.getState().timeline.map((e) => e.step)).toEqual([
      { advance: 60 },
      { manage: "clearsessions" },
    ]);
  });

  it("answers an unknown command as Django does, without recording a step", async () => {
    const store = await panelTestPlayground();
    await renderPanel(store, <ManageConsole />);
    await type("foo");
    expect(
      screen.getByText(/Unknown command: 'foo'\s+Type 'manage.py help' for usage\./),
    ).toBeTruthy();
    expect(store.getState().timeline).toHaveLength(0);
  });

  it("says that one of Django's own commands is not run here, rather than that it does not exist", async () => {
    const store = await panelTestPlayground();
    await renderPanel(store, <ManageConsole />);
    await type("flush");
    expect(
      screen.getByText(
        "flush is one of Django's own commands, but this playground's manage.py runs only clearsessions and runserver: nothing was run.",
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/Unknown command/)).toBeNull();
    expect(store.getState().timeline).toHaveLength(0);
  });

  it("restarts the server for runserver, as a step, and the cache engine's sessions are gone", async () => {
    const store = await panelTestPlayground();
    await store.getState().changeSettings({
      SESSION_ENGINE: "django.contrib.sessions.backends.cache",
    });
    await store.getState().runOps([["set", "k", "v"]]);
    expect(store.getState().store).toHaveLength(1);
    await renderPanel(store, <ManageConsole />);
    await type("python manage.py runserver");
    expect(screen.getByText(/the development server restarted/)).toBeTruthy();
    expect(store.getState().timeline.at(-1)!.step).toEqual({ restart_server: true });
    expect(store.getState().store).toHaveLength(0);
  });

  it("starts empty after a reset or an import, as a new terminal does, keeping the typed lines", async () => {
    const store = await panelTestPlayground();
    onTestFinished(clearTranscriptOnNewPlayground(store));
    await renderPanel(store, <ManageConsole />);
    await type("help");
    await store.getState().advance(60);
    expect(screen.getByText(/Type 'manage.py help <subcommand>'/)).toBeTruthy();
    await act(() => store.getState().reset());
    expect(manageTranscript.getState().entries).toEqual([]);
    expect(screen.queryByText(/Type 'manage.py help <subcommand>'/)).toBeNull();
    await type("foo");
    await act(() => store.getState().importScenario(store.getState().exportScenario()));
    expect(manageTranscript.getState().entries).toEqual([]);
    expect(manageTranscript.getState().history).toEqual(["help", "foo"]);
  });

  it("recalls earlier commands with the up arrow", async () => {
    const store = await panelTestPlayground();
    await renderPanel(store, <ManageConsole />);
    await type("help");
    await type("foo");
    const input = screen.getByRole("textbox", {
      name: "Command for python manage.py",
    }) as HTMLInputElement;
    fireEvent.keyDown(input, { key: "ArrowUp" });
    expect(input.value).toBe("foo");
    fireEvent.keyDown(input, { key: "ArrowUp" });
    expect(input.value).toBe("help");
    fireEvent.keyDown(input, { key: "ArrowDown" });
    fireEvent.keyDown(input, { key: "ArrowDown" });
    expect(input.value).toBe("");
  });
});
