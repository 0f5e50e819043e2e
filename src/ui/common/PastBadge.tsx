import { useT } from "../../i18n/useT.ts";

/**
 * Marks a panel's head while a past step is on show: "step 3 · read-only".
 * The panel's own hint says the same at length; presenter mode hides that
 * hint (its larger type leaves room for little else at 1280×720), so the
 * badge carries it as its title.
 */
export function PastBadge({ step, hint }: { step: number; hint: string }) {
  const { t } = useT("common");
  return (
    <span className="badge warn" title={hint}>
      {t("pastBadge", { step })}
    </span>
  );
}
