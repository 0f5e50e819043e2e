import { HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { jsonResponse } from "./jsonResponse.ts";

describe("jsonResponse", () => {
  it("answers as HttpResponse.json does: status, content type, length in bytes and body", async () => {
    const body = { greeting: "你好, alice", n: 1 };
    const ours = jsonResponse(body, 201);
    const msws = HttpResponse.json(body, { status: 201 });
    expect(ours.status).toBe(201);
    expect(ours.headers.get("content-type")).toBe(msws.headers.get("content-type"));
    expect(ours.headers.get("content-length")).toBe(msws.headers.get("content-length"));
    // The Chinese characters take three bytes each: the length counts bytes, not characters.
    expect(Number(ours.headers.get("content-length"))).toBe(JSON.stringify(body).length + 4);
    expect(await ours.json()).toEqual(body);
  });

  it("answers 200 unless told otherwise", () => {
    expect(jsonResponse([]).status).toBe(200);
  });
});
