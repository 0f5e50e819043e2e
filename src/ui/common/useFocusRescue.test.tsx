// @vitest-environment jsdom
import { act, cleanup, render, screen } from "@testing-library/react";
import { useRef, useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { useFocusRescue } from "./useFocusRescue.ts";

afterEach(cleanup);
// jsdom does no layout: the rescue's scrolling is a no-op there.
Element.prototype.scrollIntoView = () => {};

const nextFrame = () => act(() => new Promise<void>((r) => requestAnimationFrame(() => r())));

function Panel() {
  const scope = useRef<HTMLDivElement>(null);
  const fallback = useRef<HTMLButtonElement>(null);
  const [shown, setShown] = useState(true);
  useFocusRescue(scope, () => fallback.current);
  return (
    <div ref={scope}>
      {shown && <button onClick={() => setShown(false)}>Close</button>}
      <button ref={fallback}>Reopen</button>
      <button>Elsewhere</button>
    </div>
  );
}

describe("useFocusRescue", () => {
  // jsdom, like Firefox and Safari, fires no focusout when the focused element is removed.
  it("moves focus to the target when the focused control is removed without a focusout", async () => {
    render(<Panel />);
    const close = screen.getByRole("button", { name: "Close" });
    close.focus();
    act(() => close.click());
    expect(document.activeElement).toBe(document.body);
    await nextFrame();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Reopen" }));
  });

  it("leaves focus alone when the learner moved it on before the control went", async () => {
    render(<Panel />);
    const close = screen.getByRole("button", { name: "Close" });
    close.focus();
    screen.getByRole("button", { name: "Elsewhere" }).focus();
    act(() => close.click());
    await nextFrame();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Elsewhere" }));
  });
});
