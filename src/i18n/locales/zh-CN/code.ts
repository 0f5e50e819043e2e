import type en from "../en/code.ts";
import type { Translation } from "../../Translation.ts";

export default {
  tab: "代码",
  files: "项目文件",
  edited: "已修改",
  errors_one: "{{count}} 个问题",
  errors_other: "{{count}} 个问题",
  loadingEditor: "正在加载代码编辑器…",
  editorLabel: "{{file}} 的编辑器。{{keys}}",
  keys: {
    tabIndents:
      "Tab 键用于缩进。离开编辑器：先按 Esc，再按 Tab。按 {{toggle}}：让 Tab 键改为移动焦点。",
    tabMovesFocus: "现在 Tab 键会把焦点移出编辑器。按 {{toggle}}：恢复用 Tab 键缩进。",
  },
  save: "保存",
  saveHint:
    "按 Ctrl+S 保存。保存后的设置从下一个请求开始生效，就像在 runserver 运行时修改 settings.py 一样。",
  saved: "已保存。",
  pastSettingsPy:
    "你正在查看第 {{step}} 步。这里是 settings.py 现在的内容；保存修改会把它作为第 {{step}} 步之后的一个设置步骤来执行，之后的步骤会被丢弃（会先问你）。",
  unsaved: "有未保存的修改",
  largerEditor: "放大编辑区",
  largerEditorHint: "让编辑区占据这一栏的大部分：Cookie 和会话存储会缩小。再按一次恢复原样。",
  restore: "恢复教程原来的代码",
  restoreConfirm: "把 {{file}} 恢复成教程里的版本吗？你对这个文件的修改会丢失。",
  runViews: "运行我的视图",
  runViewsHint:
    "你的 views.py 会作为真正的 Python 运行（通过 Pyodide 在页面里运行 CPython），从下一个请求开始生效。第一次启动需要加载 Python，要等几秒钟。",
  viewsBuiltin: "网站目前由教程内置的视图应答（没有加载 Python）。",
  viewsPython: "网站正在用 Python 运行你的 views.py。",
  viewsStale: "views.py 在启动后又改过了：点“运行我的视图”才会用上新代码。",
  python: {
    off: "Python：未运行",
    starting: "Python：正在启动…",
    ready: "Python：已就绪（启动用了 {{seconds}} 秒）",
    failed: "Python 无法启动：{{message}}",
    restarted_one: "Python 进程已重启 {{count}} 次（某个视图没有按时返回）。",
    restarted_other: "Python 进程已重启 {{count}} 次（某个视图没有按时返回）。",
  },
  fileHelp: {
    settings:
      "会话相关的设置。保存时有效的值会被应用；有问题的行会被标出，并继续使用上一次有效的设置。",
    views:
      "教程里的三个视图：log_in（/login/）、backend（/backend/）和 log_out（/logout/）。修改后点“运行我的视图”。",
    login: "登录页的模板（Django 模板语言：{{example}}、{% if %}、{% for %}）。",
    backend: "backend 视图为已登录用户渲染的页面。",
  },
  problems: "问题",
  warning: "警告",
  line: "第 {{line}} 行：",
} satisfies Translation<typeof en>;
