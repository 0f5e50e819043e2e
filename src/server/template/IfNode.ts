import type { Context } from "./Context.ts";
import type { TemplateNode } from "./TemplateNode.ts";
import { VariableDoesNotExist } from "./VariableDoesNotExist.ts";
import type { IfCondition } from "./parseIfCondition.ts";
import { pyTruthy } from "./pyTruthy.ts";
import { renderNodeList } from "./renderNodeList.ts";

/** One `if`/`elif` branch, or the `else` branch when condition is null. */
export interface IfBranch {
  readonly condition: IfCondition | null;
  readonly nodes: readonly TemplateNode[];
}

/**
 * `{% if %}...{% elif %}...{% else %}...{% endif %}`: renders the first branch
 * whose condition is truthy in Python's sense. A missing filter argument in a
 * condition (VariableDoesNotExist) makes that condition false, as in Django.
 */
export class IfNode implements TemplateNode {
  constructor(
    readonly branches: readonly IfBranch[],
    readonly line: number,
  ) {}

  render(context: Context): string {
    for (const { condition, nodes } of this.branches) {
      let match: unknown = true;
      if (condition) {
        try {
          match = condition.eval(context);
        } catch (error) {
          if (!(error instanceof VariableDoesNotExist)) throw error;
          match = null;
        }
      }
      if (pyTruthy(match)) return renderNodeList(nodes, context);
    }
    return "";
  }
}
