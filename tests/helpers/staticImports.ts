import { existsSync, readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");

// `import … from "x"`, `export … from "x"` (not `import type`), and `import "x"`.
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s+(?!type\b)([\s\S]*?)\s*from\s*["']([^"']+)["']|(?:^|\n)\s*import\s*["']([^"']+)["']/g;

/** `{ type A, type B }`: erased from the output, so no module is loaded for it. */
const onlyTypes = (clause: string) =>
  /^\{[^}]*\}$/.test(clause.trim()) &&
  clause
    .replace(/[{}\s]/g, "")
    .split(",")
    .filter(Boolean)
    .every((name) => name.startsWith("type"));

/**
 * What the bundler puts in the chunk that holds `entry`: every source file and
 * package reached by static imports (a dynamic `import()` starts a chunk of its
 * own and is not followed). A reading of the source, not of the build, so a
 * unit test can say in a second which module pulled the engine into the page's
 * first download; the bench measures the build itself.
 */
export function staticImports(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const walk = (file: string) => {
    const name = relative(ROOT, file);
    if (files.has(name)) return;
    files.add(name);
    for (const [, clause, from, bare] of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const spec = from ?? bare;
      if (from && onlyTypes(clause)) continue;
      if (!spec.startsWith(".")) {
        packages.add(
          spec
            .split("/")
            .slice(0, spec.startsWith("@") ? 2 : 1)
            .join("/"),
        );
        continue;
      }
      const path = resolve(dirname(file), spec);
      if (/\.tsx?$/.test(path) && existsSync(path)) walk(path);
    }
  };
  walk(resolve(ROOT, entry));
  return { files, packages };
}
