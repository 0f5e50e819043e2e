import { pyFloat } from "../../engine/python/pyFloat.ts";
import { describe, expect, it } from "vitest";
import { renderTemplate } from "./renderTemplate.ts";

// Every expected string below is what Django 5.2 renders for the same template
// and (JSON) context with `Engine().from_string(source).render(Context(context))`.
const render = (source: string, context: Record<string, unknown> = {}) =>
  renderTemplate(source, context);

describe("variables", () => {
  it("renders a variable from the context", () => {
    expect(render("Hello {{ name }}!", { name: "Ada" })).toBe("Hello Ada!");
  });

  it("renders a session's float as a float, in a list too, and compares it as a number", () => {
    const context = { total: pyFloat(10), prices: [pyFloat(2), 0.5] };
    expect(
      renderTemplate("{{ total }} {{ prices }} {% if total == 10 %}ten{% endif %}", context),
    ).toBe("10.0 [2.0, 0.5] ten");
  });

  it("gives a float no attributes of JavaScript's Number", () => {
    expect(
      renderTemplate("{% if total.toFixed is None %}none{% endif %}", { total: pyFloat(10) }),
    ).toBe("none");
  });

  it("renders a missing variable as an empty string", () => {
    expect(render("[{{ missing }}]")).toBe("[]");
  });

  it("looks up dict keys, list indexes and nested values with dots", () => {
    const context = { user: { name: "Ada" }, items: ["a", { x: 2 }] };
    expect(render("{{ user.name }} {{ items.0 }} {{ items.1.x }}", context)).toBe("Ada a 2");
  });

  it("renders a failed step anywhere in a dotted lookup as an empty string", () => {
    const context = { user: { name: null }, items: [1] };
    expect(render("[{{ user.nope.deeper }}][{{ items.9 }}][{{ user.name.x }}]", context)).toBe(
      "[][][]",
    );
  });

  it("prefers a dict key over a dict method of the same name", () => {
    expect(render("{{ d.items }}", { d: { items: "mine" } })).toBe("mine");
  });

  it("calls the dict methods keys, values and items", () => {
    const context = { d: { a: 1, b: "x" } };
    expect(render("{{ d.keys }} {{ d.values }}", context)).toBe(
      "dict_keys([&#x27;a&#x27;, &#x27;b&#x27;]) dict_values([1, &#x27;x&#x27;])",
    );
    expect(render("{{ d.items }}", context)).toBe(
      "dict_items([(&#x27;a&#x27;, 1), (&#x27;b&#x27;, &#x27;x&#x27;)])",
    );
  });

  it("indexes strings by character, counting an emoji as one", () => {
    expect(render("{{ s.0 }}{{ s.1 }}{{ s.2 }}", { s: "😀é!" })).toBe("😀é!");
  });

  it("calls zero-argument string methods such as upper and title", () => {
    expect(render("{{ s.upper }} / {{ s.title }}", { s: "hello they're" })).toBe(
      "HELLO THEY&#x27;RE / Hello They&#x27;Re",
    );
  });

  it("does not expose JavaScript properties of lists", () => {
    expect(render("[{{ items.length }}]", { items: [1, 2] })).toBe("[]");
  });

  it("renders string and number literals", () => {
    expect(render(`{{ "text" }} {{ 'single' }} {{ 42 }} {{ -3 }} {{ 1_000 }}`)).toBe(
      "text single 42 -3 1000",
    );
  });

  it("keeps float literals as floats", () => {
    expect(render("{{ 1.0 }} {{ 2.50 }} {{ 1e3 }} {{ .5 }} {{ 1e400 }}")).toBe(
      "1.0 2.5 1000.0 0.5 inf",
    );
  });

  it("knows the names True, False and None", () => {
    expect(render("{{ True }} {{ False }} {{ None }}")).toBe("True False None");
  });

  it("unescapes only quotes and backslashes in string literals", () => {
    expect(render(String.raw`{{ 'it\'s' }} {{ "a\\b" }} {{ "a\nb" }}`)).toBe(
      String.raw`it's a\b a\nb`,
    );
  });
});

describe("value formatting", () => {
  it("prints booleans and null the Python way", () => {
    expect(render("{{ t }} {{ f }} {{ n }}", { t: true, f: false, n: null })).toBe(
      "True False None",
    );
  });

  it("prints numbers as Django localizes them", () => {
    const context = { a: 42, b: 2.5, c: 0.00001, d: 1e21, e: -0.5 };
    expect(render("{{ a }} {{ b }} {{ c }} {{ d }} {{ e }}", context)).toBe(
      "42 2.5 0.00001 1000000000000000000000 -0.5",
    );
  });

  it("prints lists and dicts as Python reprs, then escapes them", () => {
    expect(render("{{ l }}", { l: ["a", 1, true, null, 1e-5, []] })).toBe(
      "[&#x27;a&#x27;, 1, True, None, 1e-05, []]",
    );
    expect(render("{{ d }}", { d: { k: true, n: [1.5], e: {} } })).toBe(
      "{&#x27;k&#x27;: True, &#x27;n&#x27;: [1.5], &#x27;e&#x27;: {}}",
    );
  });

  it("quotes strings inside containers as Python's repr does", () => {
    expect(render("{{ l }}", { l: ["it's", `say "hi"`, "tab\there", "back\\slash"] })).toBe(
      "[&quot;it&#x27;s&quot;, &#x27;say &quot;hi&quot;&#x27;, &#x27;tab\\there&#x27;, &#x27;back\\\\slash&#x27;]",
    );
  });
});

describe("autoescaping", () => {
  it("escapes the five HTML-special characters like Django's escape", () => {
    expect(render("{{ s }}", { s: `<a href="x">Tom & 'Jerry'</a>` })).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#x27;Jerry&#x27;&lt;/a&gt;",
    );
  });

  it("leaves the template's own markup alone", () => {
    expect(render("<b>{{ s }}</b>", { s: "<i>" })).toBe("<b>&lt;i&gt;</b>");
  });

  it("does not escape string literals written in the template", () => {
    expect(render(`{{ "<b>" }}|{{ missing|default:"<i>none</i>" }}`)).toBe("<b>|<i>none</i>");
  });

  it("escapes a default taken from a context variable", () => {
    expect(render("{{ a|default:b }}", { a: null, b: "<b>" })).toBe("&lt;b&gt;");
  });
});

describe("filters", () => {
  it("default replaces any falsy value, including a missing one", () => {
    const context = { a: 0, b: "", c: "v", d: [], e: false };
    const template =
      "{{ a|default:'x' }} {{ b|default:'x' }} {{ c|default:'x' }} {{ d|default:'x' }} {{ e|default:'x' }} {{ missing|default:'x' }}";
    expect(render(template, context)).toBe("x x v x x x");
  });

  it("length counts characters, items and keys, and is 0 for anything else", () => {
    const context = { s: "héllo😀", l: [1, 2], d: { a: 1 }, n: 5 };
    expect(
      render(
        "{{ s|length }} {{ l|length }} {{ d|length }} {{ n|length }} {{ missing|length }}",
        context,
      ),
    ).toBe("6 2 1 0 0");
  });

  it("upper and lower work on the str() of any value", () => {
    const context = { s: "Ab", n: null, b: true, l: ["x"] };
    expect(
      render("{{ s|upper }} {{ s|lower }} {{ n|upper }} {{ b|lower }} {{ l|upper }}", context),
    ).toBe("AB ab NONE true [&#x27;X&#x27;]");
  });

  it("safe turns autoescaping off for its value", () => {
    expect(render("{{ s|safe }}", { s: "<b>" })).toBe("<b>");
  });

  it("escape never escapes twice", () => {
    expect(render("{{ s|escape }} {{ s|escape|escape }}", { s: "<b>&" })).toBe(
      "&lt;b&gt;&amp; &lt;b&gt;&amp;",
    );
  });

  it("keeps a safe value safe through lower but not through upper, as Django does", () => {
    expect(render("{{ s|safe|lower }} {{ s|safe|upper }}", { s: "<B>" })).toBe("<b> &lt;B&gt;");
  });

  it("yesno maps true, false and None to its choices", () => {
    const context = { t: 1, f: 0, n: null };
    const template =
      "{{ t|yesno }} {{ f|yesno }} {{ n|yesno }} {{ n|yesno:'on,off' }} {{ t|yesno:'on,off,unknown' }} {{ t|yesno:'one' }}";
    expect(render(template, context)).toBe("yes no maybe off on 1");
  });

  it("chains filters left to right and allows spaces around the bar", () => {
    expect(render("{{ s | lower | length }} {{ s|upper }}", { s: "ABC" })).toBe("3 ABC");
  });
});

describe("if", () => {
  const truth = (value: unknown) =>
    render("{% if v %}T{% else %}F{% endif %}", value === undefined ? {} : { v: value });

  it("treats empty, zero and None values as false like Python", () => {
    for (const value of ["", [], {}, 0, 0.0, null, false, undefined]) {
      expect(truth(value)).toBe("F");
    }
  });

  it("treats non-empty and non-zero values as true like Python", () => {
    for (const value of ["0", " ", [0], { a: 0 }, -1, 0.5, true]) {
      expect(truth(value)).toBe("T");
    }
  });

  it("picks the first true branch of elif and else", () => {
    const template = "{% if a %}A{% elif b %}B{% elif c %}C{% else %}D{% endif %}";
    expect(render(template, { b: 1, c: 1 })).toBe("B");
    expect(render(template, {})).toBe("D");
  });

  it("binds and tighter than or, and not looser than comparisons", () => {
    expect(render("{% if a or b and c %}T{% else %}F{% endif %}", { a: 1, b: 0, c: 0 })).toBe("T");
    expect(render("{% if not a == b %}T{% else %}F{% endif %}", { a: 1, b: 2 })).toBe("T");
  });

  it("compares numbers and strings", () => {
    const template =
      "{% if n > 1 %}gt {% endif %}{% if n >= 2 %}ge {% endif %}{% if n < 3 %}lt {% endif %}{% if n <= 1 %}le {% endif %}{% if n == 2 %}eq {% endif %}{% if n != 2 %}ne{% endif %}{% if 'a' < 'b' %}ab{% endif %}";
    expect(render(template, { n: 2 })).toBe("gt ge lt eq ab");
  });

  it("uses Python equality across bool, int and float, but not str", () => {
    const template =
      "{% if one == True %}a{% endif %}{% if 1.0 == one %}b{% endif %}{% if '1' == one %}c{% endif %}";
    expect(render(template, { one: 1 })).toBe("ab");
  });

  it("compares lists and dicts by contents", () => {
    const context = { a: [1, { k: [true] }], b: [1.0, { k: [1] }] };
    expect(render("{% if a == b %}same{% endif %}", context)).toBe("same");
  });

  it("tests membership with in and not in", () => {
    const template =
      "{% if 'b' in s %}1{% endif %}{% if 2 in l %}2{% endif %}{% if 'k' in d %}3{% endif %}{% if 'z' not in s %}4{% endif %}";
    expect(render(template, { s: "abc", l: [1, 2], d: { k: 0 } })).toBe("1234");
  });

  it("makes a comparison Python can't do false, whichever way it is asked", () => {
    const template =
      "{% if n < 1 %}a{% else %}b{% endif %}{% if 1 in s %}c{% else %}d{% endif %}{% if 1 not in s %}e{% else %}f{% endif %}";
    expect(render(template, { n: null, s: "abc" })).toBe("bdf");
  });

  it("applies filters inside conditions", () => {
    expect(render("{% if items|length > 2 %}many{% endif %}", { items: [1, 2, 3] })).toBe("many");
  });

  it("tests for None with is and is not", () => {
    const template = "{% if x is None %}none {% endif %}{% if y is not None %}set{% endif %}";
    expect(render(template, { x: null, y: 0 })).toBe("none set");
  });

  it("keeps quoted strings with spaces as one operand", () => {
    expect(render(`{% if title == "Log in" %}yes{% endif %}`, { title: "Log in" })).toBe("yes");
  });
});

describe("for", () => {
  it("loops with forloop.counter and forloop.last", () => {
    const template =
      "{% for x in items %}{{ forloop.counter }}:{{ x }}{% if not forloop.last %}, {% endif %}{% endfor %}";
    expect(render(template, { items: ["a", "b", "c"] })).toBe("1:a, 2:b, 3:c");
  });

  it("offers counter0, first, last and revcounter", () => {
    const template =
      "{% for x in items %}{{ forloop.counter0 }}{{ forloop.first }}{{ forloop.last }}{{ forloop.revcounter }} {% endfor %}";
    expect(render(template, { items: [1, 2] })).toBe("0TrueFalse2 1FalseTrue1 ");
  });

  it("unpacks pairs into two loop variables", () => {
    const template = "{% for k, v in pairs %}{{ k }}={{ v }};{% endfor %}";
    expect(
      render(template, {
        pairs: [
          ["a", 1],
          ["b", [2]],
        ],
      }),
    ).toBe("a=1;b=[2];");
  });

  it("loops over a dict's items", () => {
    const template = "{% for key, value in session.items %}{{ key }}: {{ value }}\n{% endfor %}";
    expect(render(template, { session: { user_id: "42", theme: "dark" } })).toBe(
      "user_id: 42\ntheme: dark\n",
    );
  });

  it("loops over a dict's keys and a string's characters", () => {
    expect(render("{% for k in d %}{{ k }}{% endfor %}", { d: { a: 1, b: 2 } })).toBe("ab");
    expect(render("{% for c in s %}[{{ c }}]{% endfor %}", { s: "hé" })).toBe("[h][é]");
  });

  it("renders the empty branch for an empty, missing or None sequence", () => {
    const template = "{% for x in items %}{{ x }}{% empty %}none{% endfor %}";
    expect(render(template, { items: [] })).toBe("none");
    expect(render(template, {})).toBe("none");
    expect(render(template, { items: null })).toBe("none");
  });

  it("loops backwards with reversed", () => {
    expect(render("{% for x in items reversed %}{{ x }}{% endfor %}", { items: [1, 2, 3] })).toBe(
      "321",
    );
  });

  it("gives nested loops their parent's forloop", () => {
    const template =
      "{% for a in outer %}{% for b in inner %}{{ forloop.parentloop.counter }}.{{ forloop.counter }} {% endfor %}{% endfor %}";
    expect(render(template, { outer: [1, 2], inner: [1, 2] })).toBe("1.1 1.2 2.1 2.2 ");
  });

  it("forgets the loop variable after the loop", () => {
    expect(
      render("{% for x in items %}{{ x }}{% endfor %}{{ x }}", { items: [1], x: "outer" }),
    ).toBe("1outer");
  });

  it("prints the forloop dict as Django does", () => {
    expect(render("{% for x in items %}{{ forloop }}{% endfor %}", { items: [1] })).toBe(
      "{&#x27;parentloop&#x27;: {}, &#x27;counter0&#x27;: 0, &#x27;counter&#x27;: 1, &#x27;revcounter&#x27;: 1, &#x27;revcounter0&#x27;: 0, &#x27;first&#x27;: True, &#x27;last&#x27;: True}",
    );
  });

  it("prints a dict item as a tuple", () => {
    expect(render("{% for p in d.items %}{{ p }} {{ p.0 }}{% endfor %}", { d: { a: 1 } })).toBe(
      "(&#x27;a&#x27;, 1) a",
    );
  });
});

describe("comments and csrf_token", () => {
  it("drops comments, even ones holding invalid tags", () => {
    expect(render("a{# note #}b{% comment %}{% if %}{{ x|bogus }}{% endcomment %}c")).toBe("abc");
    expect(render("{% comment 'why' %}hidden{% endcomment %}")).toBe("");
  });

  it("leaves a {# #} comment that spans lines as text, as Django does", () => {
    expect(render("{# a\nb #}")).toBe("{# a\nb #}");
  });

  it("renders csrf_token as nothing when the context has no token", () => {
    expect(render("<form>{% csrf_token %}</form>")).toBe("<form></form>");
  });

  it("renders csrf_token as Django's hidden input when given a token", () => {
    expect(render("{% csrf_token %}", { csrf_token: "a<b" })).toBe(
      '<input type="hidden" name="csrfmiddlewaretoken" value="a&lt;b">',
    );
  });
});

describe("pages like the demo site's", () => {
  const login = `<h1>Log in</h1>
{% if error %}<p class="error">{{ error }}</p>{% endif %}
<form method="post" action="/login/">
  {% csrf_token %}
  <input name="username" value="{{ username|default:'' }}">
  <input name="password" type="password">
  <button type="submit">Log in</button>
</form>`;

  it("renders a login page without an error", () => {
    expect(render(login, {})).toBe(`<h1>Log in</h1>

<form method="post" action="/login/">
  
  <input name="username" value="">
  <input name="password" type="password">
  <button type="submit">Log in</button>
</form>`);
  });

  it("renders a login page with an error and the username kept, escaped", () => {
    expect(render(login, { error: "Wrong password.", username: `bob"<` })).toBe(`<h1>Log in</h1>
<p class="error">Wrong password.</p>
<form method="post" action="/login/">
  
  <input name="username" value="bob&quot;&lt;">
  <input name="password" type="password">
  <button type="submit">Log in</button>
</form>`);
  });

  const backend = `<h1>Welcome, {{ user.username }}</h1>
<table>
{% for key, value in session.items %}  <tr><th>{{ key }}</th><td>{{ value }}</td></tr>
{% empty %}  <tr><td>The session is empty.</td></tr>
{% endfor %}</table>
<p>Visits: {{ visits }} time{% if visits != 1 %}s{% endif %}.</p>
{% if user.is_staff %}<a href="/admin/">Admin</a>{% endif %}`;

  it("renders a backend page listing the session", () => {
    const context = {
      user: { username: "alice", is_staff: false },
      session: { _auth_user_id: "1", cart: ["apple", "pear"] },
      visits: 1,
    };
    expect(render(backend, context)).toBe(`<h1>Welcome, alice</h1>
<table>
  <tr><th>_auth_user_id</th><td>1</td></tr>
  <tr><th>cart</th><td>[&#x27;apple&#x27;, &#x27;pear&#x27;]</td></tr>
</table>
<p>Visits: 1 time.</p>
`);
  });

  it("renders a backend page with an empty session", () => {
    const context = { user: { username: "root", is_staff: true }, session: {}, visits: 3 };
    expect(render(backend, context)).toBe(`<h1>Welcome, root</h1>
<table>
  <tr><td>The session is empty.</td></tr>
</table>
<p>Visits: 3 times.</p>
<a href="/admin/">Admin</a>`);
  });
});
