/**
 * The result of `{{ d.items }}`, `{{ d.keys }}` or `{{ d.values }}` on a dict: a
 * snapshot that iterates, has a length and prints like Python's
 * `dict_items([('k', 1)])`. Django calls these zero-argument methods during
 * variable lookup, which is how `{% for k, v in d.items %}` works.
 */
export class DictView {
  constructor(
    readonly kind: "dict_items" | "dict_keys" | "dict_values",
    readonly items: readonly unknown[],
  ) {}
}
