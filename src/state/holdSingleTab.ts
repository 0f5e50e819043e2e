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

type Message =
  | { type: "anyone?" | "gone"; from: number }
  /** `to`: the tab whose question this answers. */
  | { type: "here"; from: number; to: number };

/**
 * "anyone?" → the running tab answers "here" to the asker; no answer within
 * REPLY_MS and the asker runs. A running tab says "gone" when its page goes
 * (pagehide), and the waiting tabs ask again; they also ask again every
 * RETRY_MS. Tabs asking at the same time settle it among themselves: the
 * lower random number answers the other, so only one of them starts. A tab
 * the browser has frozen cannot answer: Web Locks have no such gap.
 */
function holdByAsking(channel: BroadcastChannel, onWaiting: () => void): Promise<void> {
  const me = Math.random();
  const post = (message: Message) => channel.postMessage(message);
  return new Promise((resolve) => {
    let state: "asking" | "waiting" | "holding" = "asking";
    let answered = false;
    let toldWaiting = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = () => {
      clearTimeout(timer);
      state = "asking";
      answered = false;
      post({ type: "anyone?", from: me });
      timer = setTimeout(() => {
        if (answered) {
          if (!toldWaiting) onWaiting();
          toldWaiting = true;
          state = "waiting";
          timer = setTimeout(ask, RETRY_MS);
          return;
        }
        state = "holding";
        globalThis.addEventListener?.("pagehide", () => post({ type: "gone", from: me }));
        resolve();
      }, REPLY_MS);
    };
    channel.onmessage = ({ data }: MessageEvent<Message>) => {
      if (data.type === "anyone?") {
        if (state === "holding" || (state === "asking" && !answered && me < data.from))
          post({ type: "here", from: me, to: data.from });
        // The other tab may have opened its channel after our question: ask again, for it to answer.
        else if (state === "asking" && !answered) post({ type: "anyone?", from: me });
      } else if (data.type === "here") {
        if (data.to === me) answered = true;
      } else if (state !== "holding") ask();
    };
    ask();
  });
}
