import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

/** One file of the built app: raw bytes, and gzipped at level 9 and level 6. */
export interface BuiltFile {
  file: string;
  bytes: number;
  gzip9: number;
  gzip6: number;
}

export interface FileGroup {
  files: BuiltFile[];
  bytes: number;
  gzip9: number;
  gzip6: number;
}

export interface BundleResult {
  /** The entry <script type=module> and every <link rel=modulepreload> of index.html. */
  initial_js: FileGroup;
  /** Stylesheets index.html links (not counted in the JS). */
  initial_css: FileGroup;
  /**
   * Fetched right after start: the runtime chunk src/main.tsx imports
   * (bootPlayground-*), the texts of the language on show (en-*: the bench's
   * pages are in English; zh-CN-* comes on a switch), msw's browser-*, and the
   * service worker's script.
   */
  after_start_js: FileGroup;
  /** Everything else: Monaco, the Python worker, /pyodide/, other lazy chunks. */
  on_demand: FileGroup;
}

function group(files: BuiltFile[]): FileGroup {
  return {
    files,
    bytes: files.reduce((s, f) => s + f.bytes, 0),
    gzip9: files.reduce((s, f) => s + f.gzip9, 0),
    gzip6: files.reduce((s, f) => s + f.gzip6, 0),
  };
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** The src/href attributes of the tags in `html` that match `tag` (a regex over the whole tag). */
function attrs(html: string, tag: RegExp, attr: "src" | "href"): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<(script|link)\b[^>]*>/g)) {
    if (!tag.test(m[0])) continue;
    const value = new RegExp(`\\b${attr}="([^"]+)"`).exec(m[0])?.[1];
    if (value) out.push(value);
  }
  return out;
}

/**
 * Sizes of the built playground in `outDir` (a `vite build` output), read the
 * way a browser meets them: what index.html loads, what the app fetches right
 * after it starts, and what waits until a feature is used.
 * `skip`: subdirectories that are not part of the app (the bench's own pages).
 */
export function measureBundle(outDir: string, skip: string[] = []): BundleResult {
  const html = readFileSync(join(outDir, "index.html"), "utf8");
  const toFile = (url: string) => url.replace(/^\//, "").split("?")[0];
  const initialJs = [
    ...attrs(html, /^<script\b[^>]*\btype="module"/, "src"),
    ...attrs(html, /^<link\b[^>]*\brel="modulepreload"/, "href"),
  ].map(toFile);
  const initialCss = attrs(html, /^<link\b[^>]*\brel="stylesheet"/, "href").map(toFile);
  const sized = (file: string): BuiltFile => {
    const bytes = readFileSync(join(outDir, file));
    return {
      file,
      bytes: bytes.length,
      gzip9: gzipSync(bytes, { level: 9 }).length,
      gzip6: gzipSync(bytes, { level: 6 }).length,
    };
  };
  const all = walk(outDir)
    .map((p) => relative(outDir, p).split("\\").join("/"))
    .filter((f) => !skip.some((s) => f.startsWith(`${s}/`)))
    .filter((f) => f !== "index.html")
    .sort();
  const afterStart = all.filter(
    (f) =>
      /^assets\/(bootPlayground|browser|en)-[\w-]+\.js$/.test(f) || f === "mockServiceWorker.js",
  );
  const taken = new Set([...initialJs, ...initialCss, ...afterStart]);
  return {
    initial_js: group(initialJs.map(sized)),
    initial_css: group(initialCss.map(sized)),
    after_start_js: group(afterStart.map(sized)),
    on_demand: group(all.filter((f) => !taken.has(f)).map(sized)),
  };
}
