/**
 * What the engine needs from the outside world. Django reads these from
 * globals (time.time, secrets, hashlib); here they come in through one object
 * so a scenario replays deterministically on a virtual clock.
 */
export interface Clock {
  /** Epoch milliseconds: the only "now" the engine knows. */
  now(): number;
}

export interface RandomSource {
  /** A uniformly chosen integer in [0, n). */
  below(n: number): number;
}

export interface Hmac {
  /**
   * HMAC-SHA256 of `message` (UTF-8) keyed with SHA256(`keyMaterial`) (UTF-8),
   * which is exactly Django's salted_hmac(key_salt, value, secret) with
   * keyMaterial = key_salt + secret.
   */
  saltedHmacSha256(keyMaterial: string, message: string): Promise<Uint8Array>;
}

export type LogLevel = "WARNING" | "ERROR";

export interface LogRecord {
  logger: string;
  level: LogLevel;
  message: string;
}

export interface Logger {
  log(record: LogRecord): void;
}
