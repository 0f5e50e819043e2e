/** Placeholder until the store panel is built. */
export function SessionStorePanel() {
  return <div className="panel" data-testid="store-panel" />;
}
