import { applySettings } from "../engine/conf/settings.ts";
import { DATETIME_MAX_MS } from "../engine/datetimeMax.ts";
import type { VirtualClock } from "../engine/clock.ts";
import { isoUtc } from "../engine/python/pyDateTime.ts";
import { pyJsonLoads } from "../engine/python/pyJsonLoads.ts";
import { SimBrowser, type Exchange } from "../browser/SimBrowser.ts";
import type { DjangoServer } from "../server/DjangoServer.ts";
import { storeSnapshot } from "../server/storeSnapshot.ts";
import { FLAGS_HEADER, header, type SessionFlags, type Transport } from "../server/wire.ts";
import { isCookieRef } from "./parseScenario.ts";
import { stepKind, type RequestStep, type Step } from "./Scenario.ts";
import { describeSetCookie } from "./describeSetCookie.ts";
import { ScenarioError } from "./ScenarioError.ts";
import type { TraceCookie, TraceStep } from "./Trace.ts";

export interface RunnerDeps {
  server: DjangoServer;
  /** How requests reach the server: MSW's handlers, or a direct call. */
  transport: Transport;
  clock: VirtualClock;
}

/** What one step did, beyond its trace entry: the raw exchange, for timelines and panels. */
export interface StepOutcome {
  trace: TraceStep;
  exchange?: Exchange;
  /** The store was not snapshotted: django_session had more rows than `storeLimit`. */
  storeSkipped?: boolean;
  /** django_session's row count after the step (counted when a `storeLimit` is given). */
  storeRows?: number;
}

/**
 * Runs scenario steps one at a time against a server and a set of simulated
 * browsers, producing the trace entry of each. The app drives it step by
 * step; the CLI and the conformance tests run whole scenarios.
 */
export class ScenarioRunner {
  /** Browsers in order of first use; a browser is "used" once a step names it. */
  readonly browsers = new Map<string, SimBrowser>();

  constructor(readonly deps: RunnerDeps) {}

  browser(name: string): SimBrowser {
    let b = this.browsers.get(name);
    if (!b) {
      b = new SimBrowser(name, this.deps.clock);
      this.browsers.set(name, b);
    }
    return b;
  }

  /** `{"cookie": "X"}`: the session cookie X would send to this URL, else the oldest X holds, else null. */
  private resolveCookieRef(ref: { cookie: string }, url: string): string | null {
    const b = this.browsers.get(ref.cookie);
    return b ? b.jar.valueFor(this.deps.server.settings.SESSION_COOKIE_NAME, url) : null;
  }

  private async request(
    r: RequestStep,
  ): Promise<{ trace: Partial<TraceStep>; exchange: Exchange }> {
    const url = r.origin + r.path;
    // Only top-level arguments are references; a {"cookie": …} nested in a value is data.
    const ops = r.ops?.map((op) =>
      op.map((arg) => (isCookieRef(arg) ? this.resolveCookieRef(arg, url) : arg)),
    );
    const exchange = await this.browser(r.browser).send(this.deps.transport, { ...r, ops });
    const { response } = exchange;
    const flags = pyJsonLoads(header(response.headers, FLAGS_HEADER) ?? "{}") as SessionFlags;
    const isOps = new URL(url).pathname === "/ops/";
    return {
      exchange,
      trace: {
        status: response.status,
        location: header(response.headers, "location"),
        ...(isOps ? { results: flags.results ?? [] } : {}),
        accessed: flags.accessed ?? false,
        modified: flags.modified ?? false,
        set_cookie: response.headers
          .filter(([k]) => k.toLowerCase() === "set-cookie")
          .map(([, v]) => describeSetCookie(v)),
        vary: header(response.headers, "vary"),
      },
    };
  }

  private jar(): Record<string, TraceCookie[]> {
    const out: Record<string, TraceCookie[]> = {};
    for (const [name, b] of this.browsers) {
      out[name] = b.jar.cookies().map((c) => ({
        name: c.name,
        value: c.value,
        expires: c.expires === null ? null : isoUtc(c.expires),
        path: c.path,
        domain: c.domain,
        secure: c.secure,
        httponly: c.httpOnly,
        samesite: c.sameSite,
      }));
    }
    return out;
  }

  /**
   * Runs one step. `storeLimit`: above this many django_session rows the
   * trace's store is left empty (the app pages through big tables instead).
   */
  async run(
    step: Step,
    { storeLimit = Infinity }: { storeLimit?: number } = {},
  ): Promise<StepOutcome> {
    const { server, clock } = this.deps;
    const kind = stepKind(step);
    let extra: Partial<TraceStep> = {};
    let exchange: Exchange | undefined;
    if ("request" in step) {
      ({ trace: extra, exchange } = await this.request(step.request));
    } else if ("advance" in step) {
      // The app's clock buttons come here without parseScenario: the same limit, the same words.
      if (clock.now() + step.advance * 1000 > DATETIME_MAX_MS)
        throw ScenarioError.of("", "clockMax", { got: step.advance });
      clock.advance(step.advance);
    } else if ("close_browser" in step) {
      this.browser(step.close_browser).close();
    } else if ("restart_server" in step) {
      server.restart();
    } else if ("settings" in step) {
      // Editing settings.py makes runserver reload: a settings change is a restart too.
      server.restart(applySettings(server.settings, step.settings));
    } else if ("manage" in step) {
      extra = { output: (await server.manage(step.manage)).output };
    } else {
      const e = step.edit_cookie;
      const url = e.origin + (e.path ?? "/");
      const value = isCookieRef(e.value)
        ? (this.browsers.get(e.value.cookie)?.jar.valueFor(e.name, url) ?? null)
        : e.value;
      this.browser(e.browser).jar.edit({
        name: e.name,
        value,
        url,
        domain: e.domain,
        path: e.path,
      });
    }
    const rows = storeLimit === Infinity ? undefined : await server.ctx.db.count();
    const bigTable = rows !== undefined && rows > storeLimit;
    const trace: TraceStep = {
      kind,
      now: isoUtc(clock.now()),
      ...extra,
      store: bigTable ? [] : await storeSnapshot(server),
      jar: this.jar(),
    };
    return {
      trace,
      exchange,
      ...(bigTable ? { storeSkipped: true } : {}),
      ...(rows !== undefined ? { storeRows: rows } : {}),
    };
  }
}
