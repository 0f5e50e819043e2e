import { useId } from "react";
import { useT } from "../../i18n/useT.ts";
import { readValue } from "./opDraft.ts";
import { pyLiteral } from "./pyLiteral.ts";

/** A value typed as a JSON literal (else taken as text), with how it will be read, as Python. */
export function ValueField({
  label,
  text,
  onChange,
  disabled = false,
}: {
  label: string;
  text: string;
  onChange(text: string): void;
  disabled?: boolean;
}) {
  const { t } = useT("ops");
  const noteId = useId();
  const inputId = useId();
  const read = readValue(text);
  const word = text.trim();
  return (
    <div className="ops-field">
      <label className="ops-field-label" htmlFor={inputId}>
        {label}
      </label>
      <input
        id={inputId}
        className="mono ops-value"
        value={text}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={noteId}
        spellCheck={false}
        autoComplete="off"
      />
      <span id={noteId} className="hint ops-read-as">
        {!disabled && (
          <>
            {/* The keys end with their separator: ": " in English, "：" in Chinese. */}
            {t(read.json ? "readAs.json" : "readAs.text", { type: read.type })}
            <code>{pyLiteral(read.value)}</code>
            {read.pythonSpelling && (
              <span className="ops-tip">
                {" "}
                {t("readAs.pythonSpelling", {
                  word,
                  json: word === "True" ? "true" : word === "False" ? "false" : "null",
                })}
              </span>
            )}
          </>
        )}
      </span>
    </div>
  );
}
