// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from "@testing-library/react";
import i18next from "i18next";
import { afterEach, describe, expect, it, vi } from "vitest";
import { panelTestPlayground, renderPanel } from "../common/panelTestPlayground.tsx";
import { CodePanel } from "./CodePanel.tsx";

// Monaco needs a real browser (the end-to-end tests type into it); the problems list is the panel's own.
vi.mock("./MonacoEditor.tsx", () => ({ default: () => null }));

afterEach(async () => {
  cleanup();
  await i18next.changeLanguage("en");
});

describe("the code panel", () => {
  it("lists a setting Django would refuse in settings.py in the learner's language", async () => {
    const store = await panelTestPlayground();
    const source = store.getState().code["settings.py"];
    await store.getState().editCode("settings.py", `${source}\nSESSION_COOKIE_SECURE = "yes"\n`);
    const line = source.split("\n").length + 1;
    await renderPanel(store, <CodePanel />);
    fireEvent.click(screen.getByRole("tab", { name: /settings\.py/ }));
    expect(screen.getByRole("alert").textContent).toBe(
      `Problemssettings.py line ${line}: SESSION_COOKIE_SECURE must be true or false, got "yes"`,
    );
    await act(() => i18next.changeLanguage("zh-CN"));
    expect(screen.getByRole("alert").textContent).toBe(
      `问题settings.py 第 ${line} 行: SESSION_COOKIE_SECURE 必须是 true 或 false，实际是 "yes"`,
    );
  });
});
