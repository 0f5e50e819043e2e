import { StrictMode } from "react";
import { createRoot, type Root } from "react-dom/client";
import i18next from "i18next";
import { initI18n } from "./i18n/initI18n.ts";
import { holdSingleTab } from "./state/holdSingleTab.ts";
import { PlaygroundContext } from "./state/usePlayground.ts";
import { App } from "./ui/App.tsx";
import { AppErrorBoundary } from "./ui/AppErrorBoundary.tsx";
import "./ui/styles.css";

/** The app once rendered: a failed start takes it down before saying so. */
let app: Root | null = null;
/** A share link's hash, taken out of the address before it is opened: Reload puts it back. */
let sharedHash = "";

async function main() {
  // The simulated server, browser and MSW are the heavy part: a chunk of their own,
  // fetched while i18n starts, so the first load stays small.
  const runtime = import("./state/bootPlayground.ts");
  await initI18n();
  const root = document.getElementById("root")!;
  await holdSingleTab("session-lab", () => {
    const waiting = document.createElement("section");
    waiting.className = "other-tab";
    waiting.setAttribute("role", "status");
    waiting.dataset.testid = "other-tab";
    const title = document.createElement("h1");
    title.textContent = i18next.t("common:appName");
    const text = document.createElement("p");
    text.textContent = i18next.t("common:otherTab");
    waiting.replaceChildren(title, text);
    root.replaceChildren(waiting);
  });
  const { store, kind } = await (await runtime).bootPlayground();
  root.replaceChildren();
  app = createRoot(root);
  app.render(
    <StrictMode>
      <PlaygroundContext.Provider value={store}>
        <AppErrorBoundary store={store}>
          <App transportKind={kind} />
        </AppErrorBoundary>
      </PlaygroundContext.Provider>
    </StrictMode>,
  );
  sharedHash = location.hash;
  if (sharedHash) history.replaceState(null, "", location.pathname + location.search);
  await store.getState().init(sharedHash);
}

// A start that fails (storage refused, say) still says so in the learner's language, with the
// way out: nothing saved is touched, and a reload usually gets past it.
main().catch((e: unknown) => {
  const detail = e instanceof Error ? e.message : String(e);
  const say = (key: string, english: string) => (i18next.isInitialized ? i18next.t(key) : english);
  const failed = document.createElement("section");
  failed.className = "other-tab";
  failed.setAttribute("role", "alert");
  const text = document.createElement("p");
  text.textContent = say(
    "common:startFailed",
    "Session Lab could not start (the error is below). Reloading the page usually helps; what this browser saved of the playground is kept.",
  );
  const error = document.createElement("pre");
  error.textContent = detail;
  const again = document.createElement("button");
  again.type = "button";
  again.className = "primary";
  again.textContent = say("common:startAgain", "Reload the page");
  again.addEventListener("click", () => {
    if (sharedHash)
      history.replaceState(null, "", location.pathname + location.search + sharedHash);
    location.reload();
  });
  failed.replaceChildren(text, error, again);
  app?.unmount();
  document.getElementById("root")!.replaceChildren(failed);
});
