/**
 * Where to scroll `body`, a pane's scrolling body, for all its content to show
 * when it overflows by no more than the air around that content (the room
 * above its first element and below its last: padding, margins): both airs
 * give the same share of what is missing, so that neither edge is left
 * touching the pane's. 0 when the content fits, or cannot fit even so: it is
 * then read from its start.
 */
export function evenAirScrollTop(body: Element): number {
  const first = body.firstElementChild;
  const last = body.lastElementChild;
  const overflow = body.scrollHeight - body.clientHeight;
  if (!first || !last || overflow <= 0) return 0;
  // Where the content starts, unscrolled.
  const start = body.getBoundingClientRect().top + body.clientTop - body.scrollTop;
  const above = first.getBoundingClientRect().top - start;
  const below = body.scrollHeight - (last.getBoundingClientRect().bottom - start);
  if (overflow > above + below) return 0;
  return (overflow * above) / (above + below);
}
