import { testDrivers } from "@propgov/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, expectProblem, failingPaths, type Harness, PASSWORD } from "./harness.js";

describe.each(testDrivers())("tenants on %s", (driver) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(driver);
  });
  afterAll(() => h?.destroy());

  const body = { slug: "guoyang", name: "涡阳县", divisionCode: "341621" };

  it("a platform admin creates a tenant (default time zone Asia/Shanghai)", async () => {
    const res = await h.request("POST", "/v1/tenants", { token: h.rootToken, body });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ ...body, timezone: "Asia/Shanghai" });
    expect(res.body.id).toMatch(/^ten_[0-9A-Z]{26}$/);
    const pub = await h.request("GET", "/v1/tenants/guoyang");
    expect(pub.body).toEqual({ ...body, timezone: "Asia/Shanghai" });
  });

  it("a duplicate slug is 409 naming the field", async () => {
    const res = await h.request("POST", "/v1/tenants", {
      token: h.rootToken,
      body: { ...body, name: "again" },
    });
    expectProblem(res, 409, "conflict");
    expect(failingPaths(res)).toEqual(["body.slug"]);
  });

  it("bad input is 422 naming each field", async () => {
    const res = await h.request("POST", "/v1/tenants", {
      token: h.rootToken,
      body: { slug: "Bad Slug", name: "", divisionCode: "34162", timezone: "Mars/Olympus", extra: 1 },
    });
    expectProblem(res, 422, "unprocessable");
    expect(failingPaths(res).sort()).toEqual([
      "body",
      "body.divisionCode",
      "body.name",
      "body.slug",
      "body.timezone",
    ]);
  });

  it("takes the tenant's settings at creation: its case numbers use the prefix", async () => {
    const res = await h.request("POST", "/v1/tenants", {
      token: h.rootToken,
      body: { slug: "lixin", name: "利辛县", divisionCode: "341623", settings: { caseNumberPrefix: "LX" } },
    });
    expect(res.status).toBe(201);
    await h.request("POST", "/v1/tenants/lixin/users", {
      token: h.rootToken,
      body: { username: "admin", displayName: "管理员", password: PASSWORD, roles: ["countyAdmin"] },
    });
    const token = await h.login("lixin", "admin");
    const settings = await h.request("GET", "/v1/tenants/lixin/settings", { token });
    expect(settings.status).toBe(200);
    expect(settings.body).toMatchObject({
      caseNumberPrefix: "LX",
      allowedOrigins: [],
      publicIntake: { perMinute: 20 },
      publicReads: { perMinute: 120 },
    });

    const bad = await h.request("POST", "/v1/tenants", {
      token: h.rootToken,
      body: { slug: "bozhou", name: "亳州", divisionCode: "341602", settings: { caseNumberPrefix: "lx-1" } },
    });
    expectProblem(bad, 422, "unprocessable");
    expect(failingPaths(bad)).toEqual(["body.settings.caseNumberPrefix"]);
  });

  it("lists tenants with cursor pagination", async () => {
    const first = await h.request("GET", "/v1/tenants?limit=2", { token: h.rootToken });
    expect(first.status).toBe(200);
    expect(first.body.items.map((t: { slug: string }) => t.slug)).toEqual(["ours", "other"]);
    expect(first.body.nextCursor).toBeTruthy();
    const second = await h.request("GET", `/v1/tenants?limit=2&cursor=${first.body.nextCursor}`, {
      token: h.rootToken,
    });
    expect(second.body.items.map((t: { slug: string }) => t.slug)).toEqual(["guoyang", "lixin"]);
    expect(second.body.nextCursor).toBeNull();
    expectProblem(
      await h.request("GET", "/v1/tenants?cursor=!!", { token: h.rootToken }),
      400,
      "bad_request",
    );
    const tooMany = await h.request("GET", "/v1/tenants?limit=1000", { token: h.rootToken });
    expectProblem(tooMany, 400, "bad_request");
    expect(failingPaths(tooMany)).toEqual(["query.limit"]);
  });

  it("security: no auth is 401, a county admin is 403", async () => {
    expectProblem(await h.request("POST", "/v1/tenants", { body }), 401, "unauthenticated");
    expectProblem(await h.request("GET", "/v1/tenants"), 401, "unauthenticated");
    expectProblem(
      await h.request("POST", "/v1/tenants", { token: h.ours.adminToken, body }),
      403,
      "forbidden",
    );
    expectProblem(await h.request("GET", "/v1/tenants", { token: h.ours.adminToken }), 403, "forbidden");
  });

  it("records the creation in the new tenant's audit trail", async () => {
    const { auditEvents, tenants, withTenant, withoutTenant } = await import("@propgov/db");
    const { eq } = await import("drizzle-orm");
    const [tenant] = await withoutTenant(h.deps.db.db, (tx) =>
      tx.select().from(tenants).where(eq(tenants.slug, "guoyang")),
    );
    const events = await withTenant(h.deps.db.db, tenant!.id, (tx) => tx.select().from(auditEvents));
    expect(events.map((e) => [e.action, e.actorType])).toEqual([["tenant.create", "platformUser"]]);
  });

  it("with one database, the shard is `default`; any other name is 422 at body.shard", async () => {
    const placed = await h.request("POST", "/v1/tenants", {
      token: h.rootToken,
      body: { slug: "taihe", name: "太和县", divisionCode: "341222", shard: "default" },
    });
    expect(placed.status).toBe(201);
    expect(placed.body.shard).toBe("default");
    const unknown = await h.request("POST", "/v1/tenants", {
      token: h.rootToken,
      body: { slug: "jieshou", name: "界首市", divisionCode: "341282", shard: "east" },
    });
    expectProblem(unknown, 422, "unprocessable");
    expect(failingPaths(unknown)).toEqual(["body.shard"]);
    expectProblem(await h.request("GET", "/v1/tenants/jieshou"), 404, "not_found");
  });
});
