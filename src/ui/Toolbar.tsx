/** Placeholder until the toolbar is built. */
export function Toolbar() {
  return <header className="panel-head" data-testid="toolbar" style={{ height: 40 }} />;
}
