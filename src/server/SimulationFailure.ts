/**
 * The simulation itself failed on an exchange: a fault in Session Lab, never
 * an answer of Django's (those are responses, its 500 pages included). The
 * playground says so in the learner's language, apart from Django's errors.
 */
export class SimulationFailure extends Error {
  override name = "SimulationFailure";

  /** What a handler threw, named by its own name and message ("URIError: URI malformed"). */
  static of(thrown: unknown): SimulationFailure {
    return new SimulationFailure(
      thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown),
    );
  }
}
