import type { Context } from "./Context.ts";
import type { FilterExpression } from "./FilterExpression.ts";
import { PyException } from "./PyException.ts";
import type { TemplateNode } from "./TemplateNode.ts";
import { pyIterate } from "./pyIterate.ts";
import { pyLen } from "./pyLen.ts";
import { renderNodeList } from "./renderNodeList.ts";

/**
 * `{% for x in seq %}` / `{% for k, v in pairs %}` with `{% empty %}` and
 * `reversed`, ported from Django's ForNode: a missing or None sequence renders
 * the empty branch, a number is Python's TypeError, and `forloop` offers
 * counter, counter0, revcounter, revcounter0, first, last and parentloop.
 */
export class ForNode implements TemplateNode {
  constructor(
    readonly loopVars: readonly string[],
    readonly sequence: FilterExpression,
    readonly isReversed: boolean,
    readonly loopNodes: readonly TemplateNode[],
    readonly emptyNodes: readonly TemplateNode[],
    readonly line: number,
  ) {}

  render(context: Context): string {
    const parentloop = context.lookup("forloop")?.value ?? {};
    context.push();
    try {
      const values = this.sequence.resolve(context, true);
      const items = values === null || values === undefined ? [] : pyIterate(values);
      if (items.length < 1) return renderNodeList(this.emptyNodes, context);
      if (this.isReversed) items.reverse();
      // Mutated in place each pass, so a nested loop's parentloop stays current.
      const forloop: Record<string, unknown> = { parentloop };
      context.set("forloop", forloop);
      let out = "";
      items.forEach((item, i) => {
        forloop.counter0 = i;
        forloop.counter = i + 1;
        forloop.revcounter = items.length - i;
        forloop.revcounter0 = items.length - i - 1;
        forloop.first = i === 0;
        forloop.last = i === items.length - 1;
        if (this.loopVars.length > 1) {
          context.push(this.unpack(item));
          out += renderNodeList(this.loopNodes, context);
          context.pop();
        } else {
          context.set(this.loopVars[0] ?? "", item);
          out += renderNodeList(this.loopNodes, context);
        }
      });
      return out;
    } finally {
      context.pop();
    }
  }

  /** `for k, v in ...` needs each item to have exactly that many values. */
  private unpack(item: unknown): Array<[string, unknown]> {
    let length = 1;
    try {
      length = pyLen(item);
    } catch (error) {
      if (!(error instanceof PyException)) throw error;
    }
    if (length !== this.loopVars.length) {
      throw new PyException(
        "ValueError",
        `Need ${this.loopVars.length} values to unpack in for loop; got ${length}.`,
      );
    }
    const values = pyIterate(item);
    return this.loopVars.map((name, i) => [name, values[i]]);
  }
}
