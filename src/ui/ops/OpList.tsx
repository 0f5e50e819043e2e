import { useId, useRef, type KeyboardEvent } from "react";
import { useT } from "../../i18n/useT.ts";
import { OP_GROUPS, opLabel } from "./opCatalog.ts";

const ORDER = OP_GROUPS.flatMap((g) => g.ops);

/**
 * Every operation, grouped, as a listbox: arrow keys move the selection
 * (aria-activedescendant), so the editor beside it follows at once.
 */
export function OpList({ selected, onSelect }: { selected: string; onSelect(op: string): void }) {
  const { t } = useT("ops");
  const base = useId();
  const list = useRef<HTMLDivElement>(null);
  const optionId = (op: string) => `${base}-${op}`;
  const move = (to: number) => {
    const op = ORDER[Math.max(0, Math.min(ORDER.length - 1, to))];
    onSelect(op);
    document.getElementById(optionId(op))?.scrollIntoView({ block: "nearest" });
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const at = ORDER.indexOf(selected);
    if (e.key === "ArrowDown") move(at + 1);
    else if (e.key === "ArrowUp") move(at - 1);
    else if (e.key === "Home") move(0);
    else if (e.key === "End") move(ORDER.length - 1);
    else return;
    e.preventDefault();
  };
  return (
    <div
      ref={list}
      className="ops-list"
      role="listbox"
      aria-label={t("listLabel")}
      tabIndex={0}
      aria-activedescendant={optionId(selected)}
      onKeyDown={onKeyDown}
    >
      {OP_GROUPS.map((group) => (
        <div key={group.id} role="group" aria-labelledby={`${base}-g-${group.id}`}>
          <div id={`${base}-g-${group.id}`} className="ops-group-label" role="presentation">
            {t(`groups.${group.id}`)}
          </div>
          {group.ops.map((op) => (
            <div
              key={op}
              id={optionId(op)}
              role="option"
              aria-selected={op === selected}
              className="ops-option mono"
              aria-label={opLabel(op)}
              onClick={() => {
                onSelect(op);
                list.current?.focus();
              }}
            >
              {/* A long name (get_expire_at_browser_close()) wraps after an underscore, not cut. */}
              {opLabel(op)
                .split(/(?<=_)/)
                .flatMap((part, i) => (i ? [<wbr key={i} />, part] : [part]))}
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
