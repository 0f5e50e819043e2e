import type en from "../en/settings.ts";
import type { Translation } from "../../Translation.ts";

export default {
  title: "settings.py",
  intro:
    "Django 在服务器启动时读取这些设置。在这里修改一项，就是时间线上的一步，从下一个请求开始生效，和编辑 settings.py 一样：runserver 会重启，所以本地内存缓存会被清空（django_session 里的行和会话文件不受影响）。",
  pastHint:
    "你正在查看过去的某一步：这里是当时的设置，只能查看。要修改设置，请在时间线中回到最新一步。",
  default: "默认",
  defaultTitle: "这是 Django 对该设置的默认值",
  changedBadge: "已修改",
  changedTitle: "不是 Django 的默认值：它会出现在下方你的 settings.py 里",
  noDefault: "无默认值",
  noDefaultTitle:
    "Django 没有可用的默认值：SECRET_KEY 为空时它照样能启动，但第一个需要给会话数据签名的请求就会出错（ImproperlyConfigured）：cache 引擎除外，它什么都不签名。本实验场直接拒绝空值。",
  djangoDefault: "Django 默认值：{{value}}",
  pendingBadge: "尚未应用",
  pendingTitle: "你改了这一项；点“应用”才会写进 settings.py 并重启服务器",
  invalidBadge: "无效",
  invalidTitle: "这里填的内容无法应用：请看下方的说明",
  reset: "恢复默认",
  resetLabel: "恢复默认：{{name}}",
  pending_one: "有 {{count}} 处修改尚未应用",
  pending_other: "有 {{count}} 处修改尚未应用",
  onlyInvalid: "还没有可以应用的修改：请改正下面标出的值，或者放弃它。",
  apply: "应用（会重启服务器）",
  discard: "放弃",
  empty: "（留空 → None）",
  on: "True",
  presets: "常用值：",
  seconds: "秒",
  invalid: "Django 不接受这个值：{{message}}",
  notNumber: "请输入整数秒数。",
  inexactInt:
    "Python 的整数没有上限，但本实验场像 JavaScript 一样保存数字：只在 9007199254740991（2**53 - 1）秒以内精确。",
  python: {
    title: "你的 settings.py（只列出与 Django 默认值不同的项）",
    pending: "对 settings.py 的修改：",
    none: "所有设置都是 Django 的默认值。",
  },
  engine: {
    db: "数据库：django_session 表中的一行",
    cache: "只用缓存：快，但缓存丢弃或重启后会话就没了",
    cached_db: "数据库 + 缓存：先读缓存，两边都写",
    file: "文件：每个会话一个文件，放在 SESSION_FILE_PATH",
    signed_cookies: "签名 Cookie：数据就放在 Cookie 里",
  },
  samesite: {
    Lax: '"Lax"',
    Strict: '"Strict"',
    None: '"None"',
    False: "False（不加 SameSite 属性）",
  },
  help: {
    SECRET_KEY:
      "用来给会话数据（以及 signed_cookies 的 Cookie）签名的密钥。一旦修改，所有以签名形式存储的会话都会校验失败，所有人都会被登出：db 的行和会话文件被当成空会话（Django 记录“Session data corrupted”）；signed_cookies 的 Cookie 则被悄悄拒绝，Django 新开一个会话并发送新的 Cookie。cache 引擎存的是未签名的字典，不做校验（cached_db 在缓存条目还在时也一样）；在本实验场里它们之所以丢失，只是因为重启清空了本地内存缓存。务必保密——知道它的人可以伪造签名数据。（真实项目用 SECRET_KEY_FALLBACKS 平滑更换密钥，本实验场不模拟这一项。）",
    SESSION_ENGINE:
      "Django 把会话数据存在哪里。db：django_session 表。cache：只存在缓存里（快；缓存清空或装满时会话会丢失）。cached_db：同时写数据库和缓存，读时先查缓存。file：每个会话一个文件。signed_cookies：服务器上什么都不存——数据就在 Cookie 里，有签名但任何人都能读。切换引擎后，原来存的会话就找不到了；只有 db 和 cached_db 之间例外：两者用的是同一张 django_session 表，会话照样能读到（cached_db 会把表里的行读出来再放进缓存）。cache 和 cached_db 的缓存键不同，彼此不共用缓存条目。",
    SESSION_COOKIE_NAME:
      "会话 Cookie 的名字。file 引擎还用它作为每个会话文件名的开头。修改后，浏览器里旧的 Cookie 不再被读取：每个人都会得到一个新的空会话。",
    SESSION_COOKIE_AGE:
      "会话的有效期，单位是秒（默认 1209600，即 2 周）。没有调用 set_expiry() 时，它决定 Cookie 的 Max-Age（开启 SESSION_EXPIRE_AT_BROWSER_CLOSE 时不带 Max-Age）和数据库行的 expire_date；它也是 signed_cookies 的 Cookie 的最长有效期；file 引擎则从文件最后一次保存时开始计算。",
    SESSION_COOKIE_DOMAIN:
      'Cookie 的 Domain 属性。None（留空）：Cookie 只会发回设置它的那个主机。".example.com"：所有子域名共享。Domain 与网站不匹配时，浏览器会拒收这个 Cookie。',
    SESSION_COOKIE_PATH:
      'Cookie 的 Path：浏览器只把会话 Cookie 发给这个路径之下的 URL。设为 "/app" 时，/app 之外的页面就拿不到会话。',
    SESSION_COOKIE_SECURE:
      "加上 Secure：浏览器只通过 https 发送这个 Cookie。在普通 http 下，浏览器干脆拒收这种 Cookie，于是根本没有会话。网站用 https 时应当打开。（真实的 Chrome 和 Firefox 对 http://localhost 和 127.0.0.1 网开一面，把它们当作安全连接；本实验场不这样做，好让你看到效果。）",
    SESSION_COOKIE_HTTPONLY:
      "加上 HttpOnly（默认开启）：页面里的 JavaScript 无法通过 document.cookie 读到会话 Cookie，注入到页面里的脚本也就偷不走它。几乎没有理由关掉。",
    SESSION_COOKIE_SAMESITE:
      "从其他网站发起的请求是否带上这个 Cookie。Lax（默认）：别的网站上的链接跳转过来（顶层 GET）时带上；别的网站的表单提交、图片、iframe 不带。Strict：只有本站自己的页面发起的请求才带。None：总是带——但浏览器要求同时有 Secure，否则拒收。False：不加这个属性（由浏览器决定；Chrome 会当作 Lax）。",
    SESSION_EXPIRE_AT_BROWSER_CLOSE:
      "True：Cookie 不带 Expires/Max-Age，浏览器关闭时就把它忘掉。服务器端的会话仍然在 SESSION_COOKIE_AGE 后过期。单个会话可以用 set_expiry() 覆盖这个设置。（开启了“继续浏览上次打开的网页”的真实浏览器，重启后也会保留这种 Cookie。）",
    SESSION_SAVE_EVERY_REQUEST:
      "True：每个请求都会保存会话并重新发送 Cookie（会话不为空时），所以过期时间随每次访问向后顺延：只有连续 SESSION_COOKIE_AGE 秒内没有任何请求，会话才会结束。代价是每个请求都写一次数据库。False：只有会话被修改时才保存。",
    SESSION_FILE_PATH:
      "file 引擎存放会话文件的目录。None（留空）：系统临时目录（这里是 /tmp）。真实的 Django 要求目录已经存在；本实验场会自动创建。",
    SESSION_CACHE_ALIAS:
      "cache 和 cached_db 引擎使用 CACHES 中的哪一个缓存。必须是 CACHES 里定义过的别名。",
    CACHES:
      '缓存配置（这里都是本地内存缓存）。TIMEOUT 是缓存条目的默认存活秒数（会话会按自己的过期时间另行设置）；MAX_ENTRIES 是条目上限，超过后缓存会丢弃其中三分之一（1 / CULL_FREQUENCY）——会话也不例外。必须有一个 "default" 别名。',
  },
} satisfies Translation<typeof en>;
