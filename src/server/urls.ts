import { backend, logIn, logOut } from "./views/demoViews.ts";
import { opsView } from "./views/opsView.ts";
import type { View } from "./views/View.ts";

/** urlpatterns: the tutorial's three views and the playground's /ops/. */
export const urlpatterns: Record<string, View> = {
  "/login/": logIn,
  "/backend/": backend,
  "/logout/": logOut,
  "/ops/": opsView,
};
