// @vitest-environment jsdom
import { act, fireEvent, screen } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { shareLink } from "../../state/shareLink.ts";
import {
  cleanUpAfterEach,
  panelTestPlayground,
  renderPanel,
} from "../common/panelTestPlayground.tsx";
import { ShareProgress } from "./ShareProgress.tsx";

cleanUpAfterEach();

describe("a share link being opened", () => {
  it("says how far it got, and Cancel leaves the playground as it was", async () => {
    const store = await panelTestPlayground();
    await renderPanel(store, <ShareProgress />);
    expect(screen.queryByRole("status")).toBeNull();
    const steps = Array.from({ length: 3000 }, (_, i) => ({ request: { ops: [["set", "n", i]] } }));
    const link = shareLink(
      "http://localhost/",
      JSON.stringify({ settings: { SECRET_KEY: "x" }, steps }),
    );
    let opening!: Promise<void>;
    act(() => {
      opening = store.getState().openShareLink(new URL(link).hash);
    });
    const status = await screen.findByText(/^Opening the shared scenario: step \d+ of 3000\./);
    expect(status.closest('[role="status"]')).not.toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    await act(() => opening);
    expect(screen.queryByRole("status")).toBeNull();
    expect(store.getState().timeline).toHaveLength(0);
    expect(store.getState().notice).toBeNull();
  });

  it("says first that the link's Python is starting, with how many steps follow", async () => {
    const store = await panelTestPlayground();
    await renderPanel(store, <ShareProgress />);
    act(() => store.setState({ importing: { phase: "starting", done: 0, total: 1, share: true } }));
    expect(screen.getByRole("status").textContent).toContain(
      "starting Python for its views.py (the first start takes a few seconds); its steps run next (1 in all).",
    );
  });

  /** The progress line rendered after `lab`, and the share link's opening started and ended. */
  async function besideLab(lab: ReactNode) {
    const store = await panelTestPlayground();
    await renderPanel(
      store,
      <>
        {lab}
        <ShareProgress />
      </>,
    );
    return {
      opening: () =>
        act(() =>
          store.setState({ importing: { phase: "starting", done: 0, total: 1, share: true } }),
        ),
      opened: () => act(() => store.setState({ importing: null })),
    };
  }

  it("brings the keyboard's focus to Cancel when it was left in the lab, now inert behind it", async () => {
    const link = await besideLab(
      <main inert>
        <button>+1 min</button>
      </main>,
    );
    screen.getByRole("button", { name: "+1 min", hidden: true }).focus();
    link.opening();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Cancel" }));
  });

  it("leaves the focus where it was when it was somewhere still live", async () => {
    const link = await besideLab(<button>Elsewhere</button>);
    screen.getByRole("button", { name: "Elsewhere" }).focus();
    link.opening();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Elsewhere" }));
  });

  it("hands the focus on Cancel to the timeline's steps when the line goes", async () => {
    const link = await besideLab(
      <section className="timeline">
        <div role="listbox" tabIndex={0} aria-label="steps" />
      </section>,
    );
    link.opening();
    screen.getByRole("button", { name: "Cancel" }).focus();
    link.opened();
    expect(document.activeElement).toBe(screen.getByRole("listbox", { name: "steps" }));
  });

  it("with no steps to go to, hands the focus to what the browser shows", async () => {
    const link = await besideLab(
      <section className="browser-pane">
        <button className="browser-big">Open /login/</button>
      </section>,
    );
    link.opening();
    screen.getByRole("button", { name: "Cancel" }).focus();
    link.opened();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Open /login/" }));
  });
});
