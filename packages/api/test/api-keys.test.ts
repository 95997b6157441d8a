import { testDrivers } from "@propgov/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, expectProblem, failingPaths, type Harness } from "./harness.js";
import { seedRegion, seedScopeCompound } from "./registry-fixtures.js";

describe.each(testDrivers())("API keys on %s", (driver) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(driver, { startAt: "2026-04-14T02:00:00.000Z" });
  });
  afterAll(() => h?.destroy());

  const path = "/v1/tenants/ours/api-keys";

  it("creates a key shown once, usable as a Bearer token, listed without its secret", async () => {
    const res = await h.request("POST", path, {
      token: h.ours.adminToken,
      body: { name: "12345 hotline bridge", roles: ["countyAdmin"] },
    });
    expect(res.status).toBe(201);
    expect(res.body.key).toMatch(/^key_[0-9A-Z]{26}\.ten_[0-9A-Z]{26}\.[a-z0-9]{32}$/);
    expect(res.body.key.split(".")[1]).toBe(h.ours.id);
    expect(res.body.key.startsWith(res.body.prefix)).toBe(true);
    const me = await h.request("GET", "/v1/auth/me", { token: res.body.key });
    expect(me.body).toMatchObject({
      id: res.body.id,
      displayName: "12345 hotline bridge",
      roles: ["countyAdmin"],
    });
    expect((await h.request("GET", "/v1/tenants/ours/users", { token: res.body.key })).status).toBe(200);

    const list = await h.request("GET", path, { token: h.ours.adminToken });
    expect(list.body.items).toHaveLength(1);
    expect(JSON.stringify(list.body)).not.toContain(res.body.key.split(".")[2]);
    expect(list.body.items[0]).not.toHaveProperty("key");
    expect(list.body.items[0].lastUsedAt).not.toBeNull();
  });

  it("a key acts only with its roles, and is never a cookie", async () => {
    const res = await h.request("POST", path, {
      token: h.ours.adminToken,
      body: {
        name: "region feed",
        roles: ["regionStaff"],
        scope: { regionId: (await seedRegion(h, h.ours, "street", "任职街道")).id },
      },
    });
    expectProblem(
      await h.request("GET", "/v1/tenants/ours/users", { token: res.body.key }),
      403,
      "forbidden",
    );
    expectProblem(
      await h.request("GET", "/v1/auth/me", { cookie: `propgov_session=${res.body.key}` }),
      401,
      "unauthenticated",
    );
  });

  it("a key under another county's id, or without its county, authenticates nothing", async () => {
    const res = await h.request("POST", path, {
      token: h.ours.adminToken,
      body: { name: "moved", roles: ["countyAdmin"] },
    });
    const [id, , secret] = res.body.key.split(".") as [string, string, string];
    for (const wrong of [`${id}.${h.other.id}.${secret}`, `${id}.${secret}`]) {
      expectProblem(await h.request("GET", "/v1/auth/me", { token: wrong }), 401, "unauthenticated");
      for (const county of ["ours", "other"]) {
        expectProblem(
          await h.request("GET", `/v1/tenants/${county}/users`, { token: wrong }),
          401,
          "unauthenticated",
        );
      }
    }
    expect((await h.request("GET", "/v1/tenants/ours/users", { token: res.body.key })).status).toBe(200);
  });

  it("a revoked key authenticates nothing; revoking is idempotent", async () => {
    const created = await h.request("POST", path, {
      token: h.ours.adminToken,
      body: { name: "temp", roles: ["countyAdmin"] },
    });
    const revoked = await h.request("DELETE", `${path}/${created.body.id}`, { token: h.ours.adminToken });
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).not.toBeNull();
    expectProblem(await h.request("GET", "/v1/auth/me", { token: created.body.key }), 401, "unauthenticated");
    const again = await h.request("DELETE", `${path}/${created.body.id}`, { token: h.ours.adminToken });
    expect(again.body.revokedAt).toBe(revoked.body.revokedAt);
    const active = await h.request("GET", path, { token: h.ours.adminToken });
    expect(active.body.items.map((k: { id: string }) => k.id)).not.toContain(created.body.id);
    const all = await h.request("GET", `${path}?includeRevoked=true`, { token: h.ours.adminToken });
    expect(all.body.items.map((k: { id: string }) => k.id)).toContain(created.body.id);
  });

  it("an expired key authenticates nothing", async () => {
    const expiresAt = new Date(h.deps.now().getTime() + 60_000).toISOString();
    const created = await h.request("POST", path, {
      token: h.ours.adminToken,
      body: { name: "short-lived", roles: ["countyAdmin"], expiresAt },
    });
    expect(created.status).toBe(201);
    expect((await h.request("GET", "/v1/auth/me", { token: created.body.key })).status).toBe(200);
    h.advance(61_000);
    expectProblem(await h.request("GET", "/v1/auth/me", { token: created.body.key }), 401, "unauthenticated");
    h.advance(-61_000);
  });

  it("bad input is 422 naming the fields", async () => {
    const bad = await h.request("POST", path, {
      token: h.ours.adminToken,
      body: { name: "", roles: [], expiresAt: "tomorrow" },
    });
    expectProblem(bad, 422, "unprocessable");
    expect(failingPaths(bad).sort()).toEqual(["body.expiresAt", "body.name", "body.roles"]);
    const past = await h.request("POST", path, {
      token: h.ours.adminToken,
      body: { name: "late", roles: ["countyAdmin"], expiresAt: "2020-01-01T00:00:00Z" },
    });
    expect(failingPaths(past)).toEqual(["body.expiresAt"]);
    const scope = await h.request("POST", path, {
      token: h.ours.adminToken,
      body: { name: "x", roles: ["companyStaff"] },
    });
    expect(failingPaths(scope)).toEqual(["body.scope.companyId"]);
  });

  it("security: no auth 401, wrong role 403, platform admin 403, other tenant 404", async () => {
    const body = { name: "x", roles: ["countyAdmin"] };
    expectProblem(await h.request("POST", path, { body }), 401, "unauthenticated");
    const staff = await h.userWith(h.ours, ["committeeMember"], { compoundId: await seedScopeCompound(h) });
    expectProblem(await h.request("POST", path, { token: staff.token, body }), 403, "forbidden");
    expectProblem(await h.request("GET", path, { token: staff.token }), 403, "forbidden");
    expectProblem(await h.request("POST", path, { token: h.rootToken, body }), 403, "forbidden");
    expectProblem(await h.request("GET", path, { token: h.other.adminToken }), 404, "not_found");
    const ours = await h.request("POST", path, {
      token: h.ours.adminToken,
      body: { name: "mine", roles: ["countyAdmin"] },
    });
    expectProblem(
      await h.request("DELETE", `/v1/tenants/other/api-keys/${ours.body.id}`, { token: h.other.adminToken }),
      404,
      "not_found",
    );
    expect((await h.request("GET", "/v1/auth/me", { token: ours.body.key })).status).toBe(200);
    // A key of ours used on the other tenant's routes finds nothing there.
    expectProblem(
      await h.request("GET", "/v1/tenants/other/users", { token: ours.body.key }),
      404,
      "not_found",
    );
  });
});
