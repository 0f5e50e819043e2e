// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import i18next from "i18next";
import { describe, expect, it } from "vitest";
import {
  cleanUpAfterEach,
  modalDialogsInJsdom,
  panelTestPlayground,
  renderPanel,
} from "../common/panelTestPlayground.tsx";
import { drafts } from "../../state/drafts.ts";
import { ImportButton } from "./ImportButton.tsx";

cleanUpAfterEach();
modalDialogsInJsdom();

/** Opens the dialog, pastes `text` and submits it, with the button and field names of `lang`. */
async function importing(text: string, lang: "en" | "zh-CN" = "en") {
  const [button, field] =
    lang === "en" ? ["Import", "… or paste the scenario JSON"] : ["导入", "……或者粘贴场景 JSON"];
  fireEvent.click(screen.getByRole("button", { name: button }));
  fireEvent.change(screen.getByLabelText(field), { target: { value: text } });
  await act(async () => {
    fireEvent.click(screen.getAllByRole("button", { name: button }).at(-1)!);
  });
}

describe("the import dialog", () => {
  it("says that a views.py edit not yet saved is lost, only when there is one", async () => {
    const store = await panelTestPlayground();
    await renderPanel(store, <ImportButton />);
    const lost = /Edits not yet applied in the Settings or Code tab are lost/;
    fireEvent.click(screen.getByRole("button", { name: "Import" }));
    expect(screen.queryByText(lost)).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    const saved = store.getState().code["views.py"];
    act(() =>
      drafts.getState().put("code", "views.py", { base: JSON.stringify(saved), value: "edited" }),
    );
    fireEvent.click(screen.getByRole("button", { name: "Import" }));
    expect(screen.getByText(lost)).toBeTruthy();
  });

  it("says a refused scenario's reason in the dialog only, not again in the page's banner", async () => {
    const store = await panelTestPlayground();
    await renderPanel(store, <ImportButton />);
    await importing('{"settings": {"SECRET_KEY": "x"}, "steps": [{"jump": 1}]}');
    expect(screen.getByRole("alert").textContent).toMatch(
      /^Not imported: steps\[0\].*unknown step kind "jump"/,
    );
    expect(store.getState().notice).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("says how far a long import got, and Cancel stops it with the playground unchanged", async () => {
    const store = await panelTestPlayground();
    await store.getState().runOps([["set", "k", "v"]]);
    await renderPanel(store, <ImportButton />);
    const steps = Array.from({ length: 3000 }, (_, i) => ({ request: { ops: [["set", "n", i]] } }));
    await importing(JSON.stringify({ settings: { SECRET_KEY: "x" }, steps }));
    const status = await screen.findByText(/^Trying the scenario: step \d+ of 3000\./);
    expect(status.getAttribute("role")).toBe("status");
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    await act(() => store.getState().saved());
    await waitFor(() => expect(store.getState().importing).toBeNull());
    expect(store.getState().timeline).toHaveLength(1);
    expect(store.getState().store.map((e) => e.data)).toEqual([{ k: "v" }]);
  });

  it("says why a scenario was refused in Chinese too, naming the step as it is written", async () => {
    const store = await panelTestPlayground();
    await renderPanel(store, <ImportButton />);
    await act(() => i18next.changeLanguage("zh-CN"));
    await importing(
      '{"settings": {"SECRET_KEY": "x"}, "steps": [{"request": {"ops": [["get"]]}}]}',
      "zh-CN",
    );
    expect(screen.getByRole("alert").textContent).toBe(
      '未能导入：steps[0].request.ops[0]：操作 "get" 需要 1 到 2 个参数，实际给了 0 个',
    );
    // The learner switches language with the dialog open: the reason follows.
    await act(() => i18next.changeLanguage("en"));
    expect(screen.getByRole("alert").textContent).toBe(
      'Not imported: steps[0].request.ops[0]: op "get" takes 1 to 2 arguments, got 0',
    );
  });

  it("writes a refused field's name as it is, even one that looks like a placeholder", async () => {
    const store = await panelTestPlayground();
    await renderPanel(store, <ImportButton />);
    await importing('{"{{allowed}}": 1, "settings": {"SECRET_KEY": "x"}, "steps": []}');
    expect(screen.getByRole("alert").textContent).toBe(
      'Not imported: unknown field "{{allowed}}" (allowed: name, start, settings, steps, code)',
    );
  });

  it("asks for a scenario when there is none, without touching the store's notice", async () => {
    const store = await panelTestPlayground();
    await renderPanel(store, <ImportButton />);
    fireEvent.click(screen.getByRole("button", { name: "Import" }));
    fireEvent.click(screen.getAllByRole("button", { name: "Import" }).at(-1)!);
    expect(screen.getByRole("alert").textContent).toBe(
      "Not imported: Choose a file or paste a scenario first.",
    );
    expect(store.getState().notice).toBeNull();
  });
});
