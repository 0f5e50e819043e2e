import type en from "../en/store.ts";
import type { Translation } from "../../Translation.ts";

export default {
  title: "会话存储",
  engine: "当前引擎（SESSION_ENGINE）：",
  noSteps:
    "还没有存储任何会话。请在左侧登录（alice / alice123），或运行一个写入 request.session 的操作，Django 保存的会话就会出现在这里。",
  empty: "这一步时没有存储任何会话。请在左侧登录，或运行一个写入 request.session 的操作。",
  pastHint: "你正在查看过去的某一步：这里显示的是当时的存储内容。",
  changed: { added: "这一步新增", changed: "这一步修改", removed: "这一步删除" },
  current: "本浏览器",
  currentTitle: "浏览器 {{name}} 的 {{cookie}} Cookie 里存的就是这个 session_key。",
  expired: "已过期",
  never: "永不",
  details: "详情",
  detailsOf: "{{key}} 的详情",
  close: "关闭",
  copy: "复制",
  copied: "已复制。",
  copyFailed: "复制失败：请选中文本后手动复制。",
  noVerify: "签名校验失败",
  noVerifyTitle:
    '这份数据用当前的 SECRET_KEY 校验不通过：Django 会把这个会话当成空的（并记录日志 "Session data corrupted"）。',
  noVerifyLong:
    "null —— 这份数据用当前的 SECRET_KEY 校验不通过。Django 会把这个会话当成空的，就像已经退出登录。",
  internalKeys:
    "以 _ 开头的键和 testcookie 是 Django 自己用的：_session_expiry 是 set_expiry() 存下的值（从最后一次保存起的秒数；0 表示关闭浏览器即失效；或者一个日期）；testcookie 来自 set_test_cookie()。",
  db: {
    heading: "数据表 <code>django_session</code>",
    hint: "每个会话一行。过期的行（灰色）会一直留在表里，直到 <code>manage.py clearsessions</code> 把它们删掉；在此之前 Django 加载会话时只是忽略它们。",
    col: {
      session_key: "session_key",
      session_data: "session_data",
      decoded: "解码后的数据",
      expire_date: "expire_date",
      left: "剩余时间",
    },
  },
  cache: {
    heading: '缓存条目（<code>CACHES["{{alias}}"]</code>，本地内存）',
    hint: "缓存里存的是会话字典本身，不是签名后的文本。过期的条目不会再被读出，所以不列出（本地内存缓存在下次读取它时才真正删除，在此之前它仍占 MAX_ENTRIES 的名额）。服务器重启会清空缓存。",
    col: { key: "缓存键", value: "值（会话字典）", expires: "条目过期时间", left: "剩余时间" },
  },
  file: {
    heading: "<code>{{dir}}</code> 中的会话文件",
    hint: "每个会话一个文件，文件名是 SESSION_COOKIE_NAME 加上 session_key。file 引擎在读取文件时判断是否过期：设置了 _session_expiry 就按它，否则按文件修改时间（最后一次保存）加上 SESSION_COOKIE_AGE。以秒数设置的自定义过期会被 get_expiry_age 原样返回，所以正数（set_expiry(300)）在这里永远不会让文件过期，负数则在下次读取时让它过期；set_expiry(0)（关闭浏览器即失效）是假值，仍由文件的修改时间决定。",
    col: {
      name: "文件名",
      content: "文件内容",
      decoded: "解码后的数据",
      expires: "过期时间（按引擎的判断）",
      left: "剩余时间",
    },
  },
  signed: {
    heading: "signed_cookies：服务器上什么都不存",
    explain:
      "使用这个引擎时，Cookie 本身就是会话：Django 把会话字典放进 Cookie，用 SECRET_KEY 签名防止篡改，但并不加密——拿到 Cookie 的人都能读出内容。退出登录只改变本浏览器的那一份（flush() 让它删掉 Cookie；教程里的 del request.session['is_login'] 会发给它一个不含这个键的新 Cookie）；被复制走的 Cookie 在 SESSION_COOKIE_AGE 到期之前一直有效。",
    payload: "浏览器 {{name}} 的 {{cookie}} Cookie 解码后：",
    compressed: "已压缩（zlib）——当压缩能让内容更短时 Django 会压缩；数据依然只是签名，没有加密。",
    invalid: "不是有效的签名会话（无法按会话解读）",
    none: "浏览器 {{name}} 现在没有 {{cookie}} Cookie。",
  },
  skipped: {
    title: "django_session 有 {{count}} 行",
    explain:
      "超过 2000 行后，时间线不再在每一步复制整个存储（那样会很慢），所以过去的步骤无法显示它。",
    live: "下面显示的是此刻的数据表，滚动时逐页读取。",
    past: "回到最新一步，即可浏览此刻的数据表。",
  },
  loading: "加载中…",
} satisfies Translation<typeof en>;
