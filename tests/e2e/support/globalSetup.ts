import type { TestProject } from "vitest/node";
import { build, preview, type PreviewServer } from "vite";

let server: PreviewServer | undefined;

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    port: number;
  }
}

/** Builds the app once and serves it on loopback for every end-to-end test. */
export async function setup(project: TestProject) {
  // Vitest sets NODE_ENV=test, and Vite would then bundle React's development build: the tests
  // would drive an app no learner gets. The build the README's `npm run build` makes, instead.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({ logLevel: "warn" });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  // lab.test (mapped to loopback in Chromium) is how a test opens the app as a non-secure page.
  server = await preview({
    preview: { host: "127.0.0.1", port: 4180, strictPort: false, allowedHosts: ["lab.test"] },
    logLevel: "warn",
  });
  const address = server.httpServer.address();
  const port = typeof address === "object" && address ? address.port : 4180;
  project.provide("baseURL", `http://127.0.0.1:${port}/`);
  project.provide("port", port);
}

export async function teardown() {
  await server?.close();
}
