export const isRedirect = (status: number) => status >= 300 && status < 400;

const REASONS: Record<number, string> = {
  200: "OK",
  301: "Moved Permanently",
  302: "Found",
  303: "See Other",
  304: "Not Modified",
  307: "Temporary Redirect",
  308: "Permanent Redirect",
  400: "Bad Request",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  500: "Internal Server Error",
};

/** "302 Found": the status line as HTTP writes it (protocol text, the same in every language). */
export const statusText = (status: number) => `${status} ${REASONS[status] ?? ""}`.trim();

export const statusTone = (status: number) =>
  status >= 400 ? "bad" : isRedirect(status) ? "warn" : "ok";
