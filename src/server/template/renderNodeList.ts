import type { Context } from "./Context.ts";
import { RenderFailure } from "./RenderFailure.ts";
import type { TemplateNode } from "./TemplateNode.ts";

/** Renders nodes in order, tagging any exception with the line of the node that raised it. */
export function renderNodeList(nodes: readonly TemplateNode[], context: Context): string {
  let out = "";
  for (const node of nodes) {
    try {
      out += node.render(context);
    } catch (error) {
      throw error instanceof RenderFailure ? error : new RenderFailure(error, node.line);
    }
  }
  return out;
}
