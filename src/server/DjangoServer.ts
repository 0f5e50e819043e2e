import { internalServerErrorRecord } from "./internalServerErrorRecord.ts";
import { CacheRegistry } from "../engine/cache/CacheRegistry.ts";
import type { Settings } from "../engine/conf/settings.ts";
import type { EngineContext } from "../engine/EngineContext.ts";
import { clearsessions } from "../engine/management/clearsessions.ts";
import { SessionMiddleware } from "../engine/middleware/SessionMiddleware.ts";
import type { Clock, Hmac, Logger, RandomSource } from "../engine/ports.ts";
import { PythonError } from "../engine/python/PythonError.ts";
import { pythonJsonDumps } from "../engine/python/pythonJsonDumps.ts";
import { SessionInterrupted } from "../engine/sessions/errors.ts";
import type { SessionTable } from "../engine/storage/SessionTable.ts";
import type { SimFileSystem } from "../engine/storage/SimFileSystem.ts";
import { HttpRequest } from "./http/HttpRequest.ts";
import { HttpResponse } from "./http/HttpResponse.ts";
import { renderTemplate } from "./template/renderTemplate.ts";
import { backendHtml } from "./templates/backendHtml.ts";
import { loginHtml } from "./templates/loginHtml.ts";
import { urlpatterns } from "./urls.ts";
import type { View, ViewEnv } from "./views/View.ts";
import { FLAGS_HEADER, type SessionFlags, type WireRequest, type WireResponse } from "./wire.ts";

export interface ServerOptions {
  settings: Settings;
  clock: Clock;
  random: RandomSource;
  hmac: Hmac;
  logger: Logger;
  db: SessionTable;
  fs: SimFileSystem;
}

export const DEFAULT_TEMPLATES: Readonly<Record<string, string>> = {
  "login.html": loginHtml,
  "backend.html": backendHtml,
};

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The simulated Django project as one server process: settings, the
 * database and disk it shares with later processes, its own in-memory caches,
 * and the middleware built at start-up. `restart` is a new process.
 */
export class DjangoServer {
  private caches!: CacheRegistry;
  private middleware!: SessionMiddleware;
  ctx!: EngineContext;
  templates: Record<string, string> = { ...DEFAULT_TEMPLATES };
  /** Views that replace the built-in ones for a path (the learner's views.py, run as Python). */
  viewOverrides: Record<string, View> = {};

  constructor(private readonly options: ServerOptions) {
    this.restart(options.settings);
  }

  get settings(): Settings {
    return this.ctx.settings;
  }

  /** A new process with these settings: local-memory caches start empty; rows and files stay. */
  restart(settings: Settings = this.settings): void {
    const { clock, random, hmac, logger, db, fs } = this.options;
    this.caches = new CacheRegistry(clock);
    this.ctx = { settings, clock, random, hmac, logger, db, fs, caches: this.caches };
    this.middleware = new SessionMiddleware(this.ctx);
  }

  get cacheRegistry(): CacheRegistry {
    return this.caches;
  }

  private viewEnv(): ViewEnv {
    return {
      ctx: this.ctx,
      render: (_request, name, context = {}) => {
        const source = this.templates[name];
        if (source === undefined) throw new PythonError("TemplateDoesNotExist", name);
        return new HttpResponse(renderTemplate(source, context));
      },
    };
  }

  private serverError(request: HttpRequest, error: unknown): HttpResponse {
    const name =
      error instanceof PythonError
        ? error.pythonName
        : error instanceof Error
          ? error.name
          : "Error";
    const message = error instanceof Error ? error.message : String(error);
    this.options.logger.log(internalServerErrorRecord(request.path, name, message));
    const response = new HttpResponse(
      `<h1>Server Error (500)</h1><p>${escapeHtml(name)}: ${escapeHtml(message)}</p>`,
      500,
    );
    response.logged = true;
    return response;
  }

  /** One request through the handler: URL resolution, the view, then SessionMiddleware. */
  async handle(wire: WireRequest): Promise<WireResponse> {
    const request = new HttpRequest(wire);
    const middleware = this.middleware;
    middleware.processRequest(request);
    const view = this.viewOverrides[request.path] ?? urlpatterns[request.path];
    let response: HttpResponse;
    const flags: SessionFlags = { accessed: false, modified: false };
    if (!view) {
      response = new HttpResponse(
        `<h1>Not Found</h1><p>The requested resource was not found on this server.</p>`,
        404,
      );
    } else {
      try {
        response = await view(request, this.viewEnv());
      } catch (e) {
        response = this.serverError(request, e);
      }
      flags.accessed = request.session!.accessed;
      flags.modified = request.session!.modified;
    }
    try {
      await middleware.processResponse(request, response);
    } catch (e) {
      // Django's exception middleware wraps SessionMiddleware: a new response replaces the old one.
      if (e instanceof SessionInterrupted) {
        response = new HttpResponse("<h1>Bad Request (400)</h1>", 400);
        this.options.logger.log({
          logger: "django.request",
          level: "WARNING",
          message: `${e.message}: ${request.path}`,
        });
        response.logged = true;
      } else {
        response = this.serverError(request, e);
      }
    }
    // Django's handler logs each 4xx and 5xx response it has not logged yet.
    if (!response.logged && response.statusCode >= 400) {
      this.options.logger.log({
        logger: "django.request",
        level: response.statusCode >= 500 ? "ERROR" : "WARNING",
        message: `${response.reasonPhrase}: ${request.path}`,
      });
    }
    let flagsJson: string;
    try {
      flagsJson = pythonJsonDumps({ ...flags, results: request.opsResults ?? null });
    } catch (e) {
      // A result JSON cannot hold (a set a Python view left in a cache session): the view's own
      // JsonResponse failed alike, so the response is already its 500; the runner gets no results.
      if (!(e instanceof PythonError)) throw e;
      flagsJson = pythonJsonDumps({ ...flags, results: null });
    }
    response.setHeader(FLAGS_HEADER, flagsJson);
    return response.toWire();
  }

  /** `python manage.py <command>`. */
  async manage(command: "clearsessions"): Promise<{ output: string }> {
    if (command !== "clearsessions") throw new Error(`Unknown command: '${command}'`);
    return clearsessions(this.ctx);
  }
}
