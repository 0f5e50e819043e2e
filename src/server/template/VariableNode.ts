import type { Context } from "./Context.ts";
import type { FilterExpression } from "./FilterExpression.ts";
import type { TemplateNode } from "./TemplateNode.ts";
import { renderValue } from "./renderValue.ts";

/** `{{ expression }}`: the filtered value, as Python's str() of it, autoescaped. */
export class VariableNode implements TemplateNode {
  constructor(
    readonly expression: FilterExpression,
    readonly line: number,
  ) {}

  render(context: Context): string {
    return renderValue(this.expression.resolve(context));
  }
}
