/** Placeholder until the ops panel is built. */
export function OpsPanel() {
  return <div className="panel" data-testid="ops-panel" />;
}
