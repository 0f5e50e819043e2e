/**
 * Where to scroll `body`, a pane's scrolling body, for all its content to show
 * when it overflows by no more than the air around that content (the room
 * above its first element and below its last: padding, margins): both airs
 * give the same share of what is missing, so that neither edge is left
 * touching the pane's. Null when the content fits, or cannot fit even so: the
 * body's scroll is then the learner's own (where they scrolled, or where the
 * browser brought the field they are typing in), not to be taken from them.
 */
export function evenAirScrollTop(body: Element): number | null {
  const first = body.firstElementChild;
  const last = body.lastElementChild;
  const overflow = body.scrollHeight - body.clientHeight;
  if (!first || !last || overflow <= 0) return null;
  // Where the content starts, unscrolled.
  const start = body.getBoundingClientRect().top + body.clientTop - body.scrollTop;
  const above = first.getBoundingClientRect().top - start;
  const below = body.scrollHeight - (last.getBoundingClientRect().bottom - start);
  if (overflow > above + below) return null;
  return (overflow * above) / (above + below);
}
