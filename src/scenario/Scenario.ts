import type { Op } from "../server/views/ops.ts";

/** A reference to the session cookie browser X holds: `{"cookie": "X"}`. */
export interface CookieRef {
  cookie: string;
}

export interface RequestStep {
  browser: string;
  method: string;
  origin: string;
  path: string;
  ops?: Op[];
  form?: Record<string, string>;
}

export interface EditCookieStep {
  browser: string;
  name: string;
  value: string | null | CookieRef;
  origin: string;
  domain?: string;
  path?: string;
}

/** One step: exactly one of these keys, as in the scenario format. */
export type Step =
  | { request: RequestStep }
  | { advance: number }
  | { close_browser: string }
  | { restart_server: true }
  | { settings: Record<string, unknown> }
  | { manage: "clearsessions" }
  | { edit_cookie: EditCookieStep };

export type StepKind =
  | "request"
  | "advance"
  | "close_browser"
  | "restart_server"
  | "settings"
  | "manage"
  | "edit_cookie";

export const stepKind = (step: Step) => Object.keys(step)[0] as StepKind;

/** Project files a scenario may carry (the playground's code editor): templates and views.py. */
export const SCENARIO_CODE_FILES = ["views.py", "login.html", "backend.html"] as const;
export type ScenarioCodeFile = (typeof SCENARIO_CODE_FILES)[number];

/** A parsed scenario: defaults filled in, every name and type checked. */
export interface Scenario {
  name?: string;
  /** Edited project files (an extension of the format, written by the playground's export). */
  code?: Partial<Record<ScenarioCodeFile, string>>;
  /** Epoch ms of the virtual clock before step 1. */
  start: number;
  settings: Record<string, unknown>;
  steps: Step[];
}

export const DEFAULT_ORIGIN = "http://testserver";
export const DEFAULT_BROWSER = "A";
