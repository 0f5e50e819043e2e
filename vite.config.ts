import react from "@vitejs/plugin-react";
import { viteStaticCopy } from "vite-plugin-static-copy";
import { defineConfig } from "vitest/config";

/** Pyodide's runtime files, served from this origin (never a CDN) under /pyodide/. */
const PYODIDE_FILES = [
  "pyodide.asm.mjs",
  "pyodide.asm.wasm",
  "python_stdlib.zip",
  "pyodide-lock.json",
];

export default defineConfig({
  plugins: [
    react(),
    viteStaticCopy({
      targets: PYODIDE_FILES.map((file) => ({
        src: `node_modules/pyodide/${file}`,
        dest: "pyodide",
      })),
    }),
  ],
  worker: { format: "es" },
  optimizeDeps: { exclude: ["pyodide"] },
  build: {
    // The initial bundle must stay small; heavy parts (Monaco, Pyodide) are split off and loaded on demand.
    chunkSizeWarningLimit: 700,
  },
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "tests/**/*.test.ts"],
    exclude: ["tests/e2e/**", "node_modules/**"],
  },
});
