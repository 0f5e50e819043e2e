/** Placeholder until the settings panel is built. */
export function SettingsPanel() {
  return <div className="panel" data-testid="settings-panel" />;
}
