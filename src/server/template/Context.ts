/**
 * Django's template Context: a stack of dicts searched from the top. The bottom
 * one holds the names True, False and None, which is how `{% if x is None %}`
 * and `{{ True }}` work; `{% for %}` pushes a layer for `forloop` and its loop
 * variables and pops it afterwards.
 */
export class Context {
  private readonly layers: Array<Map<string, unknown>>;

  constructor(data: Record<string, unknown>) {
    const user = new Map<string, unknown>();
    if (typeof data === "object" && data !== null) {
      for (const key of Object.keys(data)) {
        // An undefined property is a missing variable, as it would be after JSON.
        if (data[key] !== undefined) user.set(key, data[key]);
      }
    }
    const builtins = new Map<string, unknown>([
      ["True", true],
      ["False", false],
      ["None", null],
    ]);
    this.layers = [builtins, user];
  }

  /** The value bound to `name`, or undefined when no layer has it. */
  lookup(name: string): { value: unknown } | undefined {
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const layer = this.layers[i];
      if (layer?.has(name)) return { value: layer.get(name) };
    }
    return undefined;
  }

  /** Binds `name` in the top layer (Django's `context[name] = value`). */
  set(name: string, value: unknown): void {
    this.layers[this.layers.length - 1]?.set(name, value);
  }

  push(bindings: Iterable<[string, unknown]> = []): void {
    this.layers.push(new Map(bindings));
  }

  pop(): void {
    if (this.layers.length > 2) this.layers.pop();
  }

  /** The layers bottom-up, for the error message Django prints (a list of dicts). */
  snapshot(): Array<Map<string, unknown>> {
    return this.layers.map((layer) => new Map(layer));
  }
}
