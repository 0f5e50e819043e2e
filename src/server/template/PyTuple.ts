/**
 * A Python tuple, as produced by `dict.items`. It behaves like a list except that
 * it prints as `('a', 1)` and never equals a list, which is what `{{ pair }}` and
 * `==` show in Django.
 */
export class PyTuple {
  constructor(readonly items: readonly unknown[]) {}
}
