import type { PyException } from "./protocol.ts";

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * A page in the spirit of Django's DEBUG technical 500 page: the exception,
 * where it happened in the learner's views.py, and the traceback with the
 * source lines around each frame.
 */
export function technical500(
  error: PyException,
  request: { method: string; url: string },
  source: string,
): string {
  const lines = source.split("\n");
  const last = error.frames.at(-1);
  const frames = error.frames
    .map((f) => {
      const context =
        f.file === "views.py"
          ? lines
              .slice(Math.max(0, f.line - 3), f.line + 2)
              .map((text, i) => {
                const n = Math.max(0, f.line - 3) + i + 1;
                return `<li${n === f.line ? ' class="here"' : ""}><span class="n">${n}</span>${esc(text)}</li>`;
              })
              .join("")
          : `<li class="here">${esc(f.code)}</li>`;
      return `<div class="frame"><code>${esc(f.file)}</code>, line ${f.line}, in <code>${esc(f.name)}</code><ol class="code">${context}</ol></div>`;
    })
    .join("");
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${esc(error.exception)} at ${esc(new URL(request.url).pathname)}</title>
<style>
body{font:14px sans-serif;margin:0;background:#fff;color:#000}
#summary{background:#ffc;padding:10px 20px;border-bottom:1px solid #ddd}
#summary h1{font-weight:normal;margin:0 0 8px}
#summary h1 span{color:#666}
.exception_value{font-size:1.3em;font-weight:bold;white-space:pre-wrap;margin:0 0 10px}
table.meta th{text-align:right;padding-right:10px;color:#666;font-weight:normal}
#traceback{padding:10px 20px}
.frame{margin:0 0 12px}
ol.code{list-style:none;background:#f6f6f6;margin:4px 0;padding:4px 0;font-family:monospace;white-space:pre}
ol.code li{padding:0 8px}
ol.code li.here{background:#d6c2c2}
.n{color:#888;display:inline-block;width:3em}
</style></head><body>
<div id="summary">
<h1>${esc(error.exception)} <span>at ${esc(new URL(request.url).pathname)}</span></h1>
<pre class="exception_value">${esc(error.message || "No exception message supplied")}</pre>
<table class="meta">
<tr><th>Request Method:</th><td>${esc(request.method)}</td></tr>
<tr><th>Request URL:</th><td>${esc(request.url)}</td></tr>
<tr><th>Exception Type:</th><td>${esc(error.exception)}</td></tr>
<tr><th>Exception Value:</th><td><pre>${esc(error.message)}</pre></td></tr>
${last ? `<tr><th>Exception Location:</th><td>${esc(last.file)}, line ${last.line}, in ${esc(last.name)}</td></tr>` : ""}
</table>
</div>
<div id="traceback"><h2>Traceback</h2>${frames || "<p>(no frames in views.py)</p>"}</div>
</body></html>`;
}
