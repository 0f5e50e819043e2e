/** Placeholder until the timeline panel is built. */
export function TimelinePanel() {
  return <div className="panel" data-testid="timeline-panel" />;
}
