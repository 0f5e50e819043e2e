import type { Context } from "./Context.ts";
import type { FilterExpression } from "./FilterExpression.ts";
import { UnplacedSyntaxError } from "./UnplacedSyntaxError.ts";
import { pyCompare } from "./pyCompare.ts";
import { pyContains } from "./pyContains.ts";
import { pyEquals } from "./pyEquals.ts";
import { pyTruthy } from "./pyTruthy.ts";

/** A parsed `{% if %}` expression; eval returns a Python value to test for truth. */
export interface IfCondition {
  eval(context: Context): unknown;
}

type Evaluate = (context: Context, x: IfCondition, y: IfCondition) => unknown;

// Binding powers from django/template/smartif.py: or < and < not < in < comparisons.
const INFIX: Record<string, { power: number; evaluate: Evaluate }> = {
  or: { power: 6, evaluate: (c, x, y) => orElse(x.eval(c), () => y.eval(c)) },
  and: { power: 7, evaluate: (c, x, y) => andThen(x.eval(c), () => y.eval(c)) },
  in: { power: 9, evaluate: (c, x, y) => isIn(x.eval(c), y.eval(c)) },
  "not in": { power: 9, evaluate: (c, x, y) => !isIn(x.eval(c), y.eval(c)) },
  is: { power: 10, evaluate: (c, x, y) => pyIs(x.eval(c), y.eval(c)) },
  "is not": { power: 10, evaluate: (c, x, y) => !pyIs(x.eval(c), y.eval(c)) },
  "==": { power: 10, evaluate: (c, x, y) => pyEquals(x.eval(c), y.eval(c)) },
  "!=": { power: 10, evaluate: (c, x, y) => !pyEquals(x.eval(c), y.eval(c)) },
  ">": { power: 10, evaluate: (c, x, y) => pyCompare(x.eval(c), ">", y.eval(c)) },
  ">=": { power: 10, evaluate: (c, x, y) => pyCompare(x.eval(c), ">=", y.eval(c)) },
  "<": { power: 10, evaluate: (c, x, y) => pyCompare(x.eval(c), "<", y.eval(c)) },
  "<=": { power: 10, evaluate: (c, x, y) => pyCompare(x.eval(c), "<=", y.eval(c)) },
};
const NOT_POWER = 8;

type IfToken =
  | { kind: "operator"; id: string; power: number }
  | { kind: "operand"; text: string; expression: FilterExpression }
  | { kind: "end"; power: 0 };

const END: IfToken = { kind: "end", power: 0 };

/**
 * Django's smart-if parser (a Pratt parser) for the words of an `{% if %}` or
 * `{% elif %}` tag, with Django's precedence and error messages. Operands are
 * compiled by `compileFilter`, so `{% if items|length > 2 %}` works.
 *
 * At render time each operator swallows any exception from its operands and
 * yields False, as Django's do: `{% if 1 in "abc" %}` or `{% if None < 1 %}` is
 * simply false.
 */
export function parseIfCondition(
  words: readonly string[],
  compileFilter: (text: string) => FilterExpression,
): IfCondition {
  const tokens: IfToken[] = [];
  for (let i = 0; i < words.length; i++) {
    let word = words[i] ?? "";
    if (word === "is" && words[i + 1] === "not") {
      word = "is not";
      i++;
    } else if (word === "not" && words[i + 1] === "in") {
      word = "not in";
      i++;
    }
    tokens.push(toToken(word, compileFilter));
  }
  let position = 0;
  let current = next();

  function next(): IfToken {
    return tokens[position++] ?? END;
  }

  function expression(rightPower = 0): IfCondition {
    const token = current;
    current = next();
    let left = prefix(token);
    while (rightPower < power(current)) {
      const operator = current;
      current = next();
      left = infix(operator, left);
    }
    return left;
  }

  function prefix(token: IfToken): IfCondition {
    if (token.kind === "end")
      throw new UnplacedSyntaxError("Unexpected end of expression in if tag.");
    if (token.kind === "operand") {
      const operand = token.expression;
      return { eval: (context) => operand.resolve(context, true) };
    }
    if (token.id !== "not") {
      throw new UnplacedSyntaxError(`Not expecting '${token.id}' in this position in if tag.`);
    }
    const operand = expression(NOT_POWER);
    return guarded((context) => !pyTruthy(operand.eval(context)));
  }

  function infix(token: IfToken, left: IfCondition): IfCondition {
    const spec = token.kind === "operator" ? INFIX[token.id] : undefined;
    if (!spec) {
      const id = token.kind === "operator" ? token.id : "literal";
      throw new UnplacedSyntaxError(`Not expecting '${id}' as infix operator in if tag.`);
    }
    const right = expression(spec.power);
    return guarded((context) => spec.evaluate(context, left, right));
  }

  const condition = expression();
  if (current.kind !== "end") {
    const shown = current.kind === "operand" ? current.text : current.id;
    throw new UnplacedSyntaxError(`Unused '${shown}' at end of if expression.`);
  }
  return condition;
}

function toToken(word: string, compileFilter: (text: string) => FilterExpression): IfToken {
  if (word === "not") return { kind: "operator", id: word, power: NOT_POWER };
  const spec = Object.hasOwn(INFIX, word) ? INFIX[word] : undefined;
  if (spec) return { kind: "operator", id: word, power: spec.power };
  return { kind: "operand", text: word, expression: compileFilter(word) };
}

function power(token: IfToken): number {
  return token.kind === "operand" ? 0 : token.power;
}

/** Django's operators catch every exception and evaluate to False. */
function guarded(evaluate: (context: Context) => unknown): IfCondition {
  return {
    eval(context) {
      try {
        return evaluate(context);
      } catch {
        return false;
      }
    },
  };
}

function orElse(left: unknown, right: () => unknown): unknown {
  return pyTruthy(left) ? left : right();
}

function andThen(left: unknown, right: () => unknown): unknown {
  return pyTruthy(left) ? right() : left;
}

/** `x in y`, with x evaluated before y as in Python. */
function isIn(item: unknown, container: unknown): boolean {
  return pyContains(container, item);
}

/**
 * Python's `is`, approximated by JS identity. None, True and False are
 * singletons in both. A context value is identical to itself, which for
 * primitives means equal by value; template string and float literals are
 * separate objects (SafeString, boxed floats), so `x is "a"` is false as in Python.
 * Python would also say `x is 1000` is false for ints outside -5..256; here equal
 * numbers count as identical.
 */
function pyIs(a: unknown, b: unknown): boolean {
  const aNone = a === null || a === undefined;
  const bNone = b === null || b === undefined;
  if (aNone || bNone) return aNone && bNone;
  return a === b;
}
