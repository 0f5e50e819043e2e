// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { panelTestPlayground, renderPanel } from "../common/panelTestPlayground.tsx";
import { StartPage } from "./StartPage.tsx";

afterEach(cleanup);

describe("a browser's start page", () => {
  it("suggests alice's login in the first browser, and bob or a copied cookie in another", async () => {
    const store = await panelTestPlayground();
    await renderPanel(store, <StartPage browser="A" past={false} />);
    expect(screen.getByText(/Log in as alice/)).toBeTruthy();
    cleanup();
    await renderPanel(store, <StartPage browser="Bob's Firefox" past={false} />);
    expect(screen.queryByText(/Log in as alice/)).toBeNull();
    expect(screen.getByText(/copy another browser's sessionid into this one/)).toBeTruthy();
  });
});
