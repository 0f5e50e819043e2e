/**
 * A float literal written in the template (`{{ 1.0 }}`, `1e3`). JS numbers can't
 * tell 1.0 from 1, but Django renders the literal `1.0` as "1.0" and `1` as "1",
 * so literals keep their Python type in this wrapper. Numbers coming from the
 * context are classified by value instead (see pyTypeName).
 */
export class PyFloat {
  constructor(readonly value: number) {}
}
