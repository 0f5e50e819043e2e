// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { panelTestPlayground, renderPanel } from "./common/panelTestPlayground.tsx";
import { AppErrorBoundary } from "./AppErrorBoundary.tsx";
import { downloadScenario } from "./common/downloadScenario.ts";

// jsdom cannot download: what matters is the scenario handed over.
vi.mock("./common/downloadScenario.ts", () => ({ downloadScenario: vi.fn() }));

afterEach(cleanup);

let broken = true;
function Playground() {
  if (broken) throw new Error("Invalid time value");
  return <p>the playground</p>;
}

describe("when the playground cannot render", () => {
  it("shows the error with a download and Reset, and Reset brings a fresh playground back", async () => {
    const store = await panelTestPlayground();
    await store.getState().advance(60);
    // React reports the caught error on the console; the test expects it.
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    await renderPanel(
      store,
      <AppErrorBoundary store={store}>
        <Playground />
      </AppErrorBoundary>,
    );
    expect(screen.getByRole("alert").textContent).toContain("Invalid time value");
    fireEvent.click(screen.getByRole("button", { name: "Download the scenario" }));
    expect(JSON.parse(vi.mocked(downloadScenario).mock.calls[0][0]).steps).toEqual([
      { advance: 60 },
    ]);
    broken = false;
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Reset the playground" }));
    });
    expect(screen.getByText("the playground")).toBeTruthy();
    expect(store.getState().timeline).toEqual([]);
    quiet.mockRestore();
  });
});
