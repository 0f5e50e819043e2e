import { useEffect, useRef } from "react";
import { useT } from "../../i18n/useT.ts";
import { usePlayground } from "../../state/usePlayground.ts";
import { InactiveButton } from "../common/InactiveButton.tsx";

/**
 * A share link's scenario being opened: how far it got, and Cancel, which
 * leaves the playground as it was. (An import from a file says the same in
 * its own dialog.) Meanwhile the lab behind is inert (App).
 */
export function ShareProgress() {
  const { t } = useT("toolbar");
  const importing = usePlayground((s) => (s.importing?.share ? s.importing : null));
  const cancel = usePlayground((s) => s.cancelShare);
  const box = useRef<HTMLDivElement>(null);
  const shown = importing !== null;
  useEffect(() => {
    if (!shown) return;
    // Focus left in the now inert lab, or dropped to <body> as the question closed, comes to
    // Cancel: the keyboard keeps a way out.
    const at = document.activeElement;
    if (!at || at === document.body || at.closest("[inert]"))
      box.current?.querySelector("button")?.focus();
    return () => {
      // Cancel goes with the line (cancelled, or the scenario opened): focus it dropped to <body>
      // goes to the timeline's steps, what the link brought or the playground as it was; with no
      // steps, to what the browser shows (the start page's button).
      const now = document.activeElement;
      if (!now || now === document.body)
        (
          document.querySelector<HTMLElement>('.timeline [role="listbox"]') ??
          document.querySelector<HTMLElement>(
            ".browser-pane .browser-frame, .browser-pane .browser-big",
          )
        )?.focus();
    };
  }, [shown]);
  if (!importing) return null;
  return (
    <div className="notice info" role="status" data-testid="share-progress" ref={box}>
      <span>{t(`shared.${importing.phase}`, importing)}</span>
      {/* Once the scenario has run, applying it is quick and is not stopped half-way. */}
      <InactiveButton inactive={importing.phase === "applying"} onPress={cancel}>
        {t("dialog.cancel")}
      </InactiveButton>
    </div>
  );
}
