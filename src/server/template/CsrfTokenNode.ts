import type { Context } from "./Context.ts";
import type { TemplateNode } from "./TemplateNode.ts";
import { conditionalEscape } from "./conditionalEscape.ts";
import { pyEquals } from "./pyEquals.ts";
import { pyTruthy } from "./pyTruthy.ts";

/**
 * `{% csrf_token %}`. The demo project has no CSRF middleware and passes no
 * `csrf_token`, so this renders nothing; given one, it renders Django's hidden
 * input, so the tag keeps working if the project ever adds it.
 */
export class CsrfTokenNode implements TemplateNode {
  constructor(readonly line: number) {}

  render(context: Context): string {
    const token = context.lookup("csrf_token")?.value;
    if (!pyTruthy(token) || pyEquals(token, "NOTPROVIDED")) return "";
    const value = conditionalEscape(token).value;
    return `<input type="hidden" name="csrfmiddlewaretoken" value="${value}">`;
  }
}
