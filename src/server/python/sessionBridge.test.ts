import { describe, expect, it } from "vitest";
import { sessionStoreFor } from "../../engine/sessions/sessionStoreFor.ts";
import { testContext } from "../../../tests/helpers/testContext.ts";
import { sessionBridge } from "./sessionBridge.ts";

describe("request.session calls from Python views", () => {
  it("keep a dict's key order both ways, as Python's json does", async () => {
    const { ctx } = testContext();
    const session = new (sessionStoreFor(ctx))(ctx);
    // What Python's json.dumps sends for request.session["cart"] = {"b": 1, "2": 2, "1": {"10": 0}}
    await sessionBridge(session, ctx, "__setitem__", '["cart", {"b": 1, "2": 2, "1": {"10": 0}}]');
    expect(await sessionBridge(session, ctx, "get", '["cart"]')).toBe(
      '{"value":{"b":1,"2":2,"1":{"10":0}}}',
    );
    await session.save();
    const row = await ctx.db.get(session.sessionKey!);
    // The signed text is Django's (not compressed here: it would be no shorter).
    expect(atob(row!.session_data.split(":")[0])).toBe('{"cart":{"b":1,"2":2,"1":{"10":0}}}');
  });

  it("keeps set_expiry(300.0) a float, as Django does, and the session still expires in 300 s", async () => {
    for (const engine of ["db", "cache"]) {
      const { ctx, clock } = testContext({
        SESSION_ENGINE: `django.contrib.sessions.backends.${engine}`,
      });
      const session = new (sessionStoreFor(ctx))(ctx);
      await sessionBridge(session, ctx, "__setitem__", '["a", 1]');
      await sessionBridge(session, ctx, "set_expiry", "[300.0]");
      expect(await sessionBridge(session, ctx, "get_expiry_age", "[]")).toBe('{"value":300.0}');
      const date = new Date(clock.now() + 300_000).toISOString().replace(".000Z", "+00:00");
      expect(await sessionBridge(session, ctx, "get_expiry_date", "[]")).toBe(
        `{"value":{"__datetime__":"${date}"}}`,
      );
      await session.save();
      const again = new (sessionStoreFor(ctx))(ctx, session.sessionKey);
      expect(await sessionBridge(again, ctx, "get", '["a"]')).toBe('{"value":1}');
    }
  });

  it("keeps a datetime a view stored for the request, and refuses to save it as JSON, as Django does", async () => {
    const datetime = '{"__datetime__":"2020-01-01T00:00:00"}';
    for (const engine of ["db", "cached_db", "file", "signed_cookies"]) {
      const { ctx } = testContext({ SESSION_ENGINE: `django.contrib.sessions.backends.${engine}` });
      const session = new (sessionStoreFor(ctx))(ctx);
      await sessionBridge(session, ctx, "__setitem__", `["when", ${datetime}]`);
      // Read back in the same request: the same datetime for the view.
      expect(await sessionBridge(session, ctx, "__getitem__", '["when"]')).toBe(
        `{"value":${datetime}}`,
      );
      // The middleware's save encodes the session with JSONSerializer: a TypeError, a 500.
      await expect(session.save()).rejects.toMatchObject({
        pythonName: "TypeError",
        message: "Object of type datetime is not JSON serializable",
      });
    }
  });

  it("refuses a set, bytes or a Decimal at the save with Python's own words", async () => {
    const tagged = {
      set: '{"__set__": [1]}',
      bytes: '{"__bytes__": "YQ=="}',
      Decimal: '{"__Decimal__": "1.5"}',
    };
    for (const [type, value] of Object.entries(tagged)) {
      const { ctx } = testContext();
      const session = new (sessionStoreFor(ctx))(ctx);
      await sessionBridge(session, ctx, "__setitem__", `["k", ${value}]`);
      await expect(session.save()).rejects.toMatchObject({
        pythonName: "TypeError",
        message: `Object of type ${type} is not JSON serializable`,
      });
    }
  });

  it("keeps an object of the view's own class until the save, which refuses it as JSON does", async () => {
    for (const engine of ["db", "cached_db", "file", "signed_cookies"]) {
      const { ctx } = testContext({ SESSION_ENGINE: `django.contrib.sessions.backends.${engine}` });
      const session = new (sessionStoreFor(ctx))(ctx);
      // The assignment itself succeeds, as in Django: the session is serialized at the end.
      await sessionBridge(session, ctx, "__setitem__", '["cart", {"__object__": "Cart"}]');
      await expect(session.save()).rejects.toMatchObject({
        pythonName: "TypeError",
        message: "Object of type Cart is not JSON serializable",
      });
    }
  });

  it("says plainly that its cache cannot pickle an object of the view's own class", async () => {
    const { ctx } = testContext({ SESSION_ENGINE: "django.contrib.sessions.backends.cache" });
    const session = new (sessionStoreFor(ctx))(ctx);
    await sessionBridge(session, ctx, "__setitem__", '["cart", [{"__object__": "Cart"}]]');
    await expect(session.save()).rejects.toMatchObject({
      pythonName: "NotImplementedError",
      message: expect.stringContaining("cannot pickle a Cart object"),
    });
  });

  it("stores what JSON cannot hold with the cache engine, which pickles, and gives it back", async () => {
    const { ctx } = testContext({ SESSION_ENGINE: "django.contrib.sessions.backends.cache" });
    const session = new (sessionStoreFor(ctx))(ctx);
    const values =
      '{"at": {"__datetime__": "2020-01-01T00:00:00"}, "for": {"__timedelta__": 90.0}, "tags": {"__set__": ["a"]}, "raw": {"__bytes__": "YQ=="}}';
    await sessionBridge(session, ctx, "__setitem__", `["k", ${values}]`);
    await session.save();
    const again = new (sessionStoreFor(ctx))(ctx, session.sessionKey);
    expect(await sessionBridge(again, ctx, "get", '["k"]')).toBe(
      '{"value":{"at":{"__datetime__":"2020-01-01T00:00:00"},"for":{"__timedelta__":90.0},"tags":{"__set__":["a"]},"raw":{"__bytes__":"YQ=="}}}',
    );
  });

  it("stores a dict that only looks like a tagged object as the dict it is, and hands it back wrapped", async () => {
    const { ctx } = testContext();
    const session = new (sessionStoreFor(ctx))(ctx);
    // What the shim sends for request.session["d"] = {"__Decimal__": "1"}: wrapped, to stay a dict.
    await sessionBridge(session, ctx, "__setitem__", '["d", {"__dict__": {"__Decimal__": "1"}}]');
    await session.save();
    const row = await ctx.db.get(session.sessionKey!);
    expect(atob(row!.session_data.split(":")[0])).toBe('{"d":{"__Decimal__":"1"}}');
    const again = new (sessionStoreFor(ctx))(ctx, session.sessionKey);
    expect(await sessionBridge(again, ctx, "get", '["d"]')).toBe(
      '{"value":{"__dict__":{"__Decimal__":"1"}}}',
    );
  });

  it("refuses update() with a float as Python does: a float is not iterable, nor a pair", async () => {
    const { ctx } = testContext();
    const session = new (sessionStoreFor(ctx))(ctx);
    expect(await sessionBridge(session, ctx, "update", "[10.0]")).toBe(
      JSON.stringify({ error: "TypeError", message: "'float' object is not iterable" }),
    );
    expect(await sessionBridge(session, ctx, "update", '[[["a", 1], 5.0]]')).toBe(
      JSON.stringify({
        error: "TypeError",
        message: "cannot convert dictionary update sequence element #1 to a sequence",
      }),
    );
  });
});
