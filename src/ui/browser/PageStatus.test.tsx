// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { PageHop, PageLoad } from "../../state/browserScreenAt.ts";
import { panelTestPlayground, renderPanel } from "../common/panelTestPlayground.tsx";
import { PageStatus } from "./PageStatus.tsx";

afterEach(cleanup);

const post: PageHop = {
  method: "POST",
  url: "http://testserver/login/",
  status: 302,
  location: "/backend/",
};
const get: PageHop = {
  method: "GET",
  url: "http://testserver/backend/",
  status: 200,
  location: null,
};
const loadOf = (hops: PageHop[]): PageLoad => {
  const last = hops[hops.length - 1];
  return {
    url: last.url,
    status: last.status,
    contentType: "",
    body: "",
    hops,
    index: 0,
    first: 0,
  };
};

describe("the page load's status line", () => {
  it("says a redirect not followed has no page, and offers to follow it", async () => {
    const follow = vi.fn();
    await renderPanel(
      await panelTestPlayground(),
      <PageStatus load={loadOf([post])} onFollow={follow} />,
    );
    expect(screen.getByText(/A redirect has no page of its own/).textContent).toContain(
      "/backend/",
    );
    fireEvent.click(screen.getByRole("button", { name: "Go to /backend/" }));
    expect(follow).toHaveBeenCalledWith("/backend/");
  });

  it("says a page asked for without its final slash would be a 301 in a startproject project, and offers the slashed one", async () => {
    const follow = vi.fn();
    const noSlash = (path: string): PageHop => ({
      method: "GET",
      url: `http://testserver${path}`,
      status: 404,
      location: null,
    });
    await renderPanel(
      await panelTestPlayground(),
      <PageStatus load={loadOf([noSlash("/backend")])} onFollow={follow} />,
    );
    expect(screen.getByText(/lacks its final slash/).textContent).toContain(
      "CommonMiddleware, which would answer 301 → /backend/ (APPEND_SLASH)",
    );
    fireEvent.click(screen.getByRole("button", { name: "Go to /backend/" }));
    expect(follow).toHaveBeenCalledWith("/backend/");
    cleanup();
    // A POST cannot be redirected without its form: no 301 promised, nothing to follow.
    cleanup();
    await renderPanel(
      await panelTestPlayground(),
      <PageStatus load={loadOf([{ ...noSlash("/login"), method: "POST" }])} onFollow={follow} />,
    );
    expect(screen.getByText(/lacks its final slash/).textContent).toContain("RuntimeError, 500");
    expect(screen.queryByRole("button")).toBeNull();
    // The query string goes along, as Django's redirect keeps it.
    cleanup();
    await renderPanel(
      await panelTestPlayground(),
      <PageStatus load={loadOf([noSlash("/backend?x=1")])} onFollow={follow} />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Go to /backend/?x=1" }));
    expect(follow).toHaveBeenLastCalledWith("/backend/?x=1");
    cleanup();
    // A path no page has, with or without the slash: Not Found, and nothing more to say.
    await renderPanel(
      await panelTestPlayground(),
      <PageStatus load={loadOf([noSlash("/admin")])} />,
    );
    expect(screen.queryByText(/lacks its final slash/)).toBeNull();
  });

  it("says a login form answered with the form again means a user and password the tutorial does not know", async () => {
    const form = (method: string): PageHop => ({
      method,
      url: "http://testserver/login/",
      status: 200,
      location: null,
    });
    await renderPanel(await panelTestPlayground(), <PageStatus load={loadOf([form("GET")])} />);
    expect(screen.queryByText(/answered with the form again/)).toBeNull();
    cleanup();
    await renderPanel(await panelTestPlayground(), <PageStatus load={loadOf([form("POST")])} />);
    expect(screen.getByText(/answered with the form again/)).toBeTruthy();
  });

  it("offers nothing to click when looking at the past", async () => {
    await renderPanel(await panelTestPlayground(), <PageStatus load={loadOf([post])} />);
    expect(screen.getByText(/A redirect has no page of its own/)).toBeTruthy();
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("says nothing more once the redirect was followed", async () => {
    await renderPanel(
      await panelTestPlayground(),
      <PageStatus load={loadOf([post, get])} onFollow={() => {}} />,
    );
    expect(screen.getByText("(followed)")).toBeTruthy();
    expect(screen.queryByText(/A redirect has no page of its own/)).toBeNull();
  });
});
