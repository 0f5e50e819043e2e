import { Fragment } from "react";
import { useT } from "../../i18n/useT.ts";
import type { TraceCookie, TraceStep } from "../../scenario/Trace.ts";
import type { StoreEntry } from "../../server/storeSnapshot.ts";
import {
  cookieChanges,
  cookieId,
  storeChanges,
  storeId,
  type Change,
} from "../../state/viewedStep.ts";
import { pyLiteral } from "../ops/pyLiteral.ts";
import { utcTime } from "./duration.ts";
import { abbreviate } from "./stepSummary.ts";
import "../ops/ops.css";

const data = (e: StoreEntry | undefined) =>
  e === undefined ? "" : e.data === null ? null : pyLiteral(e.data);

function Before({
  before,
  after,
}: {
  before: string | null | undefined;
  after: string | null | undefined;
}) {
  const { t } = useT("timeline");
  const show = (v: string | null | undefined) => (v === null ? t("diff.unreadable") : v || "—");
  if (before === undefined || before === after) return <>{show(after)}</>;
  return (
    <>
      <del className="diff-before">{show(before)}</del> → {show(after)}
    </>
  );
}

/** What the step did to the session store, entry by entry: the data and expiry before and after. */
export function StoreDiff({ prev, trace }: { prev: TraceStep | null; trace: TraceStep }) {
  const { t } = useT("timeline");
  const changes = storeChanges(prev?.store ?? [], trace.store);
  if (!changes.size) return <p className="muted">{t("diff.storeSame")}</p>;
  const before = new Map((prev?.store ?? []).map((e) => [storeId(e), e]));
  const after = new Map(trace.store.map((e) => [storeId(e), e]));
  return (
    <table className="grid diff">
      <thead>
        <tr>
          <th scope="col">{t("diff.change")}</th>
          <th scope="col">{t("diff.where")}</th>
          <th scope="col">session_key</th>
          <th scope="col">{t("diff.expires")}</th>
        </tr>
      </thead>
      <tbody>
        {[...changes].map(([id, change]) => {
          const old = before.get(id);
          const now = after.get(id);
          const e = (now ?? old)!;
          const exp = (x: StoreEntry | undefined) =>
            x ? (x.expires ? utcTime(x.expires) : "") : undefined;
          // The data on a row of its own, the table's whole width: beside the key and the
          // expiry it was a column a few characters wide in a narrow step detail.
          return (
            <Fragment key={id}>
              <tr className={change}>
                <td>
                  <ChangeBadge change={change} />
                </td>
                <td>{t(`where.${e.backend}`)}</td>
                <td className="mono" title={e.key}>
                  {abbreviate(e.key, 12)}
                </td>
                <td className="mono diff-expires">
                  {change === "changed" ? (
                    <Before before={exp(old)} after={exp(now)} />
                  ) : (
                    exp(e) || "—"
                  )}
                </td>
              </tr>
              <tr className={`${change} diff-data`}>
                <th scope="row">{t("diff.data")}</th>
                <td className="py-cell" colSpan={3}>
                  {change === "changed" ? <Before before={data(old)} after={data(now)} /> : data(e)}
                </td>
              </tr>
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}

export function ChangeBadge({ change }: { change: Change }) {
  const { t } = useT("timeline");
  const tone = change === "added" ? "ok" : change === "removed" ? "bad" : "warn";
  return <span className={`badge ${tone}`}>{t(`diff.${change}`)}</span>;
}

/** What the step did to each browser's cookies (jar by jar). */
export function JarDiff({ prev, trace }: { prev: TraceStep | null; trace: TraceStep }) {
  const { t } = useT("timeline");
  const rows: { browser: string; change: Change; cookie: TraceCookie; old?: TraceCookie }[] = [];
  const browsers = [...new Set([...Object.keys(prev?.jar ?? {}), ...Object.keys(trace.jar)])];
  for (const browser of browsers) {
    const before = new Map((prev?.jar[browser] ?? []).map((c) => [cookieId(c), c]));
    const after = new Map((trace.jar[browser] ?? []).map((c) => [cookieId(c), c]));
    for (const [id, change] of cookieChanges(prev?.jar[browser], trace.jar[browser]))
      rows.push({
        browser,
        change,
        cookie: (after.get(id) ?? before.get(id))!,
        old: before.get(id),
      });
  }
  if (!rows.length) return <p className="muted">{t("diff.jarSame")}</p>;
  return (
    <table className="grid diff">
      <thead>
        <tr>
          <th scope="col">{t("diff.change")}</th>
          <th scope="col">{t("diff.browser")}</th>
          <th scope="col">{t("diff.cookie")}</th>
          <th scope="col">{t("diff.value")}</th>
          <th scope="col">{t("diff.expires")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ browser, change, cookie, old }) => {
          const exp = (c: TraceCookie) => (c.expires ? utcTime(c.expires) : t("diff.session"));
          return (
            <tr key={`${browser}|${cookieId(cookie)}`} className={change}>
              <td>
                <ChangeBadge change={change} />
              </td>
              <td>{browser}</td>
              <td className="mono">{cookie.name}</td>
              <td className="mono" title={cookie.value}>
                {change === "changed" && old ? (
                  <Before before={abbreviate(old.value, 12)} after={abbreviate(cookie.value, 12)} />
                ) : (
                  abbreviate(cookie.value, 12)
                )}
              </td>
              <td className="mono">
                {change === "changed" && old ? (
                  <Before before={exp(old)} after={exp(cookie)} />
                ) : (
                  exp(cookie)
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
