import type en from "../en/common.ts";
import type { Translation } from "../../Translation.ts";

export default {
  appName: "Session Lab",
  dismiss: "关闭",
  at: "{{where}}：",
  /** The dividers between panes (drag them, or focus one and use the arrow keys). */
  resize: {
    browserTimeline: "调整浏览器和时间线的大小",
    columns: "调整左边浏览器和右边服务器两栏的宽度",
    toolsCookies: "调整服务器工具和 Cookie 的大小",
    cookiesStore: "调整 Cookie 和会话存储的大小",
  },
  pastBadge: "第 {{step}} 步 · 只读",
  serverTools: "服务器工具",
  noServiceWorker:
    "此页面没有 Service Worker（通过局域网地址以普通 http 打开），请求会直接交给模拟的 Django 服务器，而不经过 Mock Service Worker。所有功能照常可用。",
  tabs: { ops: "操作", settings: "设置", manage: "manage.py", code: "代码" },
  otherTab:
    "Session Lab 已经在此浏览器的另一个标签页中打开。两个标签页共用同一份保存的实验场，会互相覆盖对方的改动，所以这个标签页先等待：另一个标签页关闭后它会立即启动。",
  startFailed:
    "Session Lab 未能启动（错误信息见下）。重新加载页面通常就能解决；此浏览器保存的实验场不会丢失。",
  startAgain: "重新加载页面",
  notices: {
    error: "{{detail}}",
    notSaved: "最近的改动没能保存到此浏览器的存储中，刷新页面会丢失它：{{detail}}",
    pythonUnavailable: "Python 视图需要在浏览器版的实验场中运行（Pyodide）。",
    pythonFailed: "Python 未能启动：{{detail}}",
    opsNotAPage: "/ops/ 不是页面：请在“操作”标签页里执行会话操作。",
    shareDamaged: "分享链接已损坏，读不出其中的场景。请重新索取链接，或者导入场景文件。",
    shareRefused: "没有打开分享链接里的场景：{{detail}}",
    simulationFailed:
      "模拟的服务器处理这个请求时出错：{{detail}}。这是 Session Lab 自身的问题，不是 Django 的行为（Django 出错时也会给出响应）；这一步没有记录下来。",
  },
  crashed: {
    title: "Session Lab 无法显示实验场",
    text: "其中有些内容无法显示（错误信息见下）。请先下载场景，这样什么都不会丢；再点“重置实验场”开始一个新的实验场。下载的文件以后可以再导入。",
    download: "下载场景",
    reset: "重置实验场",
  },
} satisfies Translation<typeof en>;
