import { createContext } from "react";

/**
 * The server tools' pane (Operations, Settings, manage.py, Code) can take most
 * of its column, for an editor that needs lines more than the cookies and the
 * store need room. null outside the pane layout (panel tests).
 */
export const ToolsPaneContext = createContext<{ large: boolean; toggle: () => void } | null>(null);
