/**
 * Why a scenario is refused, in English: the CLI's messages and the app's
 * English translations ("problems" namespace, key "scenario.<code>").
 * Each message follows where it is ("steps[0].request.path: ...").
 */
export const SCENARIO_PROBLEMS = {
  document: 'a scenario is a JSON object with "settings" and "steps", got {{got}}',
  unknownField: "unknown field {{got}} (allowed: {{allowed}})",
  string: "must be a string, got {{got}}",
  notEmpty: "must not be empty",
  object: "must be an object, got {{got}}",
  code: "must be an object of file names to their text, got {{got}}",
  start: 'must be an ISO 8601 date-time such as "2026-01-01T00:00:00Z", got {{got}}',
  startOffset: 'must say its UTC offset (e.g. end in "Z"), got {{got}}',
  settings: "must be an object that sets at least SECRET_KEY, got {{got}}",
  settingsMissing:
    'is missing: a scenario sets at least SECRET_KEY ("settings": {"SECRET_KEY": "..."})',
  secretKey:
    "SECRET_KEY is required (with an empty one Django fails as soon as it signs session data)",
  steps: "must be an array of steps, got {{got}}",
  step: "a step is an object with exactly one key ({{known}}), got {{got}}",
  unknownStep: "unknown step kind {{got}} (known: {{known}})",
  advance: "must be a whole number of seconds (0 or more), got {{got}}",
  clockMax:
    "{{got}} s would take the clock past 9999-12-31T23:59:59Z, the last moment Python's datetime can hold (datetime.max): Django's clock cannot go further",
  startMax:
    "is past 9999-12-31T23:59:59Z in UTC, the last moment Python's datetime can hold (datetime.max), got {{got}}",
  restart: "must be true, got {{got}}",
  manage: 'the only command is "clearsessions", got {{got}}',
  origin: 'must be an origin such as "http://testserver", got {{got}}',
  originOnly:
    'must be an origin (scheme and host, no path), such as "https://example.com", got {{got}}',
  method: 'must be an HTTP method such as "GET" or "POST", got {{got}}',
  path: 'must start with "/", got {{got}}',
  form: "must be an object of field names to strings, got {{got}}",
  ops: "must be an array of ops, got {{got}}",
  op: 'an op must be an array such as ["set", "k", "v"], got {{got}}',
  unknownOp: "unknown op {{got}} (known: {{known}})",
  arity_one: 'op "{{op}}" takes {{count}} argument, got {{got}}',
  arity_other: 'op "{{op}}" takes {{count}} arguments, got {{got}}',
  arityRange: 'op "{{op}}" takes {{min}} to {{max}} arguments, got {{got}}',
  key: "must be a key (a string), got {{got}}",
  keyOrNull: "must be a session key (a string) or null, got {{got}}",
  datetime: '{"datetime": ...} must be an ISO 8601 date-time, got {{got}}',
  expiry:
    'must be an integer, null, {"datetime": ISO} or {"timedelta": whole seconds}, got {{got}}',
  cookieName: 'needs "name"',
  cookieValue: 'needs "value" (a string, {"cookie": "B"}, or null to delete)',
  cookieValueType: 'must be a string, {"cookie": "B"} or null, got {{got}}',
  cookieEditChars:
    "the developer tools refuse this cookie: a name or value cannot hold ';' (it ends a cookie; attributes such as Path have their own columns) or a control character, and a name cannot hold '='",
  cookieEditSpace:
    "the developer tools refuse this cookie: a name or value cannot start or end with a space (parsing trims it)",
  cookieEditEmpty: "the developer tools refuse this cookie: it has neither a name nor a value",
  cookieEditSize:
    "the developer tools refuse this cookie: its name and value are {{got}} bytes together, over the 4096 a browser keeps",
  tooDeep:
    "its arrays and objects nest more than {{max}} levels deep: Python's json cannot read that, nor Django save it in a session",
  inexactInt:
    "holds an int beyond ±9007199254740991 (2**53 - 1): Python's ints have no limit, but the playground keeps numbers as JavaScript does and would not keep its digits (write it as a string, or as a float)",
  headlessViews:
    "views.py runs as Python in the browser playground; headless runs use the tutorial's built-in views (remove it to run here)",
  /**
   * JSON that does not parse, by jsonc-parser's error code: those it gives
   * for text JSON.parse refuses (a comment is refused where it starts, and
   * every number it scans is one). "unknown" is for any other.
   */
  json: {
    unknown: "invalid JSON",
    InvalidSymbol: "invalid JSON at line {{line}}, column {{column}}: invalid symbol",
    PropertyNameExpected:
      "invalid JSON at line {{line}}, column {{column}}: property name expected",
    ValueExpected: "invalid JSON at line {{line}}, column {{column}}: value expected",
    ColonExpected: "invalid JSON at line {{line}}, column {{column}}: colon expected",
    CommaExpected: "invalid JSON at line {{line}}, column {{column}}: comma expected",
    CloseBraceExpected: "invalid JSON at line {{line}}, column {{column}}: close brace expected",
    CloseBracketExpected:
      "invalid JSON at line {{line}}, column {{column}}: close bracket expected",
    EndOfFileExpected: "invalid JSON at line {{line}}, column {{column}}: end of file expected",
    InvalidCommentToken: "invalid JSON at line {{line}}, column {{column}}: invalid comment token",
    UnexpectedEndOfString:
      "invalid JSON at line {{line}}, column {{column}}: unexpected end of string",
    UnexpectedEndOfNumber:
      "invalid JSON at line {{line}}, column {{column}}: unexpected end of number",
    InvalidUnicode: "invalid JSON at line {{line}}, column {{column}}: invalid unicode",
    InvalidEscapeCharacter:
      "invalid JSON at line {{line}}, column {{column}}: invalid escape character",
    InvalidCharacter: "invalid JSON at line {{line}}, column {{column}}: invalid character",
  },
} as const;

type Codes<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string
    ? `${P}${K extends `${infer C}_${"one" | "other"}` ? C : K}`
    : Codes<T[K], `${P}${K}.`>;
}[keyof T & string];

/** A scenario problem's code, e.g. "unknownOp" or "json.CommaExpected" (plural forms by their stem). */
export type ScenarioProblemCode = Codes<typeof SCENARIO_PROBLEMS>;
