import { useCallback, useState } from "react";

/**
 * A ref for a box, and whether what it holds (its first element) is wider
 * than the box, followed as either changes size.
 */
export function useWiderThanBox(): [
  (box: HTMLElement | null) => (() => void) | undefined,
  boolean,
] {
  const [wider, setWider] = useState(false);
  const ref = useCallback((box: HTMLElement | null) => {
    const content = box?.firstElementChild;
    if (!box || !content) return;
    const observer = new ResizeObserver(() =>
      setWider(content.getBoundingClientRect().width > box.clientWidth + 0.5),
    );
    observer.observe(box);
    observer.observe(content);
    return () => observer.disconnect();
  }, []);
  return [ref, wider];
}
