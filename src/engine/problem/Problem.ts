/**
 * What is wrong with a learner's input, as data: a translation key and the
 * values it names. The English message is made from it where the error is
 * raised (the CLI and logs print that); the app shows it in the learner's
 * language from the same key, so no message has to be parsed back.
 */
export interface Problem {
  /** A key in the "problems" translations, such as "settings.boolean". */
  code: string;
  params: Record<string, string | number>;
}
