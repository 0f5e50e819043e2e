import { SimulationFailure } from "../SimulationFailure.ts";

/**
 * A response from the exchange's own handler that is not the simulated
 * server's answer (those travel inside a 200): MSW's 500 for a handler that
 * threw ({name, message}), or the handler's 400 for a malformed exchange
 * ({error}). Either way the simulation failed, whichever transport carried it.
 */
export async function simulationFailureOf(response: Response): Promise<SimulationFailure> {
  try {
    const body = (await response.json()) as { name?: unknown; message?: unknown; error?: unknown };
    if (typeof body.message === "string")
      return new SimulationFailure(`${String(body.name ?? "Error")}: ${body.message}`);
    if (typeof body.error === "string") return new SimulationFailure(body.error);
  } catch {
    // Not JSON: the status is all there is to say.
  }
  return new SimulationFailure(`HTTP ${response.status} from the simulated server`);
}
