// @vitest-environment jsdom
import { act, cleanup, render, screen } from "@testing-library/react";
import i18next from "i18next";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { i18nOptions } from "./initI18n.ts";
import { resources } from "./resources.ts";
import { useT } from "./useT.ts";

beforeAll(async () => {
  if (!i18next.isInitialized) {
    await i18next.init(i18nOptions("en", resources));
  }
});
afterEach(async () => {
  cleanup();
  await i18next.changeLanguage("en");
});

function Title({ steps }: { steps: number }) {
  const { t } = useT("store");
  const { t: tl } = useT("timeline");
  return (
    <p>
      {t("title")} / {t("skipped.title", { count: steps })} / {tl("status.steps", { count: steps })}
    </p>
  );
}

describe("useT", () => {
  it("translates with plurals and values, and follows a language switch", async () => {
    const { rerender } = render(<Title steps={1} />);
    expect(screen.getByText(/^Session store \/ django_session has 1 rows \/ 1 step$/)).toBeTruthy();
    rerender(<Title steps={3} />);
    expect(screen.getByText(/django_session has 3 rows \/ 3 steps$/)).toBeTruthy();
    await act(() => i18next.changeLanguage("zh-CN"));
    expect(screen.getByText(/^会话存储 \/ django_session 有 3 行/)).toBeTruthy();
    rerender(<Title steps={1} />);
    expect(screen.getByText(/django_session 有 1 行/)).toBeTruthy();
  });

  it("gives the string i18next gives, remembered or not", () => {
    let t = i18next.getFixedT("en", "store");
    function Grab() {
      t = useT("store").t;
      return null;
    }
    render(<Grab />);
    const raw = i18next.getFixedT("en", "store");
    for (let i = 0; i < 2; i++) {
      expect(t("title")).toBe(raw("title"));
      expect(t("skipped.title", { count: 2 })).toBe(raw("skipped.title", { count: 2 }));
      // Options that are not plain values are not remembered, but still answered.
      expect(t("skipped.title", { count: 5, extra: { a: 1 } })).toBe(
        raw("skipped.title", { count: 5 }),
      );
    }
  });
});
