import type en from "../en/browser.ts";
import type { Translation } from "../../Translation.ts";

export default {
  label: "模拟浏览器",
  viewport: "显示的页面",
  profiles: {
    label: "浏览器",
    closedMark: "（已关闭）",
    add: "+ 添加浏览器",
    nameLabel: "新浏览器的名字",
    namePlaceholder: "{{name}}，或 Alice 的 Chrome",
    addConfirm: "添加",
    cancel: "取消",
    nameTaken: "已经有一个叫“{{name}}”的浏览器了。",
    nameMax: "名称最多 {{max}} 个字符。",
    close: "关闭浏览器 {{name}}",
    closeHint:
      "退出这个浏览器，就像关掉它的所有窗口一样。没有 Expires 或 Max-Age 的 Cookie（“会话 Cookie”）会被丢掉；设了过期时间的 Cookie 会保留。",
  },
  address: {
    label: "地址栏",
    back: "后退",
    forward: "前进",
    reload: "刷新",
    origin: "网站（协议和主机）",
    originHint:
      "这个浏览器访问的网站。对标记了 Secure 的 Cookie（SESSION_COOKIE_SECURE）来说，是否 https 很关键。",
    custom: "其他…",
    customField: "其他网站：协议、主机和端口",
    badOrigin: "请按“协议 + 主机”的格式填写网站，例如 http://localhost:8000。",
    path: "路径",
    go: "前往",
    refused: {
      empty: "请先输入路径，例如 /login/。",
      scheme: "这里只能打开 http:// 或 https:// 的地址。",
      ops: "/ops/ 是右侧“操作”标签页与 Django 通信用的，不是一个页面：请在那里执行会话操作。",
    },
  },
  quick: { label: "演示网站：" },
  past: {
    label: "过去的步骤",
    viewing: "正在查看第 {{n}} 步。",
    readOnly: "这是当时的页面，不能点击。",
    present: "回到现在",
    continue: "从这里继续",
    continueHint: "丢弃这一步之后的所有步骤，从这里接着往下走：你的下一个操作会成为下一步。",
  },
  message: { dismiss: "关闭" },
  frame: {
    title: "浏览器 {{name}} 显示的页面：{{url}}",
    external: "这个链接会离开演示网站（{{url}}）。模拟浏览器只访问演示网站。",
    pastReadOnly: "这是过去某一步的页面。回到现在，或者从这里继续，才能点击它。",
  },
  status: {
    label: "页面加载",
    followed: "（已跟随跳转）",
    redirectOnly: "重定向本身没有页面：浏览器在单独的一步里请求 {{location}} 之后才会显示页面。",
    noSlash:
      "找不到：路径末尾少了斜杠。用 startproject 创建的项目带有 CommonMiddleware，它会回应 301 → {{location}}（APPEND_SLASH）；本实验场的项目只有 SessionMiddleware，所以 Django 回答 Not Found。",
    noSlashPost:
      "找不到：路径末尾少了斜杠。在用 startproject 创建的项目里（DEBUG = True），CommonMiddleware 会对这个 POST 报错（RuntimeError，500）：重定向到 {{location}} 会丢掉表单数据。DEBUG = False 时它会重定向（301），表单数据随之丢失。本实验场的项目只有 SessionMiddleware，所以 Django 回答 Not Found。",
    follow: "前往 {{location}}",
    notFollowed: "（未跟随跳转）",
    loginAgain:
      "登录视图又返回了登录表单：在教程的 log_in 里，这表示用户名和密码与演示用户对不上。",
    users: "演示用户：",
  },
  start: {
    title: "浏览器 {{name}} 还没有打开任何页面",
    open: "打开 /login/",
    try: "以 alice 身份登录（密码 alice123），然后看看 Cookie 里出现的 sessionid，以及 django_session 里新增的那一行。",
    tryOther:
      "以 bob（密码 bob123）登录，就有了第二个用户；或者把另一个浏览器的 sessionid 复制到这里（Cookie 表里的“复制到…”），再打开 /backend/：这就是会话劫持。",
    pastBlank: "在这一步时，浏览器 {{name}} 还没有打开过任何页面。",
  },
  closed: {
    title: "浏览器 {{name}} 已关闭",
    why: "浏览器退出时，会丢掉所有没有 Expires 或 Max-Age 的 Cookie（即“会话 Cookie”）。设了过期时间的 Cookie 仍保存在磁盘上，重新打开后会照常发送——这正是 SESSION_EXPIRE_AT_BROWSER_CLOSE 所控制的。",
    reopen: "重新打开浏览器 {{name}}",
  },
} satisfies Translation<typeof en>;
