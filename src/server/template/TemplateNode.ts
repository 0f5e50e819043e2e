import type { Context } from "./Context.ts";

/** A compiled piece of template; `line` is where its tag starts, for error messages. */
export interface TemplateNode {
  readonly line: number;
  render(context: Context): string;
}
