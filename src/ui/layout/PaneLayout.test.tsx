// @vitest-environment jsdom
import { act, screen } from "@testing-library/react";
import i18next from "i18next";
import { describe, expect, it } from "vitest";
import {
  cleanUpAfterEach,
  panelTestPlayground,
  renderPanel,
  resizeObserversInJsdom,
} from "../common/panelTestPlayground.tsx";
import { PaneLayout } from "./PaneLayout.tsx";

cleanUpAfterEach();

resizeObserversInJsdom();

const names = () => screen.getAllByRole("separator").map((s) => s.getAttribute("aria-label"));

describe("the pane dividers", () => {
  it("each say which two panes they resize, in both languages", async () => {
    const store = await panelTestPlayground();
    await renderPanel(
      store,
      <PaneLayout
        browser={<p>browser</p>}
        timeline={<p>timeline</p>}
        tools={<p>tools</p>}
        cookies={<p>cookies</p>}
        store={<p>store</p>}
      />,
    );
    expect(names()).toEqual([
      "Resize the browser and the timeline",
      "Resize the browser side and the server side",
      "Resize the server tools and the cookies",
      "Resize the cookies and the session store",
    ]);
    await act(() => i18next.changeLanguage("zh-CN"));
    const zh = names();
    expect(zh).toEqual([
      "调整浏览器和时间线的大小",
      "调整左边浏览器和右边服务器两栏的宽度",
      "调整服务器工具和 Cookie 的大小",
      "调整 Cookie 和会话存储的大小",
    ]);
    expect(new Set(zh).size).toBe(4);
  });
});
