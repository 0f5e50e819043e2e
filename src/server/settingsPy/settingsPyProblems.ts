/**
 * What the settings.py reader says of a line Python would refuse, where the
 * playground explains more than Python's bare "invalid syntax" (the app's
 * English translations: "problems" namespace, key "settingsPy.<code>").
 * Python's own messages (NameError, ZeroDivisionError, unterminated
 * strings) are not here: they stay Python's words, in English.
 */
export const SETTINGS_PY_PROBLEMS = {
  notAssignment: "SyntaxError: invalid syntax: a setting is written NAME = value",
  imports: "SyntaxError: imports are not needed here: write the session settings as NAME = value",
  expected: "SyntaxError: expected '{{expected}}'",
  expectedFound: "SyntaxError: invalid syntax: expected '{{expected}}', found '{{found}}'",
  unexpected: "SyntaxError: invalid syntax: unexpected '{{found}}'",
  valueMissing: "SyntaxError: invalid syntax: a value is missing",
  dictKeys: "SyntaxError: dictionary keys here must be strings",
  operand: "TypeError: unsupported operand type for {{op}}",
  // Not Python errors: Django accepts any name in settings.py and ignores those it does not read.
  ignoredNear: "{{name}} is not a setting Django reads: Django ignores it. Did you mean {{near}}?",
  ignoredSession: "{{name}} is not a session setting Django reads: Django ignores it.",
} as const;

export type SettingsPyProblemCode = keyof typeof SETTINGS_PY_PROBLEMS;
