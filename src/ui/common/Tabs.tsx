import { useId, useRef, type ReactNode } from "react";

export interface TabDef {
  id: string;
  label: ReactNode;
  content: () => ReactNode;
}

/**
 * WAI-ARIA tabs: arrow keys move between tabs, the panel is labelled by its
 * tab. Only the selected tab's content is rendered.
 */
export function Tabs({
  tabs,
  selected,
  onSelect,
  label,
}: {
  tabs: TabDef[];
  selected: string;
  onSelect(id: string): void;
  label: string;
}) {
  const base = useId();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const index = Math.max(
    0,
    tabs.findIndex((t) => t.id === selected),
  );
  const move = (to: number) => {
    const next = (to + tabs.length) % tabs.length;
    onSelect(tabs[next].id);
    refs.current[next]?.focus();
  };
  return (
    <div className="panel">
      <div className="panel-head">
        <div className="tabs" role="tablist" aria-label={label}>
          {tabs.map((t, i) => (
            <button
              key={t.id}
              ref={(el) => {
                refs.current[i] = el;
              }}
              role="tab"
              id={`${base}-tab-${t.id}`}
              aria-controls={`${base}-panel-${t.id}`}
              aria-selected={i === index}
              tabIndex={i === index ? 0 : -1}
              onClick={() => onSelect(t.id)}
              onKeyDown={(e) => {
                if (e.key === "ArrowRight") move(i + 1);
                else if (e.key === "ArrowLeft") move(i - 1);
                else if (e.key === "Home") move(0);
                else if (e.key === "End") move(tabs.length - 1);
                else return;
                e.preventDefault();
              }}
            >
              {t.label}
            </button>
          ))}
        </div>
      </div>
      <div
        className="panel-body"
        role="tabpanel"
        id={`${base}-panel-${tabs[index].id}`}
        aria-labelledby={`${base}-tab-${tabs[index].id}`}
        tabIndex={0}
      >
        {tabs[index].content()}
      </div>
    </div>
  );
}
