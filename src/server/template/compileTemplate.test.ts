import { describe, expect, it } from "vitest";
import { TemplateSyntaxError } from "./TemplateSyntaxError.ts";
import { compileTemplate } from "./compileTemplate.ts";

/** The error compiling and rendering `source` raises, in a comparable shape. */
function failure(source: string, context: Record<string, unknown> = {}) {
  try {
    compileTemplate(source)(context);
  } catch (error) {
    if (!(error instanceof TemplateSyntaxError)) throw error;
    return { message: error.message, line: error.line, phase: error.phase };
  }
  throw new Error(`expected ${JSON.stringify(source)} to fail`);
}

const parseError = (message: string, line = 1) => ({ message, line, phase: "parse" });
const renderError = (message: string, line = 1) => ({ message, line, phase: "render" });

describe("compileTemplate", () => {
  it("compiles once and renders many times with different contexts", () => {
    const template = compileTemplate("{% for x in items %}{{ x }}{% endfor %}");
    expect(template({ items: [1, 2] })).toBe("12");
    expect(template({ items: ["a"] })).toBe("a");
  });

  it("raises a real Error subclass with a name, a line and a phase", () => {
    const error = (() => {
      try {
        compileTemplate("\n{% nope %}");
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(TemplateSyntaxError);
    expect((error as TemplateSyntaxError).name).toBe("TemplateSyntaxError");
    expect((error as TemplateSyntaxError).line).toBe(2);
    expect((error as TemplateSyntaxError).phase).toBe("parse");
  });

  it("still renders correctly after a render error", () => {
    const template = compileTemplate("{% for x in items %}{{ x }}{% endfor %}");
    expect(() => template({ items: 5 })).toThrow(TemplateSyntaxError);
    expect(template({ items: [1] })).toBe("1");
  });
});

describe("syntax errors in tags", () => {
  it("reports an unknown tag with its line", () => {
    expect(failure("one\ntwo\n{% foo %}")).toEqual(
      parseError(
        "Invalid block tag on line 3: 'foo'. Did you forget to register or load this tag?",
        3,
      ),
    );
  });

  it("reports an unclosed tag on the line where it opens", () => {
    expect(failure("a\n{% if x %}\nb")).toEqual(
      parseError("Unclosed tag on line 2: 'if'. Looking for one of: elif, else, endif.", 2),
    );
    expect(failure("{% for x in l %}{% empty %}")).toEqual(
      parseError("Unclosed tag on line 1: 'for'. Looking for one of: endfor."),
    );
    expect(failure("{% comment %}\n{% if %}")).toEqual(
      parseError("Unclosed tag on line 1: 'comment'. Looking for one of: endcomment."),
    );
  });

  it("blames the innermost unclosed tag", () => {
    expect(failure("a\n{% if x %}\n{% for y in z %}")).toEqual(
      parseError("Unclosed tag on line 3: 'for'. Looking for one of: empty, endfor.", 3),
    );
  });

  it("reports a stray end tag", () => {
    expect(failure("{% endif %}")).toEqual(
      parseError(
        "Invalid block tag on line 1: 'endif'. Did you forget to register or load this tag?",
      ),
    );
  });

  it("says which end tags it expected inside a block", () => {
    expect(failure("{% for x in l %}\n{% endif %}")).toEqual(
      parseError(
        "Invalid block tag on line 2: 'endif', expected 'empty' or 'endfor'. Did you forget to register or load this tag?",
        2,
      ),
    );
    expect(failure("{% if a %}\n{% else %}\n{% elif b %}{% endif %}")).toEqual(
      parseError(
        "Invalid block tag on line 3: 'elif', expected 'endif'. Did you forget to register or load this tag?",
        3,
      ),
    );
  });

  it("says when a real Django tag is simply not supported here", () => {
    expect(failure("{% block content %}{% endblock %}")).toEqual(
      parseError(
        "Invalid block tag on line 1: 'block'. Django has this built-in tag, but this playground only supports: comment, csrf_token, for, if.",
      ),
    );
  });

  it("reports empty tags", () => {
    expect(failure("{{ }}")).toEqual(parseError("Empty variable tag on line 1"));
    expect(failure("\n{%  %}")).toEqual(parseError("Empty block tag on line 2", 2));
  });

  it("reports a malformed else or endif on the line of its if, naming its own line", () => {
    expect(failure("{% if a %}\n{% else foo %}\n{% endif %}")).toEqual(
      parseError('Malformed template tag at line 2: "else foo"'),
    );
  });

  it("reports badly formed for tags", () => {
    expect(failure("{% for x %}{% endfor %}")).toEqual(
      parseError("'for' statements should have at least four words: for x"),
    );
    expect(failure("{% for x on y %}{% endfor %}")).toEqual(
      parseError("'for' statements should use the format 'for x in y': for x on y"),
    );
    expect(failure("{% for x y in z %}{% endfor %}")).toEqual(
      parseError("'for' tag received an invalid argument: for x y in z"),
    );
  });
});

describe("syntax errors in if expressions", () => {
  it("reports a missing operand", () => {
    expect(failure("{% if %}{% endif %}")).toEqual(
      parseError("Unexpected end of expression in if tag."),
    );
    expect(failure("{% if a == %}{% endif %}")).toEqual(
      parseError("Unexpected end of expression in if tag."),
    );
  });

  it("reports misplaced operators and operands", () => {
    expect(failure("{% if a b %}{% endif %}")).toEqual(
      parseError("Unused 'b' at end of if expression."),
    );
    expect(failure("{% if == a %}{% endif %}")).toEqual(
      parseError("Not expecting '==' in this position in if tag."),
    );
    expect(failure("{% if a not b %}{% endif %}")).toEqual(
      parseError("Not expecting 'not' as infix operator in if tag."),
    );
  });

  it("needs spaces around operators", () => {
    expect(failure("{% if a==b %}{% endif %}")).toEqual(
      parseError("Could not parse the remainder: '==b' from 'a==b'"),
    );
  });

  it("reports an error in an elif on the line of its if, as Django does", () => {
    expect(failure("{% if a %}\n{% elif %}\n{% endif %}")).toEqual(
      parseError("Unexpected end of expression in if tag."),
    );
  });
});

describe("syntax errors in variables and filters", () => {
  it("reports an unknown filter, even in a branch that never renders", () => {
    expect(failure("{% if False %}\n{{ x|bogus }}{% endif %}")).toEqual(
      parseError("Invalid filter: 'bogus'", 2),
    );
  });

  it("says when a real Django filter is simply not supported here", () => {
    expect(failure("{{ when|date:'Y' }}")).toEqual(
      parseError(
        "Invalid filter: 'date'. Django has this built-in filter, but this playground only supports: default, escape, length, lower, safe, upper, yesno.",
      ),
    );
  });

  it("checks the number of filter arguments", () => {
    expect(failure("{{ x|default }}")).toEqual(
      parseError("default requires 2 arguments, 1 provided"),
    );
    expect(failure("{{ x|upper:'a' }}")).toEqual(
      parseError("upper requires 1 arguments, 2 provided"),
    );
  });

  it("reports text it can't parse", () => {
    expect(failure("{{ x y }}")).toEqual(
      parseError("Could not parse the remainder: ' y' from 'x y'"),
    );
    expect(failure("{{ x| }}")).toEqual(parseError("Could not parse the remainder: '|' from 'x|'"));
    expect(failure("{{ |upper }}")).toEqual(
      parseError("Could not find variable at start of |upper."),
    );
    expect(failure("{{ 1e-5 }}")).toEqual(
      parseError("Could not parse the remainder: '-5' from '1e-5'"),
    );
  });

  it("rejects names starting with an underscore", () => {
    expect(failure("{{ _secret }}")).toEqual(
      parseError("Variables and attributes may not begin with underscores: '_secret'"),
    );
    expect(failure("{{ request.session._session_cache }}")).toEqual(
      parseError(
        "Variables and attributes may not begin with underscores: 'request.session._session_cache'",
      ),
    );
  });
});

describe("errors while rendering", () => {
  it("reports looping over a number as Python's TypeError, on the loop's line", () => {
    expect(failure("a\n{% for x in n %}{% endfor %}", { n: 5 })).toEqual(
      renderError("TypeError: 'int' object is not iterable", 2),
    );
  });

  it("reports the line of the innermost tag that failed", () => {
    const source = "{% if x %}\n\n  {% for y in x %}{% endfor %}{% endif %}";
    expect(failure(source, { x: 3 })).toEqual(
      renderError("TypeError: 'int' object is not iterable", 3),
    );
  });

  it("reports unpacking the wrong number of values", () => {
    expect(failure("{% for k, v in l %}{% endfor %}", { l: [[1, 2, 3]] })).toEqual(
      renderError("ValueError: Need 2 values to unpack in for loop; got 3."),
    );
  });

  it("reports a missing variable used as a filter argument, as Django does", () => {
    expect(failure("{{ x|default:missing }}", { x: 1 })).toEqual(
      renderError(
        "VariableDoesNotExist: Failed lookup for key [missing] in [{'True': True, 'False': False, 'None': None}, {'x': 1}]",
      ),
    );
  });

  it("treats a missing filter argument in an if condition as false", () => {
    expect(compileTemplate("{% if x|default:missing %}a{% else %}b{% endif %}")({})).toBe("b");
  });

  it("reports yesno given a non-string argument", () => {
    expect(failure("{{ x|yesno:n }}", { x: 1, n: 5 })).toEqual(
      renderError("AttributeError: 'int' object has no attribute 'split'"),
    );
  });

  it("reports an exception thrown by a function in the context", () => {
    const fail = () => {
      throw new RangeError("no such page");
    };
    expect(failure("ok\n{{ fail }}", { fail })).toEqual(renderError("RangeError: no such page", 2));
  });

  it("reports a function in the context that recurses forever as RecursionError", () => {
    const forever = (): number => forever() + 1;
    expect(failure("{{ forever }}", { forever })).toEqual(
      renderError("RecursionError: maximum recursion depth exceeded"),
    );
  });
});

describe("hostile input", () => {
  it("gives a clear error for tags nested too deeply to compile", () => {
    const source = "{% if x %}".repeat(20000);
    expect(failure(source)).toEqual(parseError("Template is nested too deeply to compile."));
  });

  it("renders a long run of unmatched tag openers as text", () => {
    expect(compileTemplate("{%".repeat(5000))({})).toBe("{%".repeat(5000));
  });

  it("prints self-containing lists and dicts the way Python does", () => {
    const list: unknown[] = [1];
    list.push(list);
    const dict: Record<string, unknown> = {};
    dict.self = dict;
    expect(compileTemplate("{{ list }} {{ dict }}")({ list, dict })).toBe(
      "[1, [...]] {&#x27;self&#x27;: {...}}",
    );
  });
});
