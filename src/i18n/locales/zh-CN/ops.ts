import type en from "../en/ops.ts";
import type { Translation } from "../../Translation.ts";

export default {
  listLabel: "request.session 上的操作",
  groups: {
    tutorial: "教程里用到的",
    cleanup: "清理会话",
    more: "会话 API 的其余部分",
  },
  fields: {
    key: "键 key",
    value: "值 value",
    withDefault: "提供默认值",
    default: "默认值 default",
    object: "字典（用 JSON 写）",
    expiry: "参数",
    seconds: "秒数",
    datetime: "datetime（ISO 8601，要带时区偏移）",
    target: "哪个会话",
    targetKey: "session_key",
  },
  expiryKinds: {
    seconds: "int：每次保存后再过多少秒过期",
    browserClose: "0：关闭浏览器时过期",
    none: "None：恢复按设置走",
    datetime: "datetime：一个固定时刻",
    timedelta: "timedelta：从现在起多久",
  },
  targets: {
    omit: "当前会话（不传参数）",
    cookie: "浏览器 {{browser}} 的会话 Cookie",
    key: "我自己输入的 session_key",
    none: "None",
  },
  readAs: {
    json: "按 JSON 读取 → {{type}}：",
    text: "不是 JSON，按文本读取 → str：",
    pythonSpelling: "想要 Python 的 {{word}}？请输入 {{json}}（JSON 的写法）。",
  },
  cookieIs: "浏览器 {{browser}} 持有 {{name}} = {{value}}",
  cookieNone: "浏览器 {{browser}} 没有 {{name}} Cookie，所以参数是 None",
  naive:
    "没有时区偏移：这是一个 naive datetime。Django 用带时区的时钟比较过期时间，所以这次请求会出错（真实的 Django 也一样）。",
  errors: {
    notAnObject: '请写一个 JSON 对象，例如 {"a": 1}。',
    notAnInt: "请写整数秒，例如 300（可以是负数）。",
    notADatetime: "请写 ISO 格式的日期时间，例如 2030-01-01T00:00:00+00:00。",
    inexactInt:
      'Python 的整数没有上限，但本实验场像 JavaScript 一样保存数字：只在 ±9007199254740991（2**53 - 1）以内精确。请写成字符串（"..."）或浮点数（1e20）。',
  },
  pythonLabel: "这一步运行的 Python 代码",
  run: "运行",
  addToBatch: "加入批量",
  sentBy: "浏览器 {{browser}} 发送 POST /ops/，视图在 request.session 上执行这一行。",
  clearsessionsHint: "这是服务器上的命令，不是请求：不涉及任何浏览器。",
  past_one:
    "正在查看第 {{step}} 步（共 {{total}} 步）：现在运行会从这里接着走（丢弃后面 {{count}} 步）。",
  past_other:
    "正在查看第 {{step}} 步（共 {{total}} 步）：现在运行会从这里接着走（丢弃后面 {{count}} 步）。",
  backToPresent: "回到现在",
  batch: {
    label: "批量",
    title_one: "批量：{{count}} 个操作，放在同一个请求里",
    title_other: "批量：{{count}} 个操作，放在同一个请求里",
    hint: "视图在同一个 request.session 上依次执行它们；中间件只在最后统一处理一次。",
    run_one: "运行这批（{{count}} 个操作）",
    run_other: "运行这批（{{count}} 个操作）",
    clear: "清空批量",
    remove: "移除 {{python}}",
  },
  result: {
    label: "上次运行的结果",
    title: "第 {{step}} 步：浏览器 {{browser}} → POST /ops/",
    python: "Python",
    value: "结果",
    done: "完成",
    raised: "被抛出：/ops/ 视图报告它，并接着执行下一个操作（不捕获它的视图会返回 500）",
    showStep: "查看这一步",
    failed: "请求没能发出：{{message}}",
    interrupted:
      "保存时，SessionMiddleware 发现这个会话的记录在本次请求中已被删除（这里是上面的某个操作删的），于是 Django 抛出 SessionInterrupted，返回 400 Bad Request，不发送 Set-Cookie。",
    failedAfter:
      "上面的操作都已执行；随后在响应发出时，SessionMiddleware 的 process_response（保存会话、设置 Cookie）抛出了 {{error}}，所以 Django 返回 500，也没有发送 Set-Cookie。",
  },
  explainSigned: {
    set_expiry:
      "使用 signed_cookies 时，set_expiry() 只决定 Cookie 的 Max-Age（0：不带 Max-Age，关闭浏览器即失效）。不管你设了什么，服务器只在 Cookie 最后一次签名后的 SESSION_COOKIE_AGE 秒内接受它：设得更长并不能让会话活得更久，固定的 datetime 也只靠浏览器丢掉 Cookie 来生效，服务器并不检查。",
    clear:
      "使用 signed_cookies 时，会话就是 Cookie 本身。清空会话：如果请求带着会话 Cookie，这次请求里 session_key 仍是它，响应会发出一个新 Cookie，内容是签名后的 {}；旧 Cookie 在 SESSION_COOKIE_AGE 过去之前仍然能通过校验。这不是退出登录：退出登录请用 flush()。",
    flush:
      "退出登录，但使用 signed_cookies 时没有存储：数据被清空，如果请求带着会话 Cookie，响应会删除它（Max-Age=0）。别处保存的旧 Cookie 拷贝在 SESSION_COOKIE_AGE 过去之前仍然能通过校验：服务器无法吊销它。",
    delete:
      "使用 signed_cookies 时没有记录可删：delete() 会忽略你给的 session_key，清空这次请求的会话，所以如果请求带着会话 Cookie，响应会删除它（Max-Age=0）。旧 Cookie 的拷贝仍然能通过校验。",
    cycle_key:
      "保留数据、换一个新的 session_key，但使用 signed_cookies 时 session_key 就是签名后的数据本身：cycle_key() 只是重新签名并发出（旧 Cookie 若是同一秒内签的，新 Cookie 与它完全相同）。旧 Cookie 在 SESSION_COOKIE_AGE 过去之前依然有效。",
  },
  explain: {
    set: "把值存到这个键下。会先加载会话，并把它标记为已修改（modified），所以请求结束时中间件会保存它并发送 Set-Cookie。如果还没有会话，Django 会新建一个，生成新的 session_key。",
    get: "读取这个键；键不存在时返回默认值（没给就是 None），不会报错。会话被标记为已访问（accessed，响应会带上 Vary: Cookie），但没有被修改，所以什么都不会保存。",
    clear:
      "清空会话里的数据，但保留 session_key：响应会在同一个键下保存 {}，并再次发送 Cookie。这不是退出登录——退出请用 flush()。",
    flush:
      "退出登录：清空数据，从存储中删除这个会话，并丢掉 session_key。如果请求带着会话 Cookie，响应会删除它（Set-Cookie 带 Max-Age=0）。用户退出登录时就用它。",
    del: "删除这个键，并把会话标记为已修改。键不存在时抛出 KeyError，什么都不变。",
    set_expiry:
      "决定这个会话何时过期。int 表示从会话每次保存起再过多少秒过期：只读取会话的请求不会重新计时（除非 SESSION_SAVE_EVERY_REQUEST 为 True）。0 表示关闭浏览器时过期；None 表示恢复按设置（SESSION_COOKIE_AGE、SESSION_EXPIRE_AT_BROWSER_CLOSE）；datetime 或 timedelta 表示一个固定时刻。Django 把它存在会话的 _session_expiry 里，所以会话会被标记为已修改——唯一的例外：会话本来就没有自定义过期时间时调用 set_expiry(None)，没有东西可删，什么都不会变。",
    session_key:
      "会话的 session_key：就是 Cookie 带来的那个，只要它不少于 8 个字符（这里不检查会话是否还存在；加载时找不到，才会变成 None），否则为 None。新会话要到第一次保存时（请求结束时）才有 session_key。signed_cookies 引擎下，它就是整个签名后的 Cookie。读取它不会加载会话。",
    clearsessions:
      "python manage.py clearsessions 调用 SessionStore.clear_expired()，删除已经过期的会话。没人执行它的话，过期的行会一直留在 django_session 里，所以网站会定期运行它（比如用 cron）。成功时 Django 什么也不输出。",
    clear_expired:
      "SessionStore.clear_expired()：manage.py clearsessions 背后做的清理，这里在一次请求里执行。db 和 cached_db 删除 expire_date 已过的行；file 删除过期的文件；cache 和 signed_cookies 没什么可做的。",
    exists:
      "存储里有这个 session_key 的会话就返回 True（db、cached_db 和 file 引擎下，过期的记录也算；cache 引擎下不算）。不影响本次请求的会话。signed_cookies 引擎下永远是 False：服务器上什么都没有。",
    delete:
      "从存储中删除一个会话的记录：不传参数就是当前会话，否则是你给的 session_key。这次响应不动 Cookie，浏览器仍然保留它；下一个读取会话的请求找不到会话，它的响应会把这个失效的 Cookie 删掉（Max-Age=0）。要退出登录请用 flush()。",
    getitem: "像字典一样读取这个键：键不存在会抛出 KeyError。会话被标记为已访问。",
    contains: "key in request.session：返回 True 或 False。会加载会话并标记为已访问。",
    pop: "删除这个键并返回它的值（只有键存在时才算修改）。键不存在又没给默认值时抛出 KeyError。",
    setdefault: "返回这个键的值；键不存在时先存入给定的值（只有这时会话才算被修改）。",
    update: "用一个字典一次存入多个键。总会把会话标记为已修改，哪怕是 update({})。",
    keys: "会话里的所有键，包括 Django 自己的，比如 _session_expiry 或 testcookie。",
    values: "会话里的所有值。",
    items: "会话里的所有 (键, 值) 对。",
    append:
      "原地往这个键下存的列表追加一项。Django 察觉不到值内部的变化：modified 仍是 False，什么都不会保存——除非有别的操作把会话标记为已修改（试试 modified = True）。不是列表：AttributeError；键不存在：KeyError。",
    mark_modified:
      "request.session.modified = True：告诉 Django 会话变了，中间件就会保存它并发送 Cookie。原地修改值（append）之后需要这样做。",
    cycle_key:
      "数据不变，但换到一个新的 session_key 下：旧记录被删除，发送新的 Cookie。Django 的 login() 对还没有用户的会话就这样做，用来防止会话固定攻击（会话里是另一个用户时它调用 flush()；已经是同一个用户时两者都不调用）。",
    is_empty:
      "会话没有 session_key、也没有数据（没加载过，或加载出来是空的）时为 True。Cookie 带来的 session_key 也算，直到加载时发现它不存在。不会加载会话。",
    get_expiry_age:
      "如果现在保存会话，Django 用的过期秒数（用于存储的过期时间，以及 Cookie 有 Max-Age 时的 Max-Age）——而不是已存会话还剩多少时间。没有自定义过期时间（或调用过 set_expiry(0)）时，它总是返回 SESSION_COOKIE_AGE，不管会话是多久以前保存的；用过 set_expiry(int) 后，原样返回那个 int；只有用过 set_expiry(datetime 或 timedelta) 后，它才是从现在到那个时刻的秒数（过了那个时刻就是负数）。会加载会话。",
    get_expiry_date:
      "如果现在保存会话，它会在什么时刻过期：现在 + SESSION_COOKIE_AGE（或现在 + set_expiry 给的 int）。它不读取已存储的 expire_date，所以在不保存的请求里，这个值会随时钟往后移。用过 set_expiry(datetime 或 timedelta) 后，它就是那个固定时刻：一个 datetime，保留当初给的 UTC 偏移（timedelta 得到的是 UTC；naive datetime 仍是 naive 的，随后的保存会出错）。",
    get_expire_at_browser_close:
      "Cookie 只保留到浏览器关闭时为 True：调用过 set_expiry(0)，或者开启了 SESSION_EXPIRE_AT_BROWSER_CLOSE 且没有自定义过期时间。",
    get_session_cookie_age: "SESSION_COOKIE_AGE，单位是秒（默认 1209600，即两周）。",
    save: "马上把会话写入存储，不管 modified 标志如何。没有键的会话会得到一个新键（这会把它标记为已修改，于是发送 Cookie）。",
    set_test_cookie:
      "在会话里存入 testcookie = 'worked'（它是会话数据，不是单独的 Cookie）。之后的请求里，用 test_cookie_worked() 看浏览器有没有保留 Cookie。",
    test_cookie_worked:
      "会话里有 testcookie = 'worked' 时为 True，也就是浏览器把会话 Cookie 带回来了。",
    delete_test_cookie: "从会话中删除 testcookie；不存在时抛出 KeyError。",
  },
} satisfies Translation<typeof en>;
