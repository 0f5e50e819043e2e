import { useEffect, useLayoutEffect, useRef } from "react";
import { useT } from "../../i18n/useT.ts";
import { usePlayground } from "../../state/usePlayground.ts";
import { useUiPrefs } from "../../state/uiPrefs.ts";
import type { PageLoad } from "../../state/browserScreenAt.ts";
import { formFields } from "./formFields.ts";
import { formTarget, resolveLink, type PageTarget } from "./pageTargets.ts";

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The response as the frame renders it: HTML as is, anything else as text. */
const frameDocument = (load: PageLoad) =>
  /html/i.test(load.contentType) || load.contentType === ""
    ? load.body
    : `<pre style="white-space:pre-wrap">${escapeHtml(load.body)}</pre>`;

/**
 * The response body, rendered in a sandboxed frame. No allow-scripts: the
 * page's own scripts never run. allow-same-origin lets the app reach into the
 * frame to catch clicks and submissions, and allow-forms is needed for the
 * submit event to fire at all (Chromium blocks a sandboxed form before it);
 * every click and submission is cancelled here and replayed through the
 * simulated browser, so the frame never navigates by itself.
 */
export function PageFrame({
  load,
  browser,
  readOnly,
  onMessage,
}: {
  load: PageLoad;
  browser: string;
  readOnly: boolean;
  onMessage(message: string | null): void;
}) {
  const { t } = useT("browser");
  const navigate = usePlayground((s) => s.navigate);
  const presenter = useUiPrefs((s) => s.presenter);
  const frame = useRef<HTMLIFrameElement>(null);
  // The frame's listeners are attached once per document: they read the latest props from here.
  const latest = useRef({ load, readOnly, navigate, onMessage, t });
  useEffect(() => {
    latest.current = { load, readOnly, navigate, onMessage, t };
  });

  // A link or form in the page asked for the next one: as in a browser, the new page takes focus.
  // Else it falls to <body> with the old frame, and the next Tab starts from the top of the app.
  const fromPage = useRef(false);
  useLayoutEffect(() => {
    if (!fromPage.current) return;
    fromPage.current = false;
    // Unless the learner has put focus somewhere else while the page was on its way.
    if (document.activeElement === document.body) frame.current?.focus();
  }, [load.index]);

  const go = (target: PageTarget, method = "GET", form?: Record<string, string>) => {
    const { readOnly, navigate, onMessage, t } = latest.current;
    if (readOnly) return onMessage(t("frame.pastReadOnly"));
    if (target.kind === "fragment") return;
    if (target.kind === "external") return onMessage(t("frame.external", { url: target.url }));
    onMessage(null);
    fromPage.current = true;
    void navigate(target.path, { method, ...(form ? { form } : {}), origin: target.origin });
  };

  const attach = () => {
    const el = frame.current;
    const doc = el?.contentDocument;
    if (!el || !doc) return;
    // The page is unstyled: give it the app's size so presenter mode enlarges it too.
    doc.documentElement.style.fontSize = getComputedStyle(el).fontSize;
    doc.addEventListener("click", (e) => {
      const a = (e.target as Element | null)?.closest?.("a[href]");
      if (!a || e.defaultPrevented) return;
      e.preventDefault();
      go(resolveLink(a.getAttribute("href") ?? "", latest.current.load.url));
    });
    doc.addEventListener("submit", (e) => {
      e.preventDefault();
      const form = e.target as HTMLFormElement;
      const submitter = (e as SubmitEvent).submitter;
      const { method, target } = formTarget(
        submitter?.getAttribute("formaction") ?? form.getAttribute("action"),
        submitter?.getAttribute("formmethod") ?? form.getAttribute("method"),
        latest.current.load.url,
      );
      go(target, method, formFields(form, submitter));
    });
  };

  return (
    <iframe
      // A new document per page load (a failed login shows an empty form again, as a browser
      // would) and when presenter mode changes, so the page picks up the new size.
      key={`${load.index}-${presenter}`}
      ref={frame}
      className="browser-frame"
      title={t("frame.title", { name: browser, url: load.url })}
      sandbox="allow-same-origin allow-forms"
      srcDoc={frameDocument(load)}
      onLoad={attach}
    />
  );
}
