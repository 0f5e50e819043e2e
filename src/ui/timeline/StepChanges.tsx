import { useT } from "../../i18n/useT.ts";
import { abbreviate, type SummaryItem } from "./stepSummary.ts";
import "./timeline.css";

const TONE: Record<SummaryItem["kind"], string> = {
  setCookie: "ok",
  deleteCookie: "warn",
  rejectedCookie: "bad",
  jar: "",
  store: "",
};

function useItemText() {
  const { t } = useT("timeline");
  return (item: SummaryItem): string => {
    switch (item.kind) {
      case "setCookie":
        return t(`summary.setCookie.${item.newSession ? "newSession" : item.how}`, {
          name: item.name,
          value: abbreviate(item.value),
        });
      case "deleteCookie":
        return t(item.hadCookie ? "summary.deleteCookie" : "summary.deleteNothing", {
          name: item.name,
        });
      case "rejectedCookie":
        return t("summary.rejected", { name: item.name, reason: t(`reasons.${item.reason}`) });
      case "jar":
        return t(`summary.jar.${item.change}`, { browser: item.browser, name: item.name });
      case "store":
        return t(`summary.store.${item.backend}.${item.change}`, { count: item.count });
    }
  };
}

/** What a step did to the cookies and the store, as short phrases ("Set-Cookie: sessionid=… (new session)"). */
export function StepChanges({ items, inline = false }: { items: SummaryItem[]; inline?: boolean }) {
  const { t } = useT("timeline");
  const text = useItemText();
  if (!items.length) return <span className="muted">{t("summary.nothing")}</span>;
  // Inline, each phrase is an item of the row's line, which moves a phrase that does not fit to
  // a line of its own rather than cut it.
  if (inline)
    return items.map((item, i) => (
      <span key={i} className={`change ${TONE[item.kind]}`}>
        {text(item)}
      </span>
    ));
  return (
    <ul className="step-changes">
      {items.map((item, i) => (
        <li key={i} className={`change ${TONE[item.kind]}`}>
          {text(item)}
        </li>
      ))}
    </ul>
  );
}
