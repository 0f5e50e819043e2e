import { compileTemplate } from "./compileTemplate.ts";

/**
 * Renders Django template source with a context, as Django 5.2 would with its
 * default engine settings (autoescape on, string_if_invalid "", en-us formats).
 * Throws TemplateSyntaxError, with a 1-based line, for anything it can't render.
 */
export function renderTemplate(source: string, context: Record<string, unknown>): string {
  return compileTemplate(source)(context);
}
