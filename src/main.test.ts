import { describe, expect, it } from "vitest";
import { staticImports } from "../tests/helpers/staticImports.ts";

describe("the page's first download (src/main.tsx and what it imports statically)", () => {
  const { files, packages } = staticImports("src/main.tsx");

  it("holds the panels and the small engine modules they read", () => {
    expect(files).toContain("src/ui/App.tsx");
    expect(files).toContain("src/engine/conf/settings.ts");
    expect(files).toContain("src/engine/python/truthy.ts");
    expect(packages).toContain("react");
  });

  it("leaves the session engine, signing, the server and msw to the chunk loaded after start", () => {
    const heavy = [...files].filter((f) =>
      /^src\/(engine\/(sessions\/SessionBase|signing\/|middleware\/)|server\/DjangoServer|state\/createPlayground)/.test(
        f,
      ),
    );
    expect(heavy).toEqual([]);
    expect(
      [...packages].filter((p) => ["pako", "msw", "monaco-editor", "pyodide"].includes(p)),
    ).toEqual([]);
  });

  it("leaves each language's texts to a chunk of its own, loaded for the language on show", () => {
    expect(files).toContain("src/i18n/loadLanguage.ts");
    expect([...files].filter((f) => f.startsWith("src/i18n/locales/"))).toEqual([]);
  });
});
