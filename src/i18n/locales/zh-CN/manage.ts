import type en from "../en/manage.ts";
import type { Translation } from "../../Translation.ts";

export default {
  logLabel: "manage.py 的输出",
  past: "正在查看第 {{step}} 步：这个控制台像真正的终端一样，保留到现在为止输入过的所有命令（包括之后的）；Cookie 和会话存储显示的是第 {{step}} 步之后的状态。",
  inputLabel: "python manage.py 的命令",
  empty: "输入 clearsessions（或 runserver 重启服务器，或 help）然后按回车。",
  hint: "回车运行命令；↑ 和 ↓ 翻出之前输入过的。",
  noOutput: "（没有输出）",
  clear: "清空控制台",
  onlyClearsessions:
    "这个实验场里的 manage.py 只运行两个命令：clearsessions，以及 runserver（重启服务器）。",
  notHere:
    "{{name}} 是 Django 自带的命令，但这个实验场里的 manage.py 只运行 clearsessions 和 runserver：这次什么也没有执行。",
  restarted:
    "开发服务器重新启动了，就像按 Ctrl+C 后再运行一次 runserver：本地内存缓存清空了（cache 引擎存在里面的会话也一起没了）；django_session 表和会话文件都还在。",
  failed: "命令执行失败：{{message}}",
  engineIntro: "{{engine}} 引擎下的 clearsessions：",
  engines: {
    db: "删除 django_session 里 expire_date 已过的行（不清理的话，过期的行会一直留在表里）。",
    cached_db: "删除 django_session 里过期的行；缓存里的拷贝到时间会自己失效。",
    file: "删除 SESSION_FILE_PATH 里过期的会话文件。",
    cache: "没什么可做的：缓存不会再读出过期的会话（本地内存缓存在下次读取它时才真正删除）。",
    signed_cookies: "没什么可做的：会话存在浏览器的 Cookie 里，服务器上没有。",
  },
  effect: {
    db_one: "从 django_session 删除了 {{count}} 个过期会话",
    db_other: "从 django_session 删除了 {{count}} 个过期会话",
    // Chinese has one plural form (i18next uses _other): the wording fits any count.
    leftAtNow_one:
      "有 {{count}} 行虽然已经过期却还留着：其 expire_date 正好等于现在。Django 只加载 expire_date > 现在 的行，而 clearsessions 只删除 expire_date < 现在 的行。再过一秒就会被删除。",
    leftAtNow_other:
      "有 {{count}} 行虽然已经过期却还留着：其 expire_date 正好等于现在。Django 只加载 expire_date > 现在 的行，而 clearsessions 只删除 expire_date < 现在 的行。再过一秒就会被删除。",
    file_one: "删除了 {{count}} 个过期的会话文件",
    file_other: "删除了 {{count}} 个过期的会话文件",
    nothing: {
      cache: "什么也没删：cache 引擎没有需要清理的",
      signed_cookies: "什么也没删：signed_cookies 不在服务器上保存任何东西",
    },
  },
} satisfies Translation<typeof en>;
