import type { Clock } from "./ports.ts";

/** The playground's "now": moves only when told to, so every replay sees the same times. */
export class VirtualClock implements Clock {
  constructor(private ms: number) {}

  now(): number {
    return this.ms;
  }

  advance(seconds: number): void {
    this.ms += seconds * 1000;
  }
}
