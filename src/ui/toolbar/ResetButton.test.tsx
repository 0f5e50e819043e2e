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
import { ResetButton } from "./ResetButton.tsx";

cleanUpAfterEach();
modalDialogsInJsdom();

const LOST = /Edits not yet applied in the Settings or Code tab are lost/;

describe("Reset's question", () => {
  it("says that a setting changed but not applied is lost, only once there is one", async () => {
    const store = await panelTestPlayground();
    await renderPanel(store, <ResetButton />);
    fireEvent.click(screen.getByRole("button", { name: "Reset" }));
    expect(screen.queryByText(LOST)).toBeNull();
    drafts.getState().put("settings", "SESSION_SAVE_EVERY_REQUEST", {
      base: JSON.stringify(store.getState().settings.SESSION_SAVE_EVERY_REQUEST),
      value: true,
    });
    expect(await screen.findByText(LOST)).toBeTruthy();
  });
});
