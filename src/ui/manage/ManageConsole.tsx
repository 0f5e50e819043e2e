/** Placeholder until the manage panel is built. */
export function ManageConsole() {
  return <div className="panel" data-testid="manage-panel" />;
}
