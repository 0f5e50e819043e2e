/** A setting that Django would refuse (or that the scenario format does not know). */
export class SettingsError extends Error {
  constructor(
    readonly setting: string,
    message: string,
  ) {
    super(message);
    this.name = "SettingsError";
  }
}
