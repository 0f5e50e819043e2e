// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { InactiveButton } from "./InactiveButton.tsx";

afterEach(cleanup);

describe("InactiveButton", () => {
  it("ignores a press while inactive and keeps focus, then acts once active", () => {
    const onPress = vi.fn();
    const { rerender } = render(
      <InactiveButton inactive onPress={onPress}>
        Run
      </InactiveButton>,
    );
    const run = screen.getByRole("button", { name: "Run" });
    run.focus();
    fireEvent.click(run);
    expect(onPress).not.toHaveBeenCalled();
    expect(run.getAttribute("aria-disabled")).toBe("true");
    expect(run.hasAttribute("disabled")).toBe(false);
    expect(document.activeElement).toBe(run);
    rerender(
      <InactiveButton inactive={false} onPress={onPress}>
        Run
      </InactiveButton>,
    );
    fireEvent.click(run);
    expect(onPress).toHaveBeenCalledTimes(1);
    expect(run.getAttribute("aria-disabled")).toBe("false");
  });

  it("as a form's submit button, takes Enter's submission and cancels the form's own", () => {
    const onPress = vi.fn();
    const onSubmit = vi.fn((e: { preventDefault(): void }) => e.preventDefault());
    const { rerender } = render(
      <form onSubmit={onSubmit}>
        <input aria-label="value" />
        <InactiveButton type="submit" inactive onPress={onPress}>
          Run
        </InactiveButton>
      </form>,
    );
    const run = screen.getByRole("button", { name: "Run" });
    fireEvent.click(run);
    expect(onPress).not.toHaveBeenCalled();
    expect(onSubmit).not.toHaveBeenCalled();
    rerender(
      <form onSubmit={onSubmit}>
        <input aria-label="value" />
        <InactiveButton type="submit" inactive={false} onPress={onPress}>
          Run
        </InactiveButton>
      </form>,
    );
    fireEvent.click(run);
    expect(onPress).toHaveBeenCalledTimes(1);
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
