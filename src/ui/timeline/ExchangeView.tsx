import { useT } from "../../i18n/useT.ts";
import type { SetCookieOutcome } from "../../browser/setCookieOutcome.ts";
import type { TraceStep } from "../../scenario/Trace.ts";
import type { Exchange } from "../../browser/SimBrowser.ts";
import type { RequestStep } from "../../scenario/Scenario.ts";
import { opContextAt } from "../ops/opPython.ts";
import { OpResultsTable } from "../ops/OpResultsTable.tsx";
import { statusLine, visibleHeaders } from "./wireHeaders.ts";

function Verdict({ outcome }: { outcome: SetCookieOutcome | undefined }) {
  const { t } = useT("timeline");
  if (!outcome) return null;
  switch (outcome.kind) {
    case "stored":
      return (
        <span className="badge ok">
          {t(outcome.replaced ? "verdict.replaced" : "verdict.stored")}
        </span>
      );
    case "deleted":
      return <span className="badge warn">{t("verdict.deleted")}</span>;
    case "ignored-expired":
      return <span className="badge">{t("verdict.ignored")}</span>;
    case "rejected":
      return (
        <span className="badge bad">
          {t("verdict.rejected", { reason: t(`reasons.${outcome.reason}`) })}
        </span>
      );
  }
}

/** A request step on the wire: request line and headers, the view's ops, the response and the jar's verdicts. */
export function ExchangeView({
  request,
  exchange,
  trace,
  prev,
  cookieName,
}: {
  request: RequestStep;
  exchange: Exchange;
  trace: TraceStep;
  prev: TraceStep | null;
  cookieName: string;
}) {
  const { t } = useT("timeline");
  const url = new URL(exchange.request.url);
  const results = trace.results ?? [];
  const ctx = opContextAt(request.browser, cookieName, prev);
  let setCookieIndex = 0;
  return (
    <>
      <h4>{t("detail.request", { browser: request.browser })}</h4>
      <pre className="wire">
        <span className="wire-start">
          {exchange.request.method} {url.pathname + url.search} HTTP/1.1
        </span>
        {`\nHost: ${url.host}`}
        {visibleHeaders(exchange.request.headers).map(([k, v], i) => (
          <span key={i} className={k.toLowerCase() === "cookie" ? "wire-cookie" : undefined}>
            {`\n${k}: ${v}`}
          </span>
        ))}
        {exchange.request.body && `\n\n${exchange.request.body}`}
      </pre>
      {!exchange.request.headers.some(([k]) => k.toLowerCase() === "cookie") && (
        <p className="hint">{t("detail.noCookie")}</p>
      )}
      {request.ops && request.ops.length > 0 && (
        <>
          <h4>{t("detail.ops")}</h4>
          <OpResultsTable ops={request.ops} results={results} ctx={ctx} />
        </>
      )}
      <h4>{t("detail.flags")}</h4>
      <p className="mono flags">
        accessed = {trace.accessed ? "True" : "False"}, modified ={" "}
        {trace.modified ? "True" : "False"}
      </p>
      <p className="hint">{t("detail.flagsHint")}</p>
      <h4>{t("detail.response")}</h4>
      <pre className="wire">
        <span className="wire-start">{statusLine(exchange.response.status)}</span>
        {visibleHeaders(exchange.response.headers).map(([k, v], i) => {
          const isSetCookie = k.toLowerCase() === "set-cookie";
          const outcome = isSetCookie ? exchange.cookies[setCookieIndex++] : undefined;
          return (
            <span key={i} className={isSetCookie ? "wire-cookie" : undefined}>
              {`\n${k}: ${v}`}
              {isSetCookie && (
                <>
                  {"  "}
                  <Verdict outcome={outcome} />
                </>
              )}
            </span>
          );
        })}
      </pre>
    </>
  );
}
