// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import i18next from "i18next";
import { describe, expect, it, vi } from "vitest";
import {
  cleanUpAfterEach,
  panelTestPlayground,
  renderPanel,
} from "../common/panelTestPlayground.tsx";
import { drafts } from "../../state/drafts.ts";
import type { PlaygroundDeps, PythonRuntime } from "../../state/createPlayground.ts";
import { testPlayground } from "../../state/testPlayground.ts";
import { HttpResponse } from "../../server/http/HttpResponse.ts";
import { CodePanel } from "./CodePanel.tsx";
import type { MonacoEditorProps } from "./MonacoEditor.tsx";

// Monaco needs a real browser (the end-to-end tests type into it): a textarea stands in for it here,
// and Ctrl+M on it stands for Monaco's keybinding.
vi.mock("./MonacoEditor.tsx", () => ({
  default: ({ value, label, onChange, onToggleTabFocus }: MonacoEditorProps) => (
    <textarea
      aria-label="editor"
      title={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onKeyDown={(e) => e.ctrlKey && e.key === "m" && onToggleTabFocus()}
    />
  ),
}));

cleanUpAfterEach();

/** Where scrollIntoView was asked for, and the scroll margin the element had then. */
const reveals: { element: Element; marginTop: string }[] = [];
Element.prototype.scrollIntoView = function (this: HTMLElement) {
  reveals.push({ element: this, marginTop: this.style.scrollMarginTop });
};

describe("the code panel", () => {
  it("lists a setting Django would refuse in settings.py in the learner's language", async () => {
    const store = await panelTestPlayground();
    const source = store.getState().code["settings.py"];
    await store
      .getState()
      .editCode("settings.py", `${source}\nSESSION_COOKIE_SAMESITE = "always"\n`);
    const line = source.split("\n").length + 1;
    await renderPanel(store, <CodePanel />);
    fireEvent.click(screen.getByRole("tab", { name: /settings\.py/ }));
    expect(screen.getByRole("alert").textContent).toBe(
      `Problemssettings.py line ${line}: SESSION_COOKIE_SAMESITE must be "Lax", "Strict", "None" or false, got 'always'`,
    );
    await act(() => i18next.changeLanguage("zh-CN"));
    expect(screen.getByRole("alert").textContent).toBe(
      `问题settings.py 第 ${line} 行：SESSION_COOKIE_SAMESITE 必须是 "Lax"、"Strict"、"None" 或 false，实际是 'always'`,
    );
  });

  it("warns of a setting name Django would ignore, and still applies the file", async () => {
    const store = await panelTestPlayground();
    const source = store.getState().code["settings.py"];
    await store.getState().editCode("settings.py", `${source}\nSESSION_COOKIE_SECURED = True\n`);
    await renderPanel(store, <CodePanel />);
    fireEvent.click(screen.getByRole("tab", { name: /settings\.py/ }));
    expect(screen.getByRole("alert").textContent).toMatch(
      /warning settings\.py line \d+: SESSION_COOKIE_SECURED is not a setting Django reads: Django ignores it\. Did you mean SESSION_COOKIE_SECURE\?/,
    );
    expect(store.getState().settings.SESSION_COOKIE_SECURE).toBe(false);
    await act(() => i18next.changeLanguage("zh-CN"));
    expect(screen.getByRole("alert").textContent).toMatch(
      /警告 settings\.py 第 \d+ 行：Django 不读取 SESSION_COOKIE_SECURED 这个设置，会直接忽略它。你是想写 SESSION_COOKIE_SECURE 吗？/,
    );
  });

  it("asks before saving settings.py at a past step, which discards the steps after it", async () => {
    const store = await panelTestPlayground();
    await store.getState().changeSettings({ SESSION_COOKIE_NAME: "first" });
    await store.getState().advance(60);
    act(() => store.getState().select(0));
    await renderPanel(store, <CodePanel />);
    fireEvent.click(screen.getByRole("tab", { name: /settings\.py/ }));
    expect(
      screen.getByText(/You are looking at step 1\. This is settings\.py as it is now/),
    ).toBeTruthy();
    const editor = await screen.findByRole("textbox", { name: "editor" });
    const source = (editor as HTMLTextAreaElement).value;
    fireEvent.change(editor, { target: { value: source.replace("'first'", "'third'") } });
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    const ask = screen.getByRole("alertdialog");
    fireEvent.click(within(ask).getByRole("button", { name: "Cancel" }));
    expect(store.getState().timeline).toHaveLength(2);
    // Left unanswered for another file, the question goes, and does not come back with settings.py.
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    fireEvent.click(screen.getByRole("tab", { name: /views\.py/ }));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    fireEvent.click(screen.getByRole("tab", { name: /settings\.py/ }));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    await act(async () => {
      fireEvent.click(within(screen.getByRole("alertdialog")).getAllByRole("button")[0]);
    });
    expect(store.getState().timeline.map((e) => e.step)).toEqual([
      { settings: { SESSION_COOKIE_NAME: "first" } },
      { settings: { SESSION_COOKIE_NAME: "third" } },
    ]);
  });

  it("says under the editor, and in its label, how to leave it by keyboard, in either language", async () => {
    const store = await panelTestPlayground();
    await renderPanel(store, <CodePanel />);
    const editor = await screen.findByRole("textbox", { name: "editor" });
    const keys = () => document.querySelector(".code-keys")!.textContent;
    expect(keys()).toBe(
      "Tab indents. Esc, then Tab: leave the editor. Ctrl+M: Tab moves focus instead.",
    );
    expect(editor.title).toBe(`Editor for views.py. ${keys()}`);
    fireEvent.keyDown(editor, { key: "m", ctrlKey: true });
    expect(keys()).toBe("Tab moves focus out of the editor. Ctrl+M: Tab indents again.");
    // The choice holds for every file.
    fireEvent.click(screen.getByRole("tab", { name: /settings\.py/ }));
    expect(keys()).toMatch(/^Tab moves focus/);
    await act(() => i18next.changeLanguage("zh-CN"));
    expect(keys()).toBe("现在 Tab 键会把焦点移出编辑器。按 Ctrl+M：恢复用 Tab 键缩进。");
    fireEvent.keyDown(editor, { key: "m", ctrlKey: true });
    expect(keys()).toBe(
      "Tab 键用于缩进。离开编辑器：先按 Esc，再按 Tab。按 Ctrl+M：让 Tab 键改为移动焦点。",
    );
    expect(editor.title).toBe(`settings.py 的编辑器。${keys()}`);
  });

  it("keeps an unsaved edit when the tab is left and shown again, and forgets it once saved", async () => {
    const store = await panelTestPlayground();
    const first = await renderPanel(store, <CodePanel />);
    const editor = await screen.findByRole("textbox", { name: "editor" });
    fireEvent.change(editor, { target: { value: "# mine\n" } });
    first.unmount();
    await renderPanel(store, <CodePanel />);
    expect(
      ((await screen.findByRole("textbox", { name: "editor" })) as HTMLTextAreaElement).value,
    ).toBe("# mine\n");
    expect(screen.getByRole("tab", { name: /views\.py/ }).textContent).toMatch(/Unsaved changes/);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Save" }));
    });
    expect(store.getState().code["views.py"]).toBe("# mine\n");
    expect(screen.getByRole("tab", { name: /views\.py/ }).textContent).not.toMatch(
      /Unsaved changes/,
    );
    // Restoring Django's file would bring back what the edit was made over: the edit must not return.
    await act(() => store.getState().restoreCode("views.py"));
    expect(
      ((await screen.findByRole("textbox", { name: "editor" })) as HTMLTextAreaElement).value,
    ).toBe(store.getState().code["views.py"]);
  });

  it("brings the Python line out from under the sticky bar when views.py runs, and again as Python answers", async () => {
    let onEvent: Parameters<NonNullable<PlaygroundDeps["python"]>>[0] = () => {};
    let started = () => {};
    const python: PythonRuntime = {
      setSource: () => {},
      // Python starts, then reports ready: each state is a new line under the bar.
      load: async () => {
        onEvent({ type: "starting" });
        await new Promise<void>((resolve) => (started = resolve));
        onEvent({ type: "ready", ms: 1200 });
        return null;
      },
      view: () => async () => new HttpResponse("py"),
      terminate: () => {},
    };
    drafts.getState().drop("code");
    const store = await testPlayground({ python: (e) => ((onEvent = e), python) });
    await renderPanel(store, <CodePanel />);
    const line = screen.getByTestId("python-status");
    // jsdom lays nothing out: the sticky bar's height, as given.
    Object.defineProperty(document.querySelector(".code-bar")!, "offsetHeight", { value: 57 });
    reveals.length = 0;
    fireEvent.click(screen.getByTestId("run-views"));
    // The line is brought to just below the bar, not under it.
    expect(reveals).toEqual([{ element: line, marginTop: "57px" }]);
    await waitFor(() => expect(line.textContent).toMatch(/starting/));
    expect(reveals.length).toBeGreaterThanOrEqual(2);
    started();
    await waitFor(() => expect(line.textContent).toMatch(/Python: ready \(started in 1\.2 s\)/));
    expect(reveals.every((r) => r.element === line)).toBe(true);
    expect(reveals.length).toBeGreaterThanOrEqual(3);
    // The run over (its last promise settled, a task later): a state change nobody asked for by
    // running (a restart, say) leaves the pane where it is.
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    const after = reveals.length;
    act(() => onEvent({ type: "restarted", reason: "killed" }));
    expect(reveals.length).toBe(after);
  });
});
