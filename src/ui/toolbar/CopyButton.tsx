import { useState, type RefObject } from "react";
import { useT } from "../../i18n/useT.ts";
import { copyText } from "./copyText.ts";

/**
 * Copies `text` and says so; when the clipboard is out of reach, selects the
 * field showing the text so Ctrl+C does it.
 */
export function CopyButton({
  text,
  field,
}: {
  text: string;
  field: RefObject<HTMLInputElement | HTMLTextAreaElement | null>;
}) {
  const { t } = useT("toolbar");
  const [outcome, setOutcome] = useState<"copied" | "failed" | null>(null);
  return (
    <>
      <button
        type="button"
        onClick={async () => {
          const ok = await copyText(text);
          if (!ok) {
            field.current?.focus();
            field.current?.select();
          }
          setOutcome(ok ? "copied" : "failed");
        }}
      >
        {t("copy.button")}
      </button>
      <span role="status" className={outcome === "failed" ? "tb-warn" : "tb-ok"}>
        {outcome && t(`copy.${outcome}`)}
      </span>
    </>
  );
}
