/** Django's signing.BadSignature (and, with `expired`, SignatureExpired). */
export class BadSignature extends Error {
  constructor(
    message: string,
    readonly expired = false,
  ) {
    super(message);
    this.name = expired ? "SignatureExpired" : "BadSignature";
  }
}
