/**
 * What the settings.py reader says of a line Python would refuse, where the
 * playground explains more than Python's bare "invalid syntax" (the app's
 * English translations: "problems" namespace, key "settingsPy.<code>").
 * Python's own messages (NameError, ZeroDivisionError, unterminated
 * strings) are not here: they stay Python's words, in English.
 */
export const SETTINGS_PY_PROBLEMS = {
  notAssignment: "SyntaxError: invalid syntax: a setting is written NAME = value",
  expected: "SyntaxError: expected '{{expected}}'",
  expectedFound: "SyntaxError: invalid syntax: expected '{{expected}}', found '{{found}}'",
  unexpected: "SyntaxError: invalid syntax: unexpected '{{found}}'",
  valueMissing: "SyntaxError: invalid syntax: a value is missing",
  dictKeys: "SyntaxError: dictionary keys here must be strings",
  operand: "TypeError: unsupported operand type for {{op}}",
  // Not Python errors: valid Python that this reader does not run (it runs no code, only values).
  notRun: {
    import:
      "This playground's settings.py does not run imports ({{code}}): write each setting as NAME = value",
    statement:
      "This playground's settings.py does not run {{keyword}} statements: write each setting as NAME = value",
    attribute:
      "This playground's settings.py does not run attribute access ({{code}}): write the value itself, as NAME = value",
    call: "This playground's settings.py does not run calls ({{code}}): write the value itself, as NAME = value",
    subscript:
      "This playground's settings.py does not run indexing ({{code}}): write the value itself, as NAME = value",
    operator:
      "This playground's settings.py does not run the {{op}} operator: write the value itself, as NAME = value",
    bytes:
      "This playground's settings.py does not read bytes ({{code}}): Django's settings here take str, so write the value without the b",
    fstring:
      "This playground's settings.py does not run f-strings with {} in them ({{code}}): write the value itself, as NAME = value",
    tuple:
      "This playground's settings.py does not read tuples ({{code}}): in Python a trailing comma makes one, which no setting here takes. Write the value itself, as NAME = value",
    chained:
      "This playground's settings.py does not run chained assignments ({{code}}): give each setting a line of its own, as NAME = value",
    comprehension:
      "This playground's settings.py does not run comprehensions ({{code}}): write the value itself, as NAME = value",
    semicolon:
      "This playground's settings.py reads one statement per line: put the statement after ';' on a line of its own",
  },
  // Not Python errors: Django accepts any name in settings.py and ignores those it does not read.
  ignoredNear: "{{name}} is not a setting Django reads: Django ignores it. Did you mean {{near}}?",
  ignoredSession: "{{name}} is not a session setting Django reads: Django ignores it.",
  truthy:
    "{{name}} = {{value}}: Django only asks whether it is true, and bool({{value}}) is {{used}}, so it acts as {{used}}. Write True or False.",
  boolIsInt:
    "{{name}} = {{value}}: in Python a bool is an int, so Django uses {{used}} second(s). Write a number of seconds.",
  floatAge:
    "{{name}} = {{value}}: a float. Django uses it as it is (get_expiry_age() answers {{value}}); this playground keeps whole seconds and uses {{used}}.",
  floatAgeRefused:
    "{{name}} = {{value}}: Django would take a fraction of a second here, but this playground keeps whole seconds. Write a whole number of seconds.",
} as const;

/** What the reader does not run, by the construct it names. */
export type NotRun = keyof (typeof SETTINGS_PY_PROBLEMS)["notRun"];

export type SettingsPyProblemCode =
  Exclude<keyof typeof SETTINGS_PY_PROBLEMS, "notRun"> | `notRun.${NotRun}`;
