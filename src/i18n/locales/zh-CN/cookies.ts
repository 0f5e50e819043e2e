import type en from "../en/cookies.ts";
import type { Translation } from "../../Translation.ts";

export default {
  title: "Cookie",
  browser: "浏览器",
  tableRegion: "浏览器 {{name}} 的 Cookie",
  browserName: "浏览器 {{name}}",
  newBrowser: "新开一个浏览器 {{name}}",
  pageUrl: "当前页面：{{url}}",
  empty: "还没有 Cookie。请在左侧登录（alice / alice123），或运行一个写入 request.session 的操作。",
  emptyJar: "浏览器 {{name}} 没有保存任何网站的 Cookie。",
  noSteps: "还什么都没发生。在左侧登录或运行一个操作后，浏览器保存的 Cookie 会显示在这里。",
  pastHint:
    "你正在查看过去的某一步：这里显示的是当时的 Cookie，只能查看不能修改。要编辑 Cookie，请在时间线中回到最新一步。",
  changed: { added: "这一步新增", changed: "这一步修改", removed: "这一步删除" },
  col: {
    name: "名称",
    value: "值",
    domain: "Domain",
    path: "Path",
    expires: "Expires / Max-Age",
    size: "大小",
    httponly: "HttpOnly",
    secure: "Secure",
    samesite: "SameSite",
    actions: "操作",
  },
  session: "会话",
  sessionTitle: "没有 Expires 或 Max-Age：浏览器关闭时就会丢掉这个 Cookie。",
  sessionCookie: "Django 会话",
  sessionCookieTitle:
    "名字由 SESSION_COOKIE_NAME 决定的 Cookie：Django 凭它找到这个浏览器的会话。别和浏览器所说的“会话 Cookie”（没有 Expires 或 Max-Age、浏览器退出时就会丢掉的 Cookie）混淆。",
  yes: "是",
  edit: "编辑",
  editValue: "{{name}} 的新值",
  save: "保存",
  cancel: "取消",
  delete: "删除",
  deleteLabel: "删除 Cookie {{name}}",
  editLabel: "编辑 Cookie {{name}} 的值",
  copyTo: "复制到…",
  copyLabel: "把 Cookie {{name}} 复制到另一个浏览器",
  copyTitle: "把 {{name}} 复制到",
  copy: "复制",
  hijack:
    "这就是“会话劫持”：服务器只认会话 Cookie，谁拿到它的拷贝，谁就以该用户的身份登录了。所以 Django 默认给它加上 HttpOnly（页面脚本读不到），真实网站还要用 HTTPS 并设置 SESSION_COOKIE_SECURE = True。如果另一个浏览器还没有同名 Cookie，复制出来的就像手动添加的一样：只对当前主机有效、Path 为 /、没有过期时间，也没有 HttpOnly、Secure、SameSite。",
  hijackEnds:
    "怎样才能让它失效：本教程的退出登录只删除 is_login，会话和它的 session_key 都还在：原用户退出登录时这份拷贝跟着退出，再次登录时这份拷贝又跟着登录。Django 自带的 logout() 会调用 flush()，删除会话和它的键；用户再次登录时，login() 会给会话换一个新的 session_key（cycle_key()；如果会话里是另一个用户，则用 flush()），旧的拷贝就用不了了。",
  hijackEndsSigned:
    "怎样才能让它失效：用 signed_cookies 时，服务器上什么也做不了。会话就在 Cookie 本身里，退出登录只改这个浏览器里的那份；另一份拷贝在 SESSION_COOKIE_AGE 到期之前（或 SECRET_KEY 改变之前）一直有效。",
  add: {
    title: "添加 Cookie",
    name: "名称",
    value: "值",
    submit: "添加",
    hint: "就像在开发者工具里手动添加：属于当前网站主机、Path 为 /、没有过期时间、不是 HttpOnly。如果已有同名 Cookie，则改成新值。",
  },
  js: {
    title: "页面 JavaScript 能看到的 —— document.cookie",
    empty: "（空字符串）",
    explain:
      "带 HttpOnly 的 Cookie 照样随每个请求发送，但页面里的脚本读不到它，因此即使网站有跨站脚本（XSS）漏洞，会话 Cookie 也不会被脚本偷走。在 http 页面上，Secure Cookie 同样看不到。",
  },
  rejected: {
    title_one: "浏览器 {{name}} 拒收了 {{count}} 条 Set-Cookie",
    title_other: "浏览器 {{name}} 拒收了 {{count}} 条 Set-Cookie",
    step: "第 {{step}} 步：",
    reason: {
      "secure-from-insecure-origin":
        "通过 http 收到了 Secure Cookie，浏览器直接丢弃。所以在 http 下设置 SESSION_COOKIE_SECURE = True，会话根本建立不起来：每个请求都会变成新会话。（真实的 Chrome 和 Firefox 对 http://localhost 和 127.0.0.1 网开一面；本实验场不这样做，好让你看到效果。）",
      "overwrites-secure-cookie":
        "一个 http 响应想覆盖同名的 Secure Cookie，浏览器拒绝，原来的 Secure Cookie 保持不变。",
      "samesite-none-without-secure":
        'SameSite=None 却没有 Secure，浏览器会拒收。设置 SESSION_COOKIE_SAMESITE = "None" 时还必须设置 SESSION_COOKIE_SECURE = True（并使用 https）。',
      "prefix-secure":
        "名称以 __Secure- 开头，浏览器只接受通过 https 设置、并带 Secure 的这种 Cookie。",
      "prefix-host":
        "名称以 __Host- 开头，浏览器只接受通过 https 设置、带 Secure、Path=/ 且没有 Domain 的这种 Cookie。",
      "domain-mismatch":
        "它的 Domain 与页面的主机不匹配——一个网站不能替别的网站设置 Cookie。请检查 SESSION_COOKIE_DOMAIN。",
      "public-suffix": "它的 Domain 是公共后缀（比如 com），会波及其下所有网站，所以浏览器拒收。",
      "too-large":
        "名称加值超过了 4096 字节，浏览器忽略这一行，保留原来的 Cookie。使用 signed_cookies 时 Django 不检查大小，于是会话会悄无声息地退回到上一个装得下的版本（如果从来没装下过，就根本没有会话）。",
      invalid: "浏览器无法把这一行解析成 Cookie。",
    },
  },
} satisfies Translation<typeof en>;
