import { testDrivers } from "@propgov/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/index.js";
import { createHarness, expectProblem, failingPaths, type Harness } from "./harness.js";

describe.each(testDrivers())("system routes on %s", (driver) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(driver, {
      docsScript: async () => ({ body: "window.Scalar = { createApiReference() {} };" }),
    });
  });
  afterAll(() => h?.destroy());

  it("GET /health answers ok", async () => {
    const res = await h.request("GET", "/health");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: "ok" });
  });

  it("GET /ready answers 200 when the database answers", async () => {
    const res = await h.request("GET", "/ready");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: "ready", database: driver });
  });

  it("GET /ready answers 503 problem+json when the database does not", async () => {
    const app = createApp({
      db: { ...h.deps.db, ping: () => Promise.reject(new Error("connection refused")) },
    });
    const res = await app.request("/ready");
    expect(res.status).toBe(503);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(res.headers.get("retry-after")).toBe("5");
    const body = (await res.json()) as { code: string; detail: string };
    expect(body.code).toBe("unavailable");
    expect(body.detail).not.toContain("refused");
  });

  it("echoes a sane x-request-id and makes one up otherwise", async () => {
    const given = await h.request("GET", "/health", { headers: { "x-request-id": "trace-abc.123" } });
    expect(given.headers.get("x-request-id")).toBe("trace-abc.123");
    const made = await h.request("GET", "/health");
    expect(made.headers.get("x-request-id")).toMatch(/^req_[0-9A-Z]{26}$/);
    const hostile = await h.request("GET", "/health", { headers: { "x-request-id": "<script>" } });
    expect(hostile.headers.get("x-request-id")).toMatch(/^req_/);
  });

  it("puts the request id in problem bodies too", async () => {
    const res = await h.request("GET", "/nowhere", { headers: { "x-request-id": "trace-404" } });
    const problem = expectProblem(res, 404, "not_found");
    expect(problem.requestId).toBe("trace-404");
    expect(res.headers.get("x-request-id")).toBe("trace-404");
  });

  it("answers malformed JSON with 400 problem+json", async () => {
    const res = await h.request("POST", "/v1/auth/login", {
      rawBody: "{not json",
      headers: { "content-type": "application/json" },
    });
    expectProblem(res, 400, "bad_request");
  });

  it("answers a body that does not fit with 422 naming every failing field", async () => {
    const res = await h.request("POST", "/v1/auth/login", { body: { username: "a b", tenant: "NOPE" } });
    expectProblem(res, 422, "unprocessable");
    expect(failingPaths(res).sort()).toEqual(["body.password", "body.tenant", "body.username"]);
  });

  it("an unknown tenant slug is 404", async () => {
    const res = await h.request("GET", "/v1/tenants/nowhere/users", { token: h.ours.adminToken });
    expectProblem(res, 404, "not_found");
    const pub = await h.request("GET", "/v1/tenants/nowhere");
    expectProblem(pub, 404, "not_found");
  });

  it("GET /v1/tenants/{tenant} shows a tenant's public facts without sign-in", async () => {
    const res = await h.request("GET", "/v1/tenants/ours");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      slug: "ours",
      name: "蒙城县",
      divisionCode: "341622",
      timezone: "Asia/Shanghai",
    });
  });

  it("serves an OpenAPI 3.1 document where every operation has id, tags, summary and examples", async () => {
    const res = await h.request("GET", "/openapi.json");
    expect(res.status).toBe(200);
    const doc = res.body;
    expect(doc.openapi).toBe("3.1.0");
    const operations = Object.entries(doc.paths as Record<string, Record<string, any>>).flatMap(
      ([path, item]) => Object.entries(item).map(([method, op]) => ({ path, method, op })),
    );
    expect(operations.length).toBeGreaterThanOrEqual(16);
    const ids = new Set<string>();
    for (const { path, method, op } of operations) {
      const where = `${method.toUpperCase()} ${path}`;
      expect(op.operationId, where).toBeTruthy();
      expect(ids.has(op.operationId), `${where} repeats ${op.operationId}`).toBe(false);
      ids.add(op.operationId);
      expect(op.tags?.length, where).toBeGreaterThan(0);
      expect(op.summary, where).toBeTruthy();
      const body = op.requestBody?.content?.["application/json"]?.schema;
      if (body) expect(hasExample(doc, body), `${where} request example`).toBe(true);
      for (const [status, response] of Object.entries(op.responses as Record<string, any>)) {
        const schema = response.content?.["application/json"]?.schema;
        if (schema && status.startsWith("2"))
          expect(hasExample(doc, schema), `${where} ${status} example`).toBe(true);
      }
    }
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(["bearerAuth", "cookieAuth"]);
  });

  it("serves the API reference page with its script from this server", async () => {
    const page = await h.app.request("/docs");
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('src="/docs/assets/api-reference.js"');
    expect(html).not.toMatch(/https?:\/\/(cdn|unpkg|fonts)/);
    const script = await h.app.request("/docs/assets/api-reference.js");
    expect(script.status).toBe(200);
    expect(script.headers.get("content-type")).toContain("javascript");
  });
});

function hasExample(doc: any, schema: any): boolean {
  if (!schema) return false;
  if (schema.example !== undefined || schema.examples !== undefined) return true;
  if (schema.$ref) {
    const name = String(schema.$ref).split("/").pop() as string;
    return hasExample(doc, doc.components.schemas[name]);
  }
  if (schema.type === "object" && schema.properties) {
    return Object.values(schema.properties).every((p: any) => hasExample(doc, p) || p.type !== "object");
  }
  return false;
}
