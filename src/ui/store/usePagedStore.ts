import { useCallback, useEffect, useRef, useState } from "react";
import type { StoreEntry } from "../../server/storeSnapshot.ts";
import { usePlayground } from "../../state/usePlayground.ts";

const PAGE = 200;

/**
 * django_session rows read from the live table page by page, for tables too
 * big for the timeline to copy. One read at a time, always for the window
 * the learner is looking at now: a fast scroll does not queue a read for
 * every page it passed. `version` changes whenever the table may have changed.
 */
export function usePagedStore(enabled: boolean, version: unknown) {
  const read = usePlayground((s) => s.readStorePage);
  const [pages, setPages] = useState<ReadonlyMap<number, StoreEntry[]>>(new Map());
  const have = useRef(new Map<number, StoreEntry[]>());
  const wanted = useRef<[number, number] | null>(null);
  const busy = useRef(false);
  const generation = useRef(0);

  useEffect(() => {
    generation.current++;
    have.current = new Map();
    setPages(new Map());
  }, [version]);

  const pump = useCallback(() => {
    if (busy.current || !wanted.current) return;
    const [start, end] = wanted.current;
    let page = -1;
    for (let p = Math.floor(start / PAGE); p * PAGE < end; p++) {
      if (!have.current.has(p)) {
        page = p;
        break;
      }
    }
    if (page < 0) return;
    busy.current = true;
    const gen = generation.current;
    void read(page * PAGE, PAGE)
      .then((rows) => {
        if (gen !== generation.current) return;
        have.current.set(page, rows);
        setPages(new Map(have.current));
      })
      .finally(() => {
        busy.current = false;
        pump();
      });
  }, [read]);

  const onWindow = useCallback(
    (start: number, end: number) => {
      if (!enabled) return;
      wanted.current = [start, end];
      pump();
    },
    [enabled, pump],
  );

  // A new version empties the pages: read the current window again.
  useEffect(() => {
    pump();
  }, [version, pump]);

  const rowAt = (i: number): StoreEntry | undefined => pages.get(Math.floor(i / PAGE))?.[i % PAGE];
  return { onWindow, rowAt };
}
