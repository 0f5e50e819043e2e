/**
 * Holds the playground's lock for as long as this page lives: the state is
 * in IndexedDB, and each page keeps its own copy of it in memory, so two tabs
 * would overwrite each other's work. A second tab calls `onWaiting` and
 * resolves once the first one is gone. Without the Web Locks API (old
 * browsers) it resolves at once.
 */
export function holdSingleTab(
  name: string,
  onWaiting: () => void,
  locks: LockManager | null = globalThis.navigator?.locks ?? null,
): Promise<void> {
  if (!locks) return Promise.resolve();
  return new Promise((resolve, reject) => {
    // The callbacks never settle: the lock is released when the page goes.
    const hold = () => {
      resolve();
      return new Promise<never>(() => {});
    };
    locks
      .request(name, { ifAvailable: true }, (lock) => {
        if (lock) return hold();
        onWaiting();
        locks.request(name, hold).catch(reject);
        return undefined;
      })
      .catch(reject);
  });
}
