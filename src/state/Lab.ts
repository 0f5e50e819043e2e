import type { StoredCookie } from "../browser/cookieJar.ts";
import { VirtualClock } from "../engine/clock.ts";
import { applySettings, DEFAULT_SETTINGS, type Settings } from "../engine/conf/settings.ts";
import { LocMemStore } from "../engine/cache/locMemCache.ts";
import type { Hmac, Logger } from "../engine/ports.ts";
import type { SessionTable } from "../engine/storage/SessionTable.ts";
import type { SimFileSystem } from "../engine/storage/SimFileSystem.ts";
import { seededRandom, type SeededRandomState } from "../adapters/seededRandom.ts";
import { ScenarioRunner, type StepOutcome } from "../scenario/ScenarioRunner.ts";
import type { Step } from "../scenario/Scenario.ts";
import { DjangoServer } from "../server/DjangoServer.ts";
import type { Transport } from "../server/wire.ts";
import type { View } from "../server/views/View.ts";

/** What lives outside IndexedDB's tables and must be saved to survive a reload. */
export interface LabSnapshot {
  now: number;
  settings: Settings;
  random: SeededRandomState;
  browsers: [name: string, cookies: StoredCookie[]][];
  /**
   * Local-memory caches by LOCATION: [cache key, value, expiry ms or null for never], least
   * recently used first. An entry with no expiry at all (LocMemCache stored the value, then
   * failed to work out its timeout) has no third item: Django counts it as expired.
   */
  caches: [location: string, entries: [string, unknown, (number | null)?][]][];
}

export interface LabDeps {
  hmac: Hmac;
  logger: Logger;
  db: SessionTable;
  fs: SimFileSystem;
  transport: (server: DjangoServer) => Transport;
}

/** Past this many django_session rows, steps skip the trace's store snapshot (panels page instead). */
export const STORE_SNAPSHOT_LIMIT = 2000;

/**
 * One running playground: virtual clock, the simulated Django server (its
 * tables in IndexedDB), the simulated browsers, and a seeded key generator.
 */
export class Lab {
  readonly clock: VirtualClock;
  readonly server: DjangoServer;
  readonly runner: ScenarioRunner;
  private readonly random: ReturnType<typeof seededRandom>;

  constructor(
    readonly deps: LabDeps,
    snapshot: LabSnapshot,
    project: { templates?: Record<string, string>; views?: Record<string, View> } = {},
  ) {
    this.clock = new VirtualClock(snapshot.now);
    this.random = seededRandom(snapshot.random);
    this.server = new DjangoServer({
      ...deps,
      clock: this.clock,
      random: this.random,
      settings: snapshot.settings,
    });
    Object.assign(this.server.templates, project.templates);
    Object.assign(this.server.viewOverrides, project.views);
    this.runner = new ScenarioRunner({
      server: this.server,
      transport: deps.transport(this.server),
      clock: this.clock,
    });
    for (const [name, cookies] of snapshot.browsers) this.runner.browser(name).jar.restore(cookies);
    for (const [location, entries] of snapshot.caches) {
      const store = new LocMemStore();
      for (const [key, value, ...exp] of entries) {
        store.entries.set(key, value);
        if (exp.length) store.expires.set(key, exp[0] ?? null);
      }
      this.server.cacheRegistry.stores.set(location, store);
    }
  }

  /** A fresh lab's snapshot: scenario settings over Django's defaults, the clock at `start`. */
  static initialSnapshot(
    start: number,
    settings: Record<string, unknown>,
    random: SeededRandomState,
  ): LabSnapshot {
    return {
      now: start,
      settings: applySettings(DEFAULT_SETTINGS, settings),
      random,
      browsers: [],
      caches: [],
    };
  }

  run(step: Step): Promise<StepOutcome> {
    return this.runner.run(step, { storeLimit: STORE_SNAPSHOT_LIMIT });
  }

  snapshot(): LabSnapshot {
    return {
      now: this.clock.now(),
      settings: this.server.settings,
      random: this.random.state(),
      browsers: [...this.runner.browsers].map(([name, b]) => [name, b.jar.snapshot()]),
      caches: [...this.server.cacheRegistry.stores].map(([location, store]) => [
        location,
        [...store.entries].map(([key, value]): [string, unknown, (number | null)?] =>
          store.expires.has(key) ? [key, value, store.expires.get(key)!] : [key, value],
        ),
      ]),
    };
  }
}
