import browser from "./browser.ts";
import code from "./code.ts";
import common from "./common.ts";
import cookies from "./cookies.ts";
import manage from "./manage.ts";
import ops from "./ops.ts";
import problems from "./problems.ts";
import settings from "./settings.ts";
import store from "./store.ts";
import timeline from "./timeline.ts";
import toolbar from "./toolbar.ts";

/** Every namespace of this language: a chunk of its own, loaded when the language is on show. */
export default {
  common,
  toolbar,
  browser,
  ops,
  cookies,
  store,
  settings,
  timeline,
  manage,
  code,
  problems,
} as const;
