import { memo, useId, useState, type Ref } from "react";
import { handEditParams, handEditProblem } from "../../browser/handEditProblem.ts";
import { useT } from "../../i18n/useT.ts";
import { useProblemText } from "../common/useProblemText.ts";

/**
 * "Add a cookie", as typed into DevTools' cookie table. Memoized: the jar
 * panel re-renders with every step, and each controlled input costs a DOM write.
 */
export const AddCookieForm = memo(function AddCookieForm({
  onAdd,
  ref,
}: {
  onAdd(name: string, value: string): void;
  ref?: Ref<HTMLFormElement>;
}) {
  const { t } = useT("cookies");
  const [name, setName] = useState("");
  const [value, setValue] = useState("");
  const hintId = useId();
  const problemText = useProblemText();
  const refused = name.trim() ? handEditProblem(name.trim(), value) : null;
  return (
    <form
      ref={ref}
      className="cookie-add"
      aria-describedby={hintId}
      onSubmit={(e) => {
        e.preventDefault();
        if (!name.trim() || refused) return;
        onAdd(name.trim(), value);
        setName("");
        setValue("");
      }}
    >
      <fieldset>
        <legend>{t("add.title")}</legend>
        <div className="row">
          <label className="row">
            {t("add.name")}
            <input
              className="mono"
              size={12}
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          </label>
          <label className="row">
            {t("add.value")}
            <input
              className="mono"
              size={20}
              value={value}
              onChange={(e) => setValue(e.target.value)}
            />
          </label>
          <button type="submit" disabled={!name.trim() || refused !== null}>
            {t("add.submit")}
          </button>
        </div>
        {refused && (
          <p className="cookie-refused" role="alert">
            {problemText({
              code: `scenario.${refused}`,
              params: handEditParams(name.trim(), value),
            })}
          </p>
        )}
        <p className="hint" id={hintId}>
          {t("add.hint")}
        </p>
      </fieldset>
    </form>
  );
});
