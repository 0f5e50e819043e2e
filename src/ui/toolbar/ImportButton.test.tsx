// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import {
  modalDialogsInJsdom,
  panelTestPlayground,
  renderPanel,
} from "../common/panelTestPlayground.tsx";
import { ImportButton } from "./ImportButton.tsx";

afterEach(cleanup);
modalDialogsInJsdom();

describe("the import dialog", () => {
  it("keeps a refused scenario's reason in the dialog, and takes the notice away with it", async () => {
    const store = await panelTestPlayground();
    await renderPanel(store, <ImportButton />);
    fireEvent.click(screen.getByRole("button", { name: "Import" }));
    fireEvent.change(screen.getByLabelText("… or paste the scenario JSON"), {
      target: { value: '{"settings": {"SECRET_KEY": "x"}, "steps": [{"jump": 1}]}' },
    });
    await act(async () => {
      fireEvent.click(screen.getAllByRole("button", { name: "Import" }).at(-1)!);
    });
    expect(screen.getByRole("alert").textContent).toMatch(
      /^Not imported: steps\[0\].*unknown step kind "jump"/,
    );
    expect(store.getState().notice?.key).toBe("error");
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(store.getState().notice).toBeNull();
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
