import { useId, useRef, useState } from "react";
import { useT } from "../../i18n/useT.ts";
import { usePlaygroundStore } from "../../state/usePlayground.ts";
import { copyText } from "./copyText.ts";
import { CopyButton } from "./CopyButton.tsx";
import { ModalDialog } from "../common/ModalDialog.tsx";

/** Share link: the scenario packed into a URL, copied at once and shown to copy again. */
export function ShareButton() {
  const { t } = useT("toolbar");
  const store = usePlaygroundStore();
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => {
          const made = store.getState().shareLink(location.href);
          setLink(made);
          setCopied(null);
          // Copied in the click itself: some browsers only allow it during the user's gesture.
          void copyText(made).then(setCopied);
        }}
      >
        {t("share.button")}
      </button>
      <ModalDialog open={link !== null} onClose={() => setLink(null)} title={t("share.title")}>
        {link !== null && <ShareContent link={link} copied={copied} onDone={() => setLink(null)} />}
      </ModalDialog>
    </>
  );
}

function ShareContent({
  link,
  copied,
  onDone,
}: {
  link: string;
  copied: boolean | null;
  onDone(): void;
}) {
  const { t } = useT("toolbar");
  const field = useRef<HTMLInputElement>(null);
  const fieldId = useId();
  return (
    <div className="stack">
      <p role="status" className={copied === false ? "tb-warn" : "tb-ok"}>
        {copied === null ? "" : copied ? t("share.copied") : t("share.notCopied")}
      </p>
      <p>{t("share.intro")}</p>
      <label htmlFor={fieldId}>{t("share.field")}</label>
      <input
        id={fieldId}
        ref={field}
        className="mono"
        readOnly
        value={link}
        onFocus={(e) => e.target.select()}
      />
      <div className="row modal-dialog-actions">
        <CopyButton text={link} field={field} />
        <span className="tb-fill" />
        <button type="button" data-autofocus onClick={onDone}>
          {t("dialog.close")}
        </button>
      </div>
    </div>
  );
}
