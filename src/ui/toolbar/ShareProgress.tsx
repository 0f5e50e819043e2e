import { useT } from "../../i18n/useT.ts";
import { usePlayground } from "../../state/usePlayground.ts";
import { InactiveButton } from "../common/InactiveButton.tsx";

/**
 * A share link's scenario being opened: how far it got, and Cancel, which
 * leaves the playground as it was. (An import from a file says the same in
 * its own dialog.)
 */
export function ShareProgress() {
  const { t } = useT("toolbar");
  const importing = usePlayground((s) => (s.importing?.share ? s.importing : null));
  const cancel = usePlayground((s) => s.cancelShare);
  if (!importing) return null;
  return (
    <div className="notice info" role="status" data-testid="share-progress">
      <span>{t(`shared.${importing.phase}`, importing)}</span>
      {/* Once the scenario has run, applying it is quick and is not stopped half-way. */}
      <InactiveButton inactive={importing.phase === "applying"} onPress={cancel}>
        {t("dialog.cancel")}
      </InactiveButton>
    </div>
  );
}
