import { useEffect, useRef, useState } from "react";
import { useT } from "../../i18n/useT.ts";
import { useOpener } from "../common/useOpener.ts";
import { useRoomInPane } from "./useRoomInPane.ts";

export interface CopyTarget {
  name: string;
  /** Not a browser yet: copying opens it. */
  isNew: boolean;
}

/** Copying a cookie into another browser's jar, with what that means: session hijacking. */
export function CopyCookieBox({
  id,
  cookieName,
  targets,
  onCopy,
  onCancel,
  signedCookies,
}: {
  id: string;
  cookieName: string;
  /** SESSION_ENGINE is signed_cookies: nothing on the server can end a copy's session. */
  signedCookies: boolean;
  targets: CopyTarget[];
  onCopy(target: CopyTarget): void;
  onCancel(): void;
}) {
  const { t } = useT("cookies");
  const [target, setTarget] = useState(0);
  const backToOpener = useOpener();
  const cancel = () => {
    onCancel();
    backToOpener();
  };
  // The box opens below the table: all of it in view, its explanation too. The pane is given
  // the room (in presenter mode at 1280×720 the box alone is twice its height), and once it has
  // it, the box goes to the pane's bottom, with as much of the table above it as fits; should
  // the room still be short (a small window), the box's start goes to the pane's top instead:
  // the explanation reads from there. Again whenever the box or the pane changes size (the
  // other language, presenter mode, a divider), in the frame after, as the loan is worked out.
  const box = useRef<HTMLElement>(null);
  useRoomInPane(box, true);
  useEffect(() => {
    const el = box.current;
    const body = el?.closest<HTMLElement>(".panel-body");
    if (!el || !body) return;
    let frame = 0;
    const place = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        // Braces: Chromium's scrollIntoView returns a promise.
        void el.scrollIntoView({ block: el.offsetHeight > body.clientHeight ? "start" : "end" });
      });
    };
    const observer = new ResizeObserver(place);
    observer.observe(el);
    observer.observe(body);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, []);
  return (
    <section
      ref={box}
      className="cookie-copy"
      id={id}
      aria-label={t("copyLabel", { name: cookieName })}
      onKeyDown={(e) => e.key === "Escape" && cancel()}
    >
      <div className="row">
        <label className="row">
          {t("copyTitle", { name: cookieName })}
          {/* Focus moves here from the row's button: the box sits below the table. */}
          <select autoFocus value={target} onChange={(e) => setTarget(Number(e.target.value))}>
            {targets.map((c, i) => (
              <option key={c.name} value={i}>
                {c.isNew ? t("newBrowser", { name: c.name }) : t("browserName", { name: c.name })}
              </option>
            ))}
          </select>
        </label>
        <button
          className="primary"
          onClick={() => {
            onCopy(targets[target]);
            backToOpener();
          }}
        >
          {t("copy")}
        </button>
        <button onClick={cancel}>{t("cancel")}</button>
      </div>
      <p className="hint cookie-hijack">{t("hijack")}</p>
      <p className="hint cookie-hijack">{t(signedCookies ? "hijackEndsSigned" : "hijackEnds")}</p>
    </section>
  );
}
