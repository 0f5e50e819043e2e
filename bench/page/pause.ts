/** Resolves in the next animation frame's callbacks, with the frame's time. */
export const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** A new task (after the current one and the rendering it may end with), as a posted message runs. */
export const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

/**
 * The quiet a timed step starts from, as a learner's click does: the page has
 * painted, a frame has gone by with nothing to do, and the click arrives as a
 * task of its own. Clicking from inside the animation-frame callback instead
 * would charge the step with that frame's style, layout and paint. The floor
 * page waits the same way before each of its paced exchanges: after a pause,
 * the service worker's round trip costs more than right after the last one.
 */
export async function quietBeforeClick(): Promise<void> {
  await nextFrame();
  await nextFrame();
  await nextTask();
}
