/** Pane sizes by id, in percent of their group (react-resizable-panels' Layout, without the library). */
export type PaneSizes = Record<string, number>;
