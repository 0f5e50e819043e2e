import type { EngineContext } from "../../engine/EngineContext.ts";
import type { HttpRequest } from "../http/HttpRequest.ts";
import type { HttpResponse } from "../http/HttpResponse.ts";

/** What a view can reach besides the request: the server process and its templates. */
export interface ViewEnv {
  readonly ctx: EngineContext;
  render(
    request: HttpRequest,
    templateName: string,
    context?: Record<string, unknown>,
  ): HttpResponse;
}

export type View = (request: HttpRequest, env: ViewEnv) => Promise<HttpResponse>;
