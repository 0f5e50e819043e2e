// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import {
  modalDialogsInJsdom,
  panelTestPlayground,
  renderPanel,
} from "../common/panelTestPlayground.tsx";
import { ClockControls } from "./ClockControls.tsx";

afterEach(cleanup);
modalDialogsInJsdom();

const settle = () => act(() => new Promise((r) => setTimeout(r, 20)));

/** A playground with three clock steps, looking back at the first. */
async function lookingBackAtStepOne() {
  const store = await panelTestPlayground();
  for (let i = 0; i < 3; i++) await store.getState().advance(60);
  store.getState().select(0);
  await renderPanel(store, <ClockControls />);
  return store;
}

describe("the clock's buttons", () => {
  it("move the clock at once in the present", async () => {
    const store = await panelTestPlayground();
    const before = store.getState().now;
    await renderPanel(store, <ClockControls />);
    fireEvent.click(screen.getByRole("button", { name: "+1 h" }));
    await settle();
    expect(store.getState().now - before).toBe(3600_000);
    expect(screen.queryByRole("alertdialog")).toBeNull();
  });

  it("ask before discarding the later steps when looking at a past one, and keep them on Cancel", async () => {
    const store = await lookingBackAtStepOne();
    fireEvent.click(screen.getByRole("button", { name: "+1 h" }));
    expect(screen.getByRole("alertdialog").textContent).toContain(
      "Continue from step 1? The 2 steps after it will be discarded.",
    );
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    await settle();
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(store.getState().timeline).toHaveLength(3);
    expect(store.getState().cursor).toBe(0);
  });

  it("carry on from the past step once the learner agrees", async () => {
    const store = await lookingBackAtStepOne();
    const stepOne = store.getState().timeline[0].trace.now;
    fireEvent.click(screen.getByRole("button", { name: "+1 day" }));
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Discard 2 steps and continue" }));
    });
    await settle();
    const { timeline, cursor } = store.getState();
    expect(timeline.map((e) => e.step)).toEqual([{ advance: 60 }, { advance: 86400 }]);
    expect(Date.parse(timeline[1].trace.now) - Date.parse(stepOne)).toBe(86400_000);
    expect(cursor).toBeNull();
  });

  it("ask after Jump to… too, when looking at a past step", async () => {
    const store = await lookingBackAtStepOne();
    fireEvent.click(screen.getByRole("button", { name: "Jump to…" }));
    fireEvent.click(screen.getByRole("button", { name: "Jump" }));
    expect(screen.getByRole("alertdialog").textContent).toContain("Continue from step 1?");
    expect(store.getState().timeline).toHaveLength(3);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Discard 2 steps and continue" }));
    });
    await settle();
    expect(store.getState().timeline.map((e) => e.step)).toEqual([
      { advance: 60 },
      { advance: 86400 },
    ]);
  });

  it("stop at Python's datetime.max: Jump to… says why, and a button past it leaves the clock and the timeline as they were", async () => {
    const store = await panelTestPlayground();
    const toEnd = Math.floor((Date.UTC(9999, 11, 31, 23, 0, 0) - store.getState().now) / 1000);
    await store.getState().advance(toEnd);
    await renderPanel(store, <ClockControls />);
    fireEvent.click(screen.getByRole("button", { name: "Jump to…" }));
    fireEvent.change(screen.getByLabelText("Date and time (UTC)"), {
      target: { value: "9999-12-31T23:59:59" },
    });
    // The moment is repeated as the lab writes times: the field itself may show 12-hour time.
    expect(screen.getByRole("status").textContent).toBe(
      "The clock will move forward 59 minutes 59 seconds, to 9999-12-31 23:59:59 UTC.",
    );
    fireEvent.change(screen.getByLabelText("Date and time (UTC)"), {
      target: { value: "10000-01-01T00:00:00" },
    });
    expect(screen.getByRole("status").textContent).toContain("datetime.max");
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    const steps = store.getState().timeline.length;
    const now = store.getState().now;
    fireEvent.click(screen.getByRole("button", { name: "+1 day" }));
    await settle();
    expect(store.getState().now).toBe(now);
    expect(store.getState().timeline).toHaveLength(steps);
    expect(store.getState().notice?.problem?.code).toBe("scenario.clockMax");
  });
});
