import { useT } from "../../i18n/useT.ts";
import type { Op } from "../../server/views/ops.ts";
import { opPython, type OpPythonContext } from "./opPython.ts";
import { PythonLine } from "./PythonLine.tsx";
import { opResultView } from "./opResult.ts";
import "./ops.css";

/** Each op of a request as its Python line, beside its result (a value, ✓ done, or the exception in red). */
export function OpResultsTable({
  ops,
  results,
  ctx,
}: {
  ops: Op[];
  results: unknown[];
  ctx: OpPythonContext;
}) {
  const { t } = useT("ops");
  return (
    <table className="grid ops-results">
      <thead>
        <tr>
          <th scope="col">{t("result.python")}</th>
          <th scope="col">{t("result.value")}</th>
        </tr>
      </thead>
      <tbody>
        {ops.map((op, i) => {
          const view = opResultView(op[0], results[i]);
          return (
            <tr key={i}>
              <td className="py-cell">
                <PythonLine code={opPython(op, ctx)} />
              </td>
              <td className="py-cell">
                {view.kind === "error" ? (
                  <>
                    <span className="py-error">{view.name}</span>{" "}
                    <span className="py-raised">{t("result.raised")}</span>
                  </>
                ) : view.kind === "done" ? (
                  <span className="py-done">✓ {t("result.done")}</span>
                ) : (
                  view.text
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
