/**
 * How many pixels the scrolling body of `el`'s panel lacks to show its content
 * whole from the top down to `el`'s bottom; negative, what it leaves blank.
 */
export function missingRoom(el: Element): number {
  const body = el.closest(".panel-body");
  if (!body) return 0;
  const bottom =
    el.getBoundingClientRect().bottom -
    body.getBoundingClientRect().top -
    body.clientTop +
    body.scrollTop;
  return bottom + parseFloat(getComputedStyle(body).paddingBottom) - body.clientHeight;
}
