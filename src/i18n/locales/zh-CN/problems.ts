import type en from "../en/problems.ts";
import type { Translation } from "../../Translation.ts";

// Names the learner types (settings, fields, op names, JSON values) stay as they are written.
export default {
  settings: {
    notObject: "settings 必须是一个对象，实际是 {{got}}",
    unknownSetting: "未知的设置 {{got}}：本实验场支持 {{known}}",
    nonEmptyString: "{{name}} 必须是非空字符串，实际是 {{got}}",
    engine: "{{name}} 必须是 {{choices}} 之一，实际是 {{got}}",
    cookieName: "{{name}} 必须是合法的 Cookie 名（字母、数字、!#$%&'*+-.^_`|~），实际是 {{got}}",
    string: "{{name}} 必须是字符串，实际是 {{got}}",
    seconds: "{{name}} 必须是整数（秒），实际是 {{got}}",
    inexactSeconds:
      "{{name}} 必须在 ±9007199254740991（2**53 - 1）以内：Python 的整数没有上限，但实验场像 JavaScript 一样保存数字，保不住它的每一位，实际是 {{got}}",
    domainOrNull: "{{name}} 必须是域名字符串或 null，实际是 {{got}}",
    directoryOrNull: "{{name}} 必须是目录名或 null，实际是 {{got}}",
    dotDot: '{{name}} 不能包含 ".."，实际是 {{got}}',
    boolean: "{{name}} 必须是 true 或 false，实际是 {{got}}",
    sameSite: '{{name}} 必须是 "Lax"、"Strict"、"None" 或 false，实际是 {{got}}',
    cacheAliases: "{{name}} 必须是以缓存别名为键的对象，实际是 {{got}}",
    object: "{{name}} 必须是一个对象，实际是 {{got}}",
    unknownKey: "{{name}} 中有未知的键 {{got}}",
    backend: "{{name}} 必须是 {{backend}}，实际是 {{got}}",
    integerOrNull: "{{name}} 必须是整数或 null，实际是 {{got}}",
    nonNegative: "{{name}} 必须是非负整数，实际是 {{got}}",
    noDefault: 'CACHES 必须定义 "default" 别名',
    noSuchAlias: "SESSION_CACHE_ALIAS {{got}} 不是 CACHES 中的别名（现有：{{aliases}}）",
  },
  scenario: {
    document: '场景是一个含有 "settings" 和 "steps" 的 JSON 对象，实际是 {{got}}',
    unknownField: "未知字段 {{got}}（允许：{{allowed}}）",
    string: "必须是字符串，实际是 {{got}}",
    notEmpty: "不能为空",
    object: "必须是一个对象，实际是 {{got}}",
    code: "必须是以文件名为键、文件内容为值的对象，实际是 {{got}}",
    start: '必须是 ISO 8601 日期时间，例如 "2026-01-01T00:00:00Z"，实际是 {{got}}',
    startOffset: '必须写明 UTC 偏移（例如以 "Z" 结尾），实际是 {{got}}',
    settings: "必须是一个至少设置了 SECRET_KEY 的对象，实际是 {{got}}",
    settingsMissing: '缺少这一项：场景至少要设置 SECRET_KEY（"settings": {"SECRET_KEY": "..."}）',
    secretKey: "缺少 SECRET_KEY（为空时，Django 一到给会话数据签名就会出错）",
    steps: "必须是由步骤组成的数组，实际是 {{got}}",
    step: "每个步骤是只有一个键的对象（{{known}}），实际是 {{got}}",
    unknownStep: "未知的步骤类型 {{got}}（已知：{{known}}）",
    advance: "必须是不小于 0 的整数秒，实际是 {{got}}",
    clockMax:
      "前进 {{got}} 秒会让时钟越过 9999-12-31T23:59:59Z，这是 Python 的 datetime 能表示的最后时刻（datetime.max）：Django 的时钟不能再往后走",
    startMax:
      "换算成 UTC 后晚于 9999-12-31T23:59:59Z，这是 Python 的 datetime 能表示的最后时刻（datetime.max），实际是 {{got}}",
    restart: "必须是 true，实际是 {{got}}",
    manage: '唯一的命令是 "clearsessions"，实际是 {{got}}',
    origin: '必须是源（origin），例如 "http://testserver"，实际是 {{got}}',
    originOnly: '必须是源（只有协议和主机，没有路径），例如 "https://example.com"，实际是 {{got}}',
    method: '必须是 HTTP 方法，例如 "GET" 或 "POST"，实际是 {{got}}',
    path: '必须以 "/" 开头，实际是 {{got}}',
    form: "必须是以字段名为键、字符串为值的对象，实际是 {{got}}",
    ops: "必须是由操作组成的数组，实际是 {{got}}",
    op: '操作必须是数组，例如 ["set", "k", "v"]，实际是 {{got}}',
    unknownOp: "未知的操作 {{got}}（已知：{{known}}）",
    arity_one: '操作 "{{op}}" 需要 {{count}} 个参数，实际给了 {{got}} 个',
    arity_other: '操作 "{{op}}" 需要 {{count}} 个参数，实际给了 {{got}} 个',
    arityRange: '操作 "{{op}}" 需要 {{min}} 到 {{max}} 个参数，实际给了 {{got}} 个',
    key: "必须是键（字符串），实际是 {{got}}",
    keyOrNull: "必须是 session_key（字符串）或 null，实际是 {{got}}",
    datetime: '{"datetime": ...} 必须是 ISO 8601 日期时间，实际是 {{got}}',
    expiry: '必须是整数、null、{"datetime": ISO} 或 {"timedelta": 整数秒}，实际是 {{got}}',
    cookieName: '缺少 "name"',
    cookieValue: '缺少 "value"（字符串、{"cookie": "B"}，或用 null 表示删除）',
    cookieValueType: '必须是字符串、{"cookie": "B"} 或 null，实际是 {{got}}',
    cookieEditChars:
      "开发者工具不接受这个 Cookie：名称和值里不能有 “;”（它会结束一个 Cookie；Path 等属性有自己的列）或控制字符，名称里也不能有 “=”",
    cookieEditSpace: "开发者工具不接受这个 Cookie：名称和值不能以空格开头或结尾（解析时会被去掉）",
    cookieEditEmpty: "开发者工具不接受这个 Cookie：它既没有名称也没有值",
    cookieEditSize:
      "开发者工具不接受这个 Cookie：名称和值加起来有 {{got}} 字节，超过了浏览器最多保存的 4096 字节",
    tooDeep:
      "其中的数组和对象嵌套超过 {{max}} 层：Python 的 json 读不了，Django 也没法把它存进会话",
    inexactInt:
      "含有超出 ±9007199254740991（2**53 - 1）的整数：Python 的整数没有上限，但实验场像 JavaScript 一样保存数字，保不住它的每一位（请写成字符串或浮点数）",
    headlessViews:
      "views.py 只能在浏览器版的实验场里作为 Python 运行；命令行运行使用教程自带的视图（删去它即可在这里运行）",
    json: {
      unknown: "不是合法的 JSON",
      InvalidSymbol: "JSON 无效，第 {{line}} 行第 {{column}} 列：无效的符号",
      PropertyNameExpected: "JSON 无效，第 {{line}} 行第 {{column}} 列：这里应当是属性名",
      ValueExpected: "JSON 无效，第 {{line}} 行第 {{column}} 列：这里应当是一个值",
      ColonExpected: "JSON 无效，第 {{line}} 行第 {{column}} 列：这里应当是冒号",
      CommaExpected: "JSON 无效，第 {{line}} 行第 {{column}} 列：这里应当是逗号",
      CloseBraceExpected: "JSON 无效，第 {{line}} 行第 {{column}} 列：这里应当是右花括号 }",
      CloseBracketExpected: "JSON 无效，第 {{line}} 行第 {{column}} 列：这里应当是右方括号 ]",
      EndOfFileExpected: "JSON 无效，第 {{line}} 行第 {{column}} 列：这里应当结束",
      InvalidCommentToken: "JSON 无效，第 {{line}} 行第 {{column}} 列：JSON 不允许注释",
      UnexpectedEndOfString: "JSON 无效，第 {{line}} 行第 {{column}} 列：字符串没有结束",
      UnexpectedEndOfNumber: "JSON 无效，第 {{line}} 行第 {{column}} 列：数字不完整",
      InvalidUnicode: "JSON 无效，第 {{line}} 行第 {{column}} 列：无效的 Unicode 转义",
      InvalidEscapeCharacter: "JSON 无效，第 {{line}} 行第 {{column}} 列：无效的转义字符",
      InvalidCharacter: "JSON 无效，第 {{line}} 行第 {{column}} 列：无效的字符",
    },
  },
  settingsPy: {
    notAssignment: "SyntaxError: 语法无效：设置的写法是 NAME = value",
    expected: "SyntaxError: 这里应当是 '{{expected}}'",
    expectedFound: "SyntaxError: 语法无效：这里应当是 '{{expected}}'，却是 '{{found}}'",
    unexpected: "SyntaxError: 语法无效：不应出现 '{{found}}'",
    valueMissing: "SyntaxError: 语法无效：缺少值",
    dictKeys: "SyntaxError: 这里的字典键必须是字符串",
    operand: "TypeError: {{op}} 不支持这种类型的操作数",
    notRun: {
      import:
        "这个实验场的 settings.py 不运行 import（{{code}}）：把每个设置写成 NAME = value 即可",
      statement:
        "这个实验场的 settings.py 不运行 {{keyword}} 语句：把每个设置写成 NAME = value 即可",
      attribute:
        "这个实验场的 settings.py 不运行属性访问（{{code}}）：请直接写出值本身，写成 NAME = value",
      call: "这个实验场的 settings.py 不运行函数调用（{{code}}）：请直接写出值本身，写成 NAME = value",
      subscript:
        "这个实验场的 settings.py 不运行下标取值（{{code}}）：请直接写出值本身，写成 NAME = value",
      operator:
        "这个实验场的 settings.py 不运行 {{op}} 运算符：请直接写出值本身，写成 NAME = value",
      bytes:
        "这个实验场的 settings.py 不读取 bytes（{{code}}）：这里 Django 的设置要的是 str，去掉前面的 b 即可",
      fstring:
        "这个实验场的 settings.py 不运行带 {} 的 f-string（{{code}}）：请直接写出值本身，写成 NAME = value",
      tuple:
        "这个实验场的 settings.py 不读取元组（{{code}}）：在 Python 里末尾多一个逗号就成了元组，而这里没有哪个设置接受元组。请直接写出值本身，写成 NAME = value",
      chained:
        "这个实验场的 settings.py 不运行连续赋值（{{code}}）：请让每个设置单独占一行，写成 NAME = value",
      comprehension:
        "这个实验场的 settings.py 不运行推导式（{{code}}）：请直接写出值本身，写成 NAME = value",
      semicolon: "这个实验场的 settings.py 每行只读一条语句：请把 ';' 后面的语句单独写一行",
    },
    ignoredNear: "Django 不读取 {{name}} 这个设置，会直接忽略它。你是想写 {{near}} 吗？",
    ignoredSession: "{{name}} 不是 Django 会话读取的设置，Django 会直接忽略它。",
    truthy:
      "{{name}} = {{value}}：Django 只看它是真是假，而 bool({{value}}) 是 {{used}}，所以它的效果等于 {{used}}。请写 True 或 False。",
    boolIsInt:
      "{{name}} = {{value}}：在 Python 里 bool 就是 int，所以 Django 用的是 {{used}} 秒。请写秒数。",
    floatAge:
      "{{name}} = {{value}}：这是一个浮点数。Django 会原样使用它（get_expiry_age() 返回 {{value}}）；这个实验场只保存整秒，用的是 {{used}}。",
    floatAgeRefused:
      "{{name}} = {{value}}：Django 在这里也接受带小数的秒数，但这个实验场只保存整秒。请写一个整数秒数。",
  },
} satisfies Translation<typeof en>;
