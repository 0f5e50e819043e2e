import type en from "../en/toolbar.ts";
import type { Translation } from "../../Translation.ts";

export default {
  scenarioGroup: "场景",
  displayGroup: "显示",
  language: "语言",
  clock: {
    label: "虚拟时钟",
    live: "虚拟时钟（UTC）",
    past: "第 {{n}} 步时 · 过去",
    pastHint: "你正在查看过去的某一步。现在拨动时钟，会从这一步接着往下走，并丢弃它之后的步骤。",
    loading: "启动中…",
    forward: "把虚拟时钟往后拨",
    jumps: { minute: "+1 分钟", hour: "+1 小时", day: "+1 天", weeks: "+2 周" },
    jumpsLong: {
      minute: "把虚拟时钟往后拨 1 分钟",
      hour: "把虚拟时钟往后拨 1 小时",
      day: "把虚拟时钟往后拨 1 天",
      weeks:
        "把虚拟时钟往后拨 2 周（1209600 秒，即 SESSION_COOKIE_AGE 的默认值）。刚保存的会话正好在这一刻过期：Django 不再加载它；但用 db 或 cached_db 时，clearsessions 要再过一秒才会删掉它的行（它只删除 expire_date < 现在 的行）。",
    },
    jumpTo: "跳到…",
    discardTitle: "从过去的一步拨动时钟？",
  },
  jumpTo: {
    title: "跳到某个日期和时间",
    intro: "虚拟时钟只能往前走。请选一个晚于 {{now}} 的时刻，时钟会一步前进到那里。",
    field: "日期和时间（UTC）",
    submit: "跳过去",
    invalid: "请填写完整的日期和时间。",
    past: "{{target}} 早于时钟当前的时间（{{now}}）。虚拟时钟只能往前走；想看更早的时刻，请在时间线里选一个更早的步骤。",
    same: "时钟现在就是这个时间，请选一个更晚的时刻。",
    tooLate:
      "Python 的 datetime 到 9999-12-31 23:59:59 为止（datetime.max）：Django 的时钟不能越过它。请选一个更早的时刻。",
    willAdvance: "时钟将前进 {{duration}}，到 {{target}}。",
  },
  duration: {
    week_one: "{{count}} 周",
    week_other: "{{count}} 周",
    day_one: "{{count}} 天",
    day_other: "{{count}} 天",
    hour_one: "{{count}} 小时",
    hour_other: "{{count}} 小时",
    minute_one: "{{count}} 分钟",
    minute_other: "{{count}} 分钟",
    second_one: "{{count}} 秒",
    second_other: "{{count}} 秒",
  },
  dialog: {
    cancel: "取消",
    close: "关闭",
    dropsUnapplied: "“设置”或“代码”标签页里还没应用的修改会丢失：想保留的话，请先应用或保存。",
  },
  copy: {
    button: "复制",
    copied: "已复制到剪贴板。",
    failed: "无法自动复制：文字已选中，请按 Ctrl+C（Mac 上按 ⌘C）。",
  },
  presenter: {
    label: "演示模式",
    hint: "更大的文字和按钮，适合投影",
  },
  reset: {
    button: "重置",
    title: "要从头开始吗？",
    body: "这会删除时间线上的所有步骤、所有浏览器及其 Cookie，以及会话存储里的全部内容。虚拟时钟会从现实中的当前时间重新开始。如果想保留这个场景，请先导出。",
    confirm: "确定，全部重置",
  },
  export: {
    button: "导出",
    title: "导出这个场景",
    intro: "把你做过的每一步保存成场景文件。以后可以再导入、发给别人，或者用命令行运行器运行。",
    field: "场景（JSON）",
    download: "下载 {{file}}",
  },
  import: {
    button: "导入",
    title: "导入场景",
    intro:
      "导入会替换当前的时间线：场景里的步骤会从它的开始时间起重新运行一遍。如果想保留现在的内容，请先导出。",
    file: "选择 .json 文件",
    paste: "……或者粘贴场景 JSON",
    submit: "导入",
    working: "正在导入…",
    starting:
      "正在为场景的 views.py 启动 Python（第一次启动要几秒钟），然后运行它的 {{total}} 步。目前什么都还没改变；点“取消”就停在这里。",
    trying:
      "正在试运行场景：第 {{done}} 步，共 {{total}} 步。目前什么都还没改变；点“取消”就停在这里。",
    applying: "场景已完整运行：现在用它替换实验场。",
    empty: "请先选择文件或粘贴场景。",
    notImported: "未能导入：",
    failed: "无法读取这个场景。",
    unreadable: "无法读取文件 {{file}}。",
  },
  share: {
    button: "分享链接",
    title: "分享链接",
    intro:
      "任何人打开这个链接，都会在自己的浏览器里重放这个场景。不会上传任何东西：所有步骤都打包在链接本身里。",
    field: "链接",
    copied: "链接已复制到剪贴板。",
    notCopied: "无法自动复制链接：链接已在下方选中，请按 Ctrl+C（Mac 上按 ⌘C）。",
  },
  shared: {
    starting:
      "正在打开分享的场景：先为它的 views.py 启动 Python（第一次启动要几秒钟），然后运行它的 {{total}} 步。目前什么都还没改变；点“取消”就停在这里。",
    trying:
      "正在打开分享的场景：第 {{done}} 步，共 {{total}} 步。目前什么都还没改变；点“取消”就停在这里。",
    applying: "分享的场景已完整运行：现在用它替换实验场。",
    title: "打开分享的场景吗？",
    titleCode: "这个链接带有 Python 代码",
    steps_one: "链接里的场景共 {{count}} 步。",
    steps_other: "链接里的场景共 {{count}} 步。",
    replaces_one: "打开它会替换当前的实验场和其中的 {{count}} 步。想保留的话，请先导出。",
    replaces_other: "打开它会替换当前的实验场和其中的 {{count}} 步。想保留的话，请先导出。",
    replacesCode: "打开它会替换当前的实验场，包括你改过的代码。想保留的话，请先导出。",
    code: "这个场景带着它自己的 views.py，会在本页面中作为 Python 运行：",
    open: "打开",
    run: "打开并运行这段代码",
    skip: "打开，但不运行这段代码",
    keep: "保留我的实验场",
  },
} satisfies Translation<typeof en>;
