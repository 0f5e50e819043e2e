// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { panelTestPlayground, renderPanel } from "../common/panelTestPlayground.tsx";
import { INITIAL_DRAFT } from "./opDraft.ts";
import { OpRunResult } from "./OpRunResult.tsx";
import { OpsPanel } from "./OpsPanel.tsx";
import { opsUi } from "./opsUi.ts";

afterEach(cleanup);
// jsdom does no layout: scrolling is a no-op there.
Element.prototype.scrollIntoView = () => {};
Element.prototype.scrollTo = () => {};
beforeEach(() => opsUi.setState({ selected: "set", draft: INITIAL_DRAFT, batch: [], last: null }));

const settle = () => act(() => new Promise((r) => setTimeout(r, 50)));
const option = (name: string) => screen.getByRole("option", { name });

describe("the operations panel", () => {
  it("previews the Python line, runs it from the current browser and shows what happened", async () => {
    const store = await panelTestPlayground();
    await renderPanel(store, <OpsPanel />);
    fireEvent.change(screen.getByRole("textbox", { name: "key" }), { target: { value: "n" } });
    fireEvent.change(screen.getByRole("textbox", { name: "value" }), { target: { value: "3" } });
    expect(screen.getByText("request.session['n'] = 3")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Run" }));
    expect(
      await screen.findByText(/Set-Cookie: sessionid=.*\(new session\)/, {}, { timeout: 5000 }),
    ).toBeTruthy();
    expect(store.getState().timeline[0].step).toMatchObject({
      request: { browser: "A", method: "POST", path: "/ops/", ops: [["set", "n", 3]] },
    });
    expect(screen.getByText("django_session: 1 row created")).toBeTruthy();
  });

  it("keeps a typed dict's key order, as Python does, through the request, the store and get()", async () => {
    const store = await panelTestPlayground();
    await renderPanel(store, <OpsPanel />);
    fireEvent.change(screen.getByRole("textbox", { name: "key" }), { target: { value: "cart" } });
    fireEvent.change(screen.getByRole("textbox", { name: "value" }), {
      target: { value: '{"b": 1, "2": 2, "1": {"10": 0, "a": 3}}' },
    });
    expect(
      screen.getByText("request.session['cart'] = {'b': 1, '2': 2, '1': {'10': 0, 'a': 3}}"),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Run" }));
    await screen.findByText(/Set-Cookie: sessionid=/, {}, { timeout: 5000 });
    const [row] = store.getState().store;
    // What Django signs: {"cart":{"b":1,"2":2,"1":{"10":0,"a":3}}}
    expect(row.raw!.split(":")[0]).toBe("eyJjYXJ0Ijp7ImIiOjEsIjIiOjIsIjEiOnsiMTAiOjAsImEiOjN9fX0");
    fireEvent.click(option("get()"));
    fireEvent.click(screen.getByRole("button", { name: "Run" }));
    expect(
      await screen.findByText("{'b': 1, '2': 2, '1': {'10': 0, 'a': 3}}", {}, { timeout: 5000 }),
    ).toBeTruthy();
  });

  it("keeps a typed float a float, as Python's json does: 10.0 is stored as 10.0", async () => {
    const store = await panelTestPlayground();
    await renderPanel(store, <OpsPanel />);
    fireEvent.change(screen.getByRole("textbox", { name: "key" }), { target: { value: "total" } });
    fireEvent.change(screen.getByRole("textbox", { name: "value" }), { target: { value: "10.0" } });
    expect(screen.getByText("request.session['total'] = 10.0")).toBeTruthy();
    expect(screen.getByText(/float/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Run" }));
    await screen.findByText(/Set-Cookie: sessionid=/, {}, { timeout: 5000 });
    // What Django signs: {"total":10.0}
    expect(store.getState().store[0].raw!.split(":")[0]).toBe(
      btoa('{"total":10.0}').replace(/=+$/, ""),
    );
  });

  it("says what delete() does instead under signed_cookies, where there is no record to delete, as the engine of the viewed step", async () => {
    const store = await panelTestPlayground();
    await store.getState().advance(1);
    opsUi.setState({ selected: "delete" });
    await renderPanel(store, <OpsPanel />);
    const general = /This response leaves the cookie alone/;
    const signed = /With signed_cookies there is no record to delete/;
    expect(screen.getByText(general)).toBeTruthy();
    expect(screen.queryByText(signed)).toBeNull();
    await act(() =>
      store
        .getState()
        .changeSettings({ SESSION_ENGINE: "django.contrib.sessions.backends.signed_cookies" }),
    );
    // Instead of the general text, which would say the opposite, and what Run is described by.
    expect(screen.queryByText(general)).toBeNull();
    const note = screen.getByText(signed);
    expect(
      screen.getByRole("button", { name: "Run" }).closest("form")!.getAttribute("aria-describedby"),
    ).toBe(note.id);
    // Looking back at the step before the change: the db engine's text again.
    act(() => store.getState().select(0));
    expect(screen.getByText(general)).toBeTruthy();
    act(() => store.getState().select(null));
    act(() => opsUi.setState({ selected: "get" }));
    expect(screen.queryByText(/With signed_cookies/)).toBeNull();
  });

  it("runs the op when Enter is pressed in a field, as Run does", async () => {
    const store = await panelTestPlayground();
    await renderPanel(store, <OpsPanel />);
    const key = screen.getByRole("textbox", { name: "key" });
    fireEvent.change(key, { target: { value: "k" } });
    fireEvent.change(screen.getByRole("textbox", { name: "value" }), { target: { value: "1" } });
    // jsdom does not turn Enter into a submission: the form's submit event is what a browser sends.
    fireEvent.submit(key.closest("form")!);
    await screen.findByText(/Set-Cookie: sessionid=/, {}, { timeout: 5000 });
    expect(store.getState().timeline).toHaveLength(1);
    expect(store.getState().timeline[0].step).toMatchObject({
      request: { ops: [["set", "k", 1]] },
    });
  });

  it("shows an exception by its Python name, and that the /ops/ view caught it", async () => {
    const store = await panelTestPlayground();
    await renderPanel(store, <OpsPanel />);
    fireEvent.click(option("del session[key]"));
    fireEvent.change(screen.getByRole("textbox", { name: "key" }), {
      target: { value: "missing" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Run" }));
    expect((await screen.findByText("KeyError", {}, { timeout: 5000 })).className).toBe("py-error");
    // Where it went: the view caught it, as a view that let it out would have answered 500.
    screen.getByText(/^raised: the \/ops\/ view reports it and runs the next operation/);
  });

  it("says why Django answered 400 when an op of the batch deleted the session it then saves", async () => {
    const store = await panelTestPlayground();
    await store.getState().runOps([["set", "k", "v"]]);
    await store.getState().runOps([["set", "k", "v2"], ["delete"]]);
    await renderPanel(store, <OpRunResult ran={store.getState().timeline.at(-1)!} />);
    const why = screen.getByText(/SessionInterrupted/);
    expect(why.textContent).toContain("answered 400 Bad Request, with no Set-Cookie");
    expect(store.getState().timeline.at(-1)!.trace.status).toBe(400);
  });

  it("says why Django answered 500 when the ops ran but the save failed (a naive datetime)", async () => {
    const store = await panelTestPlayground();
    await store.getState().runOps([["set", "k", "v"]]);
    await renderPanel(store, <OpsPanel />);
    fireEvent.click(option("set_expiry()"));
    fireEvent.change(screen.getByRole("combobox", { name: "value" }), {
      target: { value: "datetime" },
    });
    fireEvent.change(
      screen.getByRole("textbox", { name: "datetime (ISO 8601, with a UTC offset)" }),
      {
        target: { value: "2030-01-01T00:00:00" },
      },
    );
    fireEvent.click(screen.getByRole("button", { name: "Run" }));
    const why = await screen.findByText(
      /SessionMiddleware's process_response/,
      {},
      { timeout: 5000 },
    );
    expect(why.textContent).toContain(
      "raised TypeError: can't subtract offset-naive and offset-aware datetimes",
    );
    // A 500 is not the 400 of a deleted session.
    expect(screen.queryByText(/SessionInterrupted/)).toBeNull();
    expect(store.getState().timeline.at(-1)!.trace.status).toBe(500);
  });

  it("maps set_expiry's choices to the format and writes them as Python", async () => {
    const store = await panelTestPlayground();
    await renderPanel(store, <OpsPanel />);
    fireEvent.click(option("set_expiry()"));
    const kind = screen.getByRole("combobox", { name: "value" });
    fireEvent.change(kind, { target: { value: "timedelta" } });
    expect(screen.getByText("request.session.set_expiry(timedelta(seconds=300))")).toBeTruthy();
    fireEvent.change(kind, { target: { value: "browserClose" } });
    expect(screen.getByText("request.session.set_expiry(0)")).toBeTruthy();
  });

  it("moves through the operations with the arrow keys", async () => {
    const store = await panelTestPlayground();
    await renderPanel(store, <OpsPanel />);
    const list = screen.getByRole("listbox");
    fireEvent.keyDown(list, { key: "ArrowDown" });
    expect(option("get()").getAttribute("aria-selected")).toBe("true");
    expect(list.getAttribute("aria-activedescendant")).toBe(option("get()").id);
    // The op's form is named as the list shows it, never by the format's op name.
    fireEvent.click(option("modified = True"));
    expect(screen.getByRole("form", { name: "modified = True" })).toBeTruthy();
    expect(screen.queryByRole("form", { name: "mark_modified" })).toBeNull();
  });

  it("sends a batch of operations in one request", async () => {
    const store = await panelTestPlayground();
    await renderPanel(store, <OpsPanel />);
    fireEvent.click(screen.getByRole("button", { name: "Add to batch" }));
    fireEvent.click(option("get()"));
    fireEvent.click(screen.getByRole("button", { name: "Add to batch" }));
    const batch = screen.getByRole("region", { name: "Batch" });
    expect(within(batch).getByText("Batch: 2 operations in one request")).toBeTruthy();
    fireEvent.click(within(batch).getByRole("button", { name: "Run the batch (2 operations)" }));
    await settle();
    expect(store.getState().timeline).toHaveLength(1);
    expect(store.getState().timeline[0].trace.results).toEqual([null, "v"]);
    expect(screen.queryByRole("region", { name: "Batch" })).toBeNull();
  });

  it("asks before running while a past step is shown", async () => {
    const store = await panelTestPlayground();
    await store.getState().runOps([["set", "a", 1]]);
    await store.getState().runOps([["set", "b", 2]]);
    await renderPanel(store, <OpsPanel />);
    act(() => store.getState().select(0));
    fireEvent.click(screen.getByRole("button", { name: "Run" }));
    expect(screen.getByRole("alertdialog").textContent).toMatch(
      /Continue from step 1\? The 1 step after it/,
    );
    // Left unanswered while the learner looks elsewhere, the question is gone for good.
    act(() => store.getState().select(null));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    act(() => store.getState().select(0));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Run" }));
    fireEvent.click(screen.getByRole("button", { name: "Discard 1 step and continue" }));
    await settle();
    expect(store.getState().timeline).toHaveLength(2);
    expect(store.getState().timeline[1].step).toMatchObject({
      request: { ops: [["set", "k", "v"]] },
    });
  });
});
