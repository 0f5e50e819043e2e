/** Placeholder until the cookies panel is built. */
export function CookieJarPanel() {
  return <div className="panel" data-testid="cookies-panel" />;
}
