/** Placeholder until the browser panel is built. */
export function BrowserPane() {
  return <div className="panel" data-testid="browser-panel" />;
}
