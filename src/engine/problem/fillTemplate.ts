import type { Problem } from "./Problem.ts";

/**
 * Puts the params into a template's "{{name}}" places in one pass, so a
 * value that itself holds "{{...}}" (a field a learner named so) is written
 * as it is, never filled in again. (i18next fills one variable after
 * another, and would fill such a value.)
 */
export function fillTemplate(template: string, params: Problem["params"], code: string): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`${code} needs {{${name}}}`);
    return String(params[name]);
  });
}
