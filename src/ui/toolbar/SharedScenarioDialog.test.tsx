// @vitest-environment jsdom
import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { drafts } from "../../state/drafts.ts";
import {
  cleanUpAfterEach,
  modalDialogsInJsdom,
  panelTestPlayground,
  renderPanel,
} from "../common/panelTestPlayground.tsx";
import { SharedScenarioDialog } from "./SharedScenarioDialog.tsx";

cleanUpAfterEach();
modalDialogsInJsdom();

const LINKED = JSON.stringify({ settings: { SECRET_KEY: "x" }, steps: [{ advance: 60 }] });
const LOST = /Edits not yet applied in the Settings or Code tab are lost/;

/** An edit of views.py typed in the Code tab and not saved. */
async function playgroundWithUnsavedViews() {
  const store = await panelTestPlayground();
  const saved = store.getState().code["views.py"];
  drafts.getState().put("code", "views.py", {
    base: JSON.stringify(saved),
    value: `${saved}\n# twenty minutes of my own work\n`,
  });
  return store;
}

describe("the question before a share link replaces the playground", () => {
  it("offers to keep a playground with no steps when views.py has an unsaved edit, and says the edit would be lost", async () => {
    const store = await playgroundWithUnsavedViews();
    await renderPanel(store, <SharedScenarioDialog />);
    store.setState({ pendingShare: LINKED });
    const keep = await screen.findByRole("button", { name: "Keep my playground" });
    expect(screen.getByText(LOST)).toBeTruthy();
    fireEvent.click(keep);
    expect(store.getState().pendingShare).toBeNull();
    expect(store.getState().timeline).toHaveLength(0);
    expect(Object.keys(drafts.getState().code)).toEqual(["views.py"]);
  });

  it("offers no Keep for an empty playground with nothing unsaved", async () => {
    const store = await panelTestPlayground();
    await renderPanel(store, <SharedScenarioDialog />);
    store.setState({ pendingShare: LINKED });
    await screen.findByRole("button", { name: "Open it" });
    expect(screen.queryByRole("button", { name: "Keep my playground" })).toBeNull();
    expect(screen.queryByText(LOST)).toBeNull();
  });
});
