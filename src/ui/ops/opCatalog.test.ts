import { describe, expect, it } from "vitest";
import en from "../../i18n/locales/en/ops.ts";
import { OP_SIGNATURES } from "../../server/views/ops.ts";
import { CLEARSESSIONS, OP_GROUPS } from "./opCatalog.ts";

describe("the op catalog", () => {
  const listed = OP_GROUPS.flatMap((g) => g.ops);

  it("offers every op of the /ops/ view exactly once, plus manage.py clearsessions", () => {
    expect([...listed].sort()).toEqual([...Object.keys(OP_SIGNATURES), CLEARSESSIONS].sort());
  });

  it("starts with the tutorial's operations", () => {
    expect(listed.slice(0, 7)).toEqual([
      "set",
      "get",
      "clear",
      "flush",
      "del",
      "set_expiry",
      "session_key",
    ]);
  });

  it("explains every op it lists", () => {
    expect(listed.filter((op) => !(op in en.explain))).toEqual([]);
  });
});
