import type { Context } from "./Context.ts";
import { SafeString } from "./SafeString.ts";
import { UnplacedSyntaxError } from "./UnplacedSyntaxError.ts";
import { Variable } from "./Variable.ts";
import { VariableDoesNotExist } from "./VariableDoesNotExist.ts";
import { BUILTIN_FILTERS, type TemplateFilter } from "./builtinFilters.ts";
import { DJANGO_BUILTIN_NAMES } from "./djangoBuiltinNames.ts";
import { markSafe } from "./markSafe.ts";
import { PY_WHITESPACE } from "./pyWhitespace.ts";

// django/template/base.py's filter_re, translated: Python's \w and \d are
// Unicode-aware, and its "." stops only at "\n" (JS's also stops at "\r").
const WORD = "\\p{L}\\p{N}_";
const STRDQ = '"[^"\\\\]*(?:\\\\[^\\n][^"\\\\]*)*"';
const STRSQ = "'[^'\\\\]*(?:\\\\[^\\n][^'\\\\]*)*'";
const CONSTANT = `(?:_\\(${STRDQ}\\)|_\\(${STRSQ}\\)|${STRDQ}|${STRSQ})`;
const NUM = "[-+.]?\\p{Nd}[\\p{Nd}.e]*";
const VAR = `[${WORD}.]+|${NUM}`;
const SPACE = `[${PY_WHITESPACE}]*`;
const FILTER_RE_SOURCE =
  `^(?<constant>${CONSTANT})|^(?<variable>${VAR})|` +
  `(?:${SPACE}\\|${SPACE}(?<filterName>[${WORD}]+)(?::(?:(?<constantArg>${CONSTANT})|(?<variableArg>${VAR})))?)`;
// Shared; lastIndex is reset before each use (parsing is synchronous).
const FILTER_RE = new RegExp(FILTER_RE_SOURCE, "gu");

type FilterArg = { lookup: false; value: unknown } | { lookup: true; variable: Variable };

interface AppliedFilter {
  readonly filter: TemplateFilter;
  readonly args: readonly FilterArg[];
}

/**
 * Django's FilterExpression: `value|filter:"arg"|other`, parsed once when the
 * template is compiled (so a bad filter is a syntax error even in a branch that
 * never renders) and resolved at render time.
 */
export class FilterExpression {
  private readonly operand: Variable | { literal: unknown };
  private readonly filters: AppliedFilter[] = [];

  constructor(readonly token: string) {
    const pattern = FILTER_RE;
    pattern.lastIndex = 0;
    let operand: Variable | { literal: unknown } | undefined;
    let upto = 0;
    for (let match = pattern.exec(token); match; match = pattern.exec(token)) {
      const start = match.index;
      if (upto !== start) {
        throw new UnplacedSyntaxError(
          `Could not parse some characters: ${token.slice(0, upto)}|${token.slice(upto, start)}|${token.slice(start)}`,
        );
      }
      const groups = match.groups ?? {};
      if (operand === undefined) {
        if (groups.constant) {
          operand = { literal: new Variable(groups.constant).resolveLiteral() };
        } else if (groups.variable === undefined) {
          throw new UnplacedSyntaxError(`Could not find variable at start of ${token}.`);
        } else {
          operand = new Variable(groups.variable);
        }
      } else {
        const args: FilterArg[] = [];
        if (groups.constantArg) {
          args.push({ lookup: false, value: new Variable(groups.constantArg).resolveLiteral() });
        } else if (groups.variableArg) {
          args.push({ lookup: true, variable: new Variable(groups.variableArg) });
        }
        const name = groups.filterName ?? "";
        const filter = findFilter(name);
        checkArgCount(name, filter, args.length);
        this.filters.push({ filter, args });
      }
      upto = start + match[0].length;
    }
    if (upto !== token.length) {
      throw new UnplacedSyntaxError(
        `Could not parse the remainder: '${token.slice(upto)}' from '${token}'`,
      );
    }
    // The regex always matches a non-empty token somewhere, so operand is set here.
    this.operand = operand ?? { literal: "" };
  }

  /**
   * The filtered value. A missing variable becomes "" (Django's default
   * string_if_invalid) before the filters run, or None when `ignoreFailures` is
   * set, as `{% if %}` and `{% for %}` ask. A missing variable used as a filter
   * argument is not caught: VariableDoesNotExist escapes, as in Django.
   */
  resolve(context: Context, ignoreFailures = false): unknown {
    let value: unknown;
    if (this.operand instanceof Variable) {
      try {
        value = this.operand.resolve(context);
      } catch (error) {
        if (!(error instanceof VariableDoesNotExist)) throw error;
        value = ignoreFailures ? null : "";
      }
    } else {
      value = this.operand.literal;
    }
    for (const { filter, args } of this.filters) {
      const argValues = args.map((arg) =>
        arg.lookup ? arg.variable.resolve(context) : markSafe(arg.value),
      );
      const result = filter.apply(value, argValues[0]);
      value = filter.isSafe && value instanceof SafeString ? markSafe(result) : result;
    }
    return value;
  }
}

function findFilter(name: string): TemplateFilter {
  const filter = BUILTIN_FILTERS.get(name);
  if (filter) return filter;
  if (DJANGO_BUILTIN_NAMES.filters.has(name)) {
    throw new UnplacedSyntaxError(
      `Invalid filter: '${name}'. Django has this built-in filter, but this playground only supports: ${[...BUILTIN_FILTERS.keys()].sort().join(", ")}.`,
    );
  }
  throw new UnplacedSyntaxError(`Invalid filter: '${name}'`);
}

/** Django's args_check message counts the filtered value as an argument. */
function checkArgCount(name: string, filter: TemplateFilter, provided: number): void {
  const total = provided + 1;
  if (total < filter.minArgs || total > filter.maxArgs) {
    throw new UnplacedSyntaxError(
      `${name} requires ${filter.minArgs} arguments, ${total} provided`,
    );
  }
}
