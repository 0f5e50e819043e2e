import { Context } from "./Context.ts";
import { pyRepr } from "./pyRepr.ts";

/**
 * Django's VariableDoesNotExist: a lookup found nothing. Usually caught (a
 * missing `{{ var }}` renders as ""), but it escapes from a missing filter
 * argument such as `{{ x|default:missing }}`, just as it does in Django.
 */
export class VariableDoesNotExist extends Error {
  constructor(
    readonly key: string,
    readonly container: unknown,
  ) {
    super(`Failed lookup for key [${key}]`);
    this.name = "VariableDoesNotExist";
  }

  /**
   * Django's full message, naming what was searched. Built on demand, as Django
   * does when the error is shown: missing variables are common and usually
   * swallowed, so printing the whole context each time would be waste.
   */
  describe(): string {
    const where = this.container instanceof Context ? this.container.snapshot() : this.container;
    return `Failed lookup for key [${this.key}] in ${pyRepr(where)}`;
  }
}
