// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { panelTestPlayground, renderPanel } from "../common/panelTestPlayground.tsx";
import { PastBanner } from "./PastBanner.tsx";

afterEach(cleanup);

async function lookingBackAtStepTwo() {
  const store = await panelTestPlayground();
  for (let i = 0; i < 4; i++) await store.getState().advance(60);
  store.getState().select(1);
  await renderPanel(store, <PastBanner index={1} />);
  return store;
}

describe("the browser's past-step banner", () => {
  it("asks before Continue from here discards the later steps, and keeps them on Cancel", async () => {
    const store = await lookingBackAtStepTwo();
    fireEvent.click(screen.getByRole("button", { name: "Continue from here" }));
    expect(screen.getByRole("alertdialog").textContent).toContain(
      "Continue from step 2? The 2 steps after it will be discarded.",
    );
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(store.getState().timeline).toHaveLength(4);
    // Focus goes back to the button that asked, not to the top of the page.
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Continue from here" }));
  });

  it("continues from the viewed step once the learner agrees, giving focus back to the button that asked", async () => {
    const store = await lookingBackAtStepTwo();
    fireEvent.click(screen.getByRole("button", { name: "Continue from here" }));
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Discard 2 steps and continue" }));
    });
    // The question's buttons are gone: focus is not left to fall to the top of the page.
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Continue from here" }));
    await act(() => store.getState().saved());
    expect(store.getState().timeline).toHaveLength(2);
    expect(store.getState().cursor).toBeNull();
  });
});
