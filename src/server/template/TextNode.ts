import type { TemplateNode } from "./TemplateNode.ts";

/** Literal template text, output unchanged (autoescaping applies to variables only). */
export class TextNode implements TemplateNode {
  constructor(
    readonly text: string,
    readonly line: number,
  ) {}

  render(): string {
    return this.text;
  }
}
