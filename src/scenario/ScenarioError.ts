/** A scenario that cannot run: one line naming the problem and where it is. */
export class ScenarioError extends Error {
  constructor(
    readonly where: string,
    readonly problem: string,
  ) {
    super(where ? `${where}: ${problem}` : problem);
    this.name = "ScenarioError";
  }
}
