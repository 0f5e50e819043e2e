/** How long a starting tab listens for a tab already running (no Web Locks: plain http). */
const REPLY_MS = 100;
/** How often a waiting tab asks again, in case the running one vanished without a word. */
const RETRY_MS = 1000;

/**
 * Holds the playground for as long as this page lives: the state is in
 * IndexedDB, and each page keeps its own copy of it in memory, so two tabs
 * would overwrite each other's work. A second tab calls `onWaiting` and
 * resolves once the first one is gone.
 *
 * With the Web Locks API this is one exclusive lock. Pages that are not a
 * secure context (plain http on a LAN address) have no Web Locks, so there
 * the tabs ask each other over a BroadcastChannel; that costs a starting tab
 * REPLY_MS. With neither (old browsers) it resolves at once.
 */
export function holdSingleTab(
  name: string,
  onWaiting: () => void,
  locks: LockManager | null = globalThis.navigator?.locks ?? null,
  channel: (() => BroadcastChannel) | null = typeof BroadcastChannel === "undefined"
    ? null
    : () => new BroadcastChannel(name),
): Promise<void> {
  if (locks) return holdLock(name, onWaiting, locks);
  if (channel) return holdByAsking(channel(), onWaiting);
  return Promise.resolve();
}

function holdLock(name: string, onWaiting: () => void, locks: LockManager): Promise<void> {
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

type Message = "anyone?" | "here" | "gone";

/**
 * "anyone?" → the running tab answers "here"; no answer within REPLY_MS and
 * this tab runs. A running tab says "gone" when its page is hidden for good
 * (pagehide), and a waiting tab then asks again.
 */
function holdByAsking(channel: BroadcastChannel, onWaiting: () => void): Promise<void> {
  return new Promise((resolve) => {
    let holding = false;
    let answered = false;
    let waiting = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = () => {
      answered = false;
      channel.postMessage("anyone?" satisfies Message);
      timer = setTimeout(() => {
        if (answered) {
          if (!waiting) onWaiting();
          waiting = true;
          timer = setTimeout(ask, RETRY_MS);
          return;
        }
        holding = true;
        globalThis.addEventListener?.("pagehide", () =>
          channel.postMessage("gone" satisfies Message),
        );
        resolve();
      }, REPLY_MS);
    };
    channel.onmessage = ({ data }: MessageEvent<Message>) => {
      if (data === "anyone?" && holding) channel.postMessage("here" satisfies Message);
      else if (data === "here") answered = true;
      else if (data === "gone" && waiting && !holding) {
        clearTimeout(timer);
        // Several tabs may be waiting: a random pause, so that one asks first and the others hear it.
        timer = setTimeout(ask, Math.random() * REPLY_MS);
      }
    };
    ask();
  });
}
