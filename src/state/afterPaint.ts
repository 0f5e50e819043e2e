const waiting = new Set<() => void>();

/**
 * Resolves once the next frame has been painted: work that can wait (saving
 * to IndexedDB) then never holds up what the learner sees. Hidden pages get
 * no frames, so it resolves after 100 ms at the latest.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      if (waiting.delete(done)) resolve();
    };
    waiting.add(done);
    requestAnimationFrame(() => setTimeout(done, 0));
    setTimeout(done, 100);
  });
}

/** Lets everything waiting for a paint go now: the page is being hidden or left. */
export function stopWaitingForPaint(): void {
  for (const done of [...waiting]) done();
}
