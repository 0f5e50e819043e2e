import { describe, expect, it } from "vitest";
import { urlpatterns } from "../../server/urls.ts";
import { DEMO_PAGES } from "./demoPages.ts";

describe("the demo site's pages as the browser offers them", () => {
  it("are the simulated project's urlpatterns, /ops/ (not a page) apart", () => {
    expect(Object.keys(urlpatterns).filter((p) => p !== "/ops/")).toEqual(DEMO_PAGES);
  });
});
