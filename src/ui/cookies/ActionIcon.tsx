const PATHS = {
  edit: "M3 13.5V16h2.5l7.4-7.4-2.5-2.5L3 13.5zM14.7 6.8a.7.7 0 0 0 0-1L13.2 4.3a.7.7 0 0 0-1 0l-1.1 1.1 2.5 2.5 1.1-1.1z",
  copy: "M7 3h8v10H7zM4 6v10h8",
  delete: "M5 5l10 10M15 5L5 15",
} as const;

/** A small line icon for a table action (the button carries the accessible name). */
export function ActionIcon({ name }: { name: keyof typeof PATHS }) {
  return (
    <svg className="action-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path
        d={PATHS[name]}
        fill={name === "edit" ? "currentColor" : "none"}
        stroke={name === "edit" ? "none" : "currentColor"}
        strokeWidth="1.8"
        strokeLinejoin="round"
      />
    </svg>
  );
}
