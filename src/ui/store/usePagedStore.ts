import { useCallback, useEffect, useRef, useState } from "react";
import type { StoreEntry } from "../../server/storeSnapshot.ts";
import { usePlayground } from "../../state/usePlayground.ts";

const PAGE = 200;

/**
 * django_session rows read from the live table page by page, as the
 * windowed table asks for them: for tables too big for the timeline to copy.
 * `version` changes whenever the table may have changed; pages are re-read.
 */
export function usePagedStore(enabled: boolean, version: unknown) {
  const read = usePlayground((s) => s.readStorePage);
  const [pages, setPages] = useState<ReadonlyMap<number, StoreEntry[]>>(new Map());
  const loading = useRef(new Set<number>());
  const generation = useRef(0);

  useEffect(() => {
    generation.current++;
    loading.current.clear();
    setPages(new Map());
  }, [version]);

  const onWindow = useCallback(
    (start: number, end: number) => {
      if (!enabled) return;
      const gen = generation.current;
      for (let p = Math.floor(start / PAGE); p * PAGE < end; p++) {
        if (pages.has(p) || loading.current.has(p)) continue;
        loading.current.add(p);
        void read(p * PAGE, PAGE).then((rows) => {
          if (gen === generation.current) setPages((m) => new Map(m).set(p, rows));
        });
      }
    },
    [enabled, pages, read],
  );

  const rowAt = (i: number): StoreEntry | undefined => pages.get(Math.floor(i / PAGE))?.[i % PAGE];
  return { onWindow, rowAt };
}
