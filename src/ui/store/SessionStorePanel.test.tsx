// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import {
  modalDialogsInJsdom,
  panelTestPlayground,
  renderPanel,
  resizeObserversInJsdom,
} from "../common/panelTestPlayground.tsx";
import type { Op } from "../../server/views/ops.ts";
import { SessionStorePanel } from "./SessionStorePanel.tsx";
import { WindowedTable } from "./WindowedTable.tsx";

afterEach(cleanup);
modalDialogsInJsdom();
resizeObserversInJsdom();

const login = { method: "POST", form: { user: "alice", pwd: "alice123" } };

/** A playground on the file engine that has run `ops` in one request. */
async function fileEngine(ops: Op[], settings: Record<string, unknown> = {}) {
  const store = await panelTestPlayground();
  await store
    .getState()
    .changeSettings({ SESSION_ENGINE: "django.contrib.sessions.backends.file", ...settings });
  await store.getState().runOps(ops);
  return store;
}

describe("the session store panel", () => {
  it("shows the django_session row of this browser's session, decoded", async () => {
    const store = await panelTestPlayground();
    await store.getState().navigate("/login/", login);
    await renderPanel(store, <SessionStorePanel />);
    const row = screen.getByText("this browser").closest("tr")!;
    const decoded = within(row).getByText('"username": "alice" }').closest("td")!;
    expect(decoded.textContent).toBe('{ "is_login": true, "username": "alice" }');
    expect(within(row).getByText("in 14 days")).toBeTruthy();
  });

  it("lays the decoded data out by items, so that its lines break between keys, never between _session_expiry and its value", async () => {
    const store = await panelTestPlayground();
    await store.getState().navigate("/login/", login);
    await store.getState().runOps([["set_expiry", 60]]);
    await renderPanel(store, <SessionStorePanel />);
    const row = screen.getByText("this browser").closest("tr")!;
    expect([...row.querySelectorAll(".store-item")].map((item) => item.textContent)).toEqual([
      '{ "is_login": true,',
      '"username": "alice",',
      '"_session_expiry": 60 }',
    ]);
  });

  it("says when a row does not verify with the current SECRET_KEY", async () => {
    const store = await panelTestPlayground();
    await store.getState().navigate("/login/", login);
    await store.getState().changeSettings({ SECRET_KEY: "another" });
    await renderPanel(store, <SessionStorePanel />);
    fireEvent.click(screen.getByRole("button", { name: /^Details of/ }));
    expect(screen.getByText(/does not verify with the current SECRET_KEY/)).toBeTruthy();
  });

  it("shows a row's Details in a dialog and gives focus back to its button on Close", async () => {
    const store = await panelTestPlayground();
    await store.getState().navigate("/login/", login);
    await renderPanel(store, <SessionStorePanel />);
    const open = screen.getByRole("button", { name: /^Details of/ });
    open.focus();
    fireEvent.click(open);
    const dialog = screen.getByRole("dialog", { name: /^Details of / });
    expect(within(dialog).getByText(/"username": "alice"/)).toBeTruthy();
    expect(within(dialog).getByText(store.getState().store[0].raw!)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(document.activeElement).toBe(open);
  });

  it("keeps every row up to date while open: new data, time left, a new SECRET_KEY", async () => {
    const store = await panelTestPlayground();
    await store.getState().runOps([["set", "k", 1]]);
    await store.getState().runOps([["set", "k", 1]], "B");
    await renderPanel(store, <SessionStorePanel />);
    const rows = () => screen.getAllByRole("row").slice(1);
    expect(rows()).toHaveLength(2);
    await act(() => store.getState().runOps([["set", "k", 2]]));
    expect(rows().map((r) => r.textContent)).toEqual([
      expect.stringMatching(/\{ "k": (1|2) \}.*in 14 days/),
      expect.stringMatching(/\{ "k": (1|2) \}.*in 14 days/),
    ]);
    expect(screen.getByText('{ "k": 2 }')).toBeTruthy();
    await act(() => store.getState().advance(86400));
    expect(screen.getAllByText("in 13 days")).toHaveLength(2);
    await act(() => store.getState().changeSettings({ SECRET_KEY: "rotated" }));
    expect(screen.getAllByText("does not verify")).toHaveLength(2);
  });

  it("greys an expired row and says it stays until clearsessions", async () => {
    const store = await panelTestPlayground();
    await store.getState().runOps([
      ["set", "k", 1],
      ["set_expiry", 10],
    ]);
    await store.getState().advance(11);
    await renderPanel(store, <SessionStorePanel />);
    expect(screen.getByText("expired").closest("tr")!.className).toContain("expired");
    expect(screen.getByText(/until/).textContent).toContain("manage.py clearsessions");
  });

  it("greys a db row only once its expire_date is reached, not while under a second is left", async () => {
    const store = await panelTestPlayground();
    await store.getState().runOps([
      ["set", "k", 1],
      ["set_expiry", 10],
    ]);
    await store.getState().advance(9.5);
    await renderPanel(store, <SessionStorePanel />);
    const row = () => screen.getByText(/"k": 1/).closest("tr")!;
    expect(row().className).not.toContain("expired");
    await act(() => store.getState().advance(0.5));
    expect(row().className).toContain("expired");
  });

  it("marks a session file expired as the file engine judges it: last save + SESSION_COOKIE_AGE, a custom expiry in seconds never", async () => {
    const store = await fileEngine([["set", "k", 1]], { SESSION_COOKIE_AGE: 3600 });
    await store.getState().advance(1800);
    // A read does not save: the file keeps its modification time.
    await store.getState().runOps([["get", "k"]]);
    await renderPanel(store, <SessionStorePanel />);
    const row = () => screen.getByText(/"k": 1/).closest("tr")!;
    expect(row().textContent).toContain("in 30 min");
    await act(() => store.getState().advance(1801));
    expect(row().className).toContain("expired");
    cleanup();
    // set_expiry(10): get_expiry_age returns 10 as it is, so the file engine never expires it.
    const other = await fileEngine([
      ["set", "k", 1],
      ["set_expiry", 10],
    ]);
    await other.getState().advance(7200);
    await renderPanel(other, <SessionStorePanel />);
    expect(row().className).not.toContain("expired");
    expect(row().textContent).toContain("never");
    cleanup();
    // set_expiry(-5): below 0, the next load expires the file, whatever its age.
    const third = await fileEngine([
      ["set", "k", 1],
      ["set_expiry", -5],
    ]);
    await renderPanel(third, <SessionStorePanel />);
    expect(row().className).toContain("expired");
  });

  it("shows a file that clearsessions deleted with the expiry it had, not as never expiring", async () => {
    const store = await fileEngine([["set", "k", 1]], { SESSION_COOKIE_AGE: 3600 });
    await store.getState().advance(3601);
    await store.getState().manage("clearsessions");
    await renderPanel(store, <SessionStorePanel />);
    const row = screen.getByText(/"k": 1/).closest("tr")!;
    expect(row.className).toContain("removed");
    expect(row.textContent).not.toContain("never");
    expect(row.textContent).toContain("UTC");
  });

  it("explains signed_cookies and reads the payload out of the cookie", async () => {
    const store = await panelTestPlayground();
    await store
      .getState()
      .changeSettings({ SESSION_ENGINE: "django.contrib.sessions.backends.signed_cookies" });
    await store.getState().navigate("/login/", login);
    await renderPanel(store, <SessionStorePanel />);
    expect(screen.getByText(/nothing is stored on the server/)).toBeTruthy();
    expect(screen.getByText('{ "is_login": true, "username": "alice" }')).toBeTruthy();
  });

  it("marks the step's changes when looking back", async () => {
    const store = await panelTestPlayground();
    await store.getState().navigate("/login/", login);
    await store.getState().navigate("/logout/");
    await renderPanel(store, <SessionStorePanel />);
    act(() => store.getState().select(0));
    expect(screen.getByText("this browser").closest("tr")!.className).toContain("added");
    expect(screen.getByText("step 1 · read-only").closest(".panel-head")).toBeTruthy();
    act(() => store.getState().select(null));
    expect(screen.queryByText(/read-only/)).toBeNull();
  });
});

describe("a windowed table", () => {
  it("renders a window of 100,000 rows, not all of them", () => {
    function Big() {
      const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
      return (
        <div ref={setScroller}>
          <WindowedTable
            scroller={scroller}
            columns={[{ label: "n", width: 5 }]}
            count={100_000}
            renderRow={(i) => (
              <tr key={i} data-row>
                <td>{i}</td>
              </tr>
            )}
          />
        </div>
      );
    }
    const { container } = render(<Big />);
    const rows = container.querySelectorAll("tr[data-row]");
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(100);
    expect(container.querySelector("table")!.getAttribute("aria-rowcount")).toBe("100001");
  });
});
