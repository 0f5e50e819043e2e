import { pyJsonLoads } from "../../engine/python/pyJsonLoads.ts";
import { jsonResponse } from "../http/HttpResponse.ts";
import { header, OPS_HEADER } from "../wire.ts";
import type { Op } from "./ops.ts";
import { runOp } from "./runOp.ts";
import type { View } from "./View.ts";

/** /ops/: runs each op the request carries on request.session, in order; 200 with the results. */
export const opsView: View = async (request, env) => {
  const raw = header(request.headers, OPS_HEADER);
  const ops = raw ? (pyJsonLoads(raw) as Op[]) : [];
  const results: unknown[] = [];
  request.opsResults = results;
  for (const op of ops) results.push(await runOp(request.session!, env.ctx, op));
  return jsonResponse({ results });
};
