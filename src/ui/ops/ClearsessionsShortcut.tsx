import { useT } from "../../i18n/useT.ts";
import { engineName } from "../../engine/conf/settings.ts";
import { usePlayground } from "../../state/usePlayground.ts";
import { InactiveButton } from "../common/InactiveButton.tsx";

/** `python manage.py clearsessions` from the ops list: not a request, a command on the server. */
export function ClearsessionsShortcut({ onRun }: { onRun(): void }) {
  const { t } = useT(["ops", "manage"]);
  const engine = usePlayground((s) => engineName(s.settings));
  const busy = usePlayground((s) => s.busy);
  return (
    <div className="ops-editor stack">
      <div className="python ops-python">$ python manage.py clearsessions</div>
      <p className="ops-explain">{t("explain.clearsessions")}</p>
      <p className="ops-explain">
        {/* The key ends with its separator: ": " in English, "：" in Chinese. */}
        {t("manage:engineIntro", { engine })}
        {t(`manage:engines.${engine}`)}
      </p>
      <div className="row">
        <InactiveButton className="primary" inactive={busy} onPress={onRun}>
          {t("run")}
        </InactiveButton>
        <span className="hint">{t("clearsessionsHint")}</span>
      </div>
    </div>
  );
}
