import { cleanup, render } from "@testing-library/react";
import i18next from "i18next";
import type { ReactNode } from "react";
import { initReactI18next } from "react-i18next";
import { afterEach } from "vitest";
import { i18nOptions } from "../../i18n/initI18n.ts";
import { resources } from "../../i18n/resources.ts";
import { drafts } from "../../state/drafts.ts";
import { testPlayground } from "../../state/testPlayground.ts";
import { PlaygroundContext } from "../../state/usePlayground.ts";

/** For panel tests: testPlayground, with no unapplied edits left from an earlier test. */
export async function panelTestPlayground() {
  drafts.getState().drop("settings");
  drafts.getState().drop("code");
  return testPlayground();
}

/** Renders a panel over `store` in English (the i18n resources the app uses). */
export async function renderPanel(
  store: Awaited<ReturnType<typeof panelTestPlayground>>,
  ui: ReactNode,
) {
  if (!i18next.isInitialized) {
    await i18next.use(initReactI18next).init(i18nOptions("en", resources));
  }
  return render(<PlaygroundContext.Provider value={store}>{ui}</PlaygroundContext.Provider>);
}

/** After each test: unmount what it rendered, and English again for the next one. */
export function cleanUpAfterEach(): void {
  afterEach(async () => {
    cleanup();
    await i18next.changeLanguage("en");
  });
}

/** jsdom has no ResizeObserver; the panels only need one to exist (jsdom does no layout). */
export function resizeObserversInJsdom(): void {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}

/** jsdom has <dialog> but not its modal methods: open and close stand in for them. */
export function modalDialogsInJsdom(): void {
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    if (!this.open) return;
    this.open = false;
    this.dispatchEvent(new Event("close"));
  };
}
