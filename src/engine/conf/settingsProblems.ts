/**
 * Why a setting is refused, in English: the CLI's messages and the app's
 * English translations ("problems" namespace, key "settings.<code>").
 */
export const SETTINGS_PROBLEMS = {
  notObject: "settings must be an object, got {{got}}",
  unknownSetting: "Unknown setting {{got}}: the playground understands {{known}}",
  nonEmptyString: "{{name}} must be a non-empty string, got {{got}}",
  engine: "{{name}} must be one of {{choices}}, got {{got}}",
  cookieName: "{{name}} must be a cookie name (letters, digits, !#$%&'*+-.^_`|~), got {{got}}",
  string: "{{name}} must be a string, got {{got}}",
  seconds: "{{name}} must be an integer (seconds), got {{got}}",
  inexactSeconds:
    "{{name}} must be within ±9007199254740991 (2**53 - 1): Python's ints have no limit, but the playground keeps numbers as JavaScript does and would not keep its digits, got {{got}}",
  domainOrNull: "{{name}} must be a domain string or null, got {{got}}",
  directoryOrNull: "{{name}} must be a directory name or null, got {{got}}",
  dotDot: '{{name}} may not contain "..", got {{got}}',
  boolean: "{{name}} must be true or false, got {{got}}",
  sameSite: '{{name}} must be "Lax", "Strict", "None" or false, got {{got}}',
  cacheAliases: "{{name}} must be an object of cache aliases, got {{got}}",
  object: "{{name}} must be an object, got {{got}}",
  unknownKey: "{{name}} has an unknown key {{got}}",
  backend: "{{name}} must be {{backend}}, got {{got}}",
  integerOrNull: "{{name}} must be an integer or null, got {{got}}",
  nonNegative: "{{name}} must be a non-negative integer, got {{got}}",
  noDefault: 'CACHES must define a "default" alias',
  noSuchAlias: "SESSION_CACHE_ALIAS {{got}} names no alias in CACHES ({{aliases}})",
} as const;

export type SettingsProblemCode = keyof typeof SETTINGS_PROBLEMS;
