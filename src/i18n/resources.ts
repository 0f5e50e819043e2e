import enBrowser from "./locales/en/browser.ts";
import enCode from "./locales/en/code.ts";
import enCommon from "./locales/en/common.ts";
import enCookies from "./locales/en/cookies.ts";
import enManage from "./locales/en/manage.ts";
import enOps from "./locales/en/ops.ts";
import enProblems from "./locales/en/problems.ts";
import enSettings from "./locales/en/settings.ts";
import enStore from "./locales/en/store.ts";
import enTimeline from "./locales/en/timeline.ts";
import enToolbar from "./locales/en/toolbar.ts";
import zhBrowser from "./locales/zh-CN/browser.ts";
import zhCode from "./locales/zh-CN/code.ts";
import zhCommon from "./locales/zh-CN/common.ts";
import zhCookies from "./locales/zh-CN/cookies.ts";
import zhManage from "./locales/zh-CN/manage.ts";
import zhOps from "./locales/zh-CN/ops.ts";
import zhProblems from "./locales/zh-CN/problems.ts";
import zhSettings from "./locales/zh-CN/settings.ts";
import zhStore from "./locales/zh-CN/store.ts";
import zhTimeline from "./locales/zh-CN/timeline.ts";
import zhToolbar from "./locales/zh-CN/toolbar.ts";

export const resources = {
  en: {
    common: enCommon,
    toolbar: enToolbar,
    browser: enBrowser,
    ops: enOps,
    cookies: enCookies,
    store: enStore,
    settings: enSettings,
    timeline: enTimeline,
    manage: enManage,
    code: enCode,
    problems: enProblems,
  },
  "zh-CN": {
    common: zhCommon,
    toolbar: zhToolbar,
    browser: zhBrowser,
    ops: zhOps,
    cookies: zhCookies,
    store: zhStore,
    settings: zhSettings,
    timeline: zhTimeline,
    manage: zhManage,
    code: zhCode,
    problems: zhProblems,
  },
} as const;
