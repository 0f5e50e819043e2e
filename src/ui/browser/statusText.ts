import { reasonPhrase } from "../../server/http/reasonPhrase.ts";

export const isRedirect = (status: number) => status >= 300 && status < 400;

/** "302 Found": the status line as HTTP writes it (protocol text, the same in every language). */
export const statusText = (status: number) => `${status} ${reasonPhrase(status)}`;

export const statusTone = (status: number) =>
  status >= 400 ? "bad" : isRedirect(status) ? "warn" : "ok";
