import { newId } from "@propgov/core";
import {
  auditEvents,
  mechanismVersions,
  platformAuditEvents,
  tenants,
  withPlatform,
  withTenant,
} from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTenant, createUser, systemPrincipal } from "../src/index.js";
import { createHarness, expectProblem, type Harness, PASSWORD } from "./harness.js";

describe.each(testDrivers())("disabling, enabling and deleting tenants on %s", (driver) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(driver);
  });
  afterAll(() => h?.destroy());

  const system = () => ({ deps: h.deps, requestId: newId("request"), principal: systemPrincipal("test") });
  const root = () => ({ token: h.rootToken });

  it("a disabled county answers 404 on its public, staff and Open311 routes, and sign-in fails", async () => {
    const off = await h.request("POST", "/v1/platform/tenants/ours/disable", root());
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ slug: "ours", demo: false, disabledAt: expect.any(String) });

    expectProblem(await h.request("GET", "/v1/tenants/ours"), 404, "not_found");
    expectProblem(await h.request("GET", "/v1/tenants/ours/public/disclosures"), 404, "not_found");
    expectProblem(
      await h.request("GET", "/v1/tenants/ours/users", { token: h.ours.adminToken }),
      404,
      "not_found",
    );
    expect((await h.request("GET", "/open311/v2/services.json?jurisdiction_id=ours")).status).toBe(404);
    const signIn = await h.request("POST", "/v1/auth/login", {
      body: { tenant: "ours", username: "admin", password: PASSWORD },
    });
    expect(signIn.status).toBe(401);
    // The other county is untouched.
    expect((await h.request("GET", "/v1/tenants/other")).status).toBe(200);

    const again = await h.request("POST", "/v1/platform/tenants/ours/disable", root());
    expect(again.body.disabledAt).toBe(off.body.disabledAt);
  });

  it("an enabled county serves again, and both changes are in its audit trail", async () => {
    const on = await h.request("POST", "/v1/platform/tenants/ours/enable", root());
    expect(on.status).toBe(200);
    expect(on.body.disabledAt).toBeNull();
    expect((await h.request("GET", "/v1/tenants/ours")).status).toBe(200);
    expect((await h.request("GET", "/open311/v2/services.json?jurisdiction_id=ours")).status).toBe(200);
    expect(await h.login("ours", "admin")).toMatch(/^ses_/);

    const trail = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.targetId, h.ours.id)),
    );
    expect(trail.map((e) => e.action)).toEqual(["tenant.create", "tenant.disable", "tenant.enable"]);
  });

  it("refuses to delete a county that is not a demo (409), and keeps it", async () => {
    const res = await h.request("DELETE", "/v1/platform/tenants/other", root());
    expectProblem(res, 409, "conflict");
    expect(res.body.reason).toBe("tenant_not_demo");
    expect((await h.request("GET", "/v1/tenants/other")).status).toBe(200);
  });

  it("deletes a demo tenant with its history, keeping the deletion in the platform audit trail", async () => {
    const demo = await createTenant(system(), {
      slug: "demo",
      name: "示范县",
      divisionCode: "341699",
      demo: true,
    });
    await createUser(
      { ...system(), tenant: demo },
      { username: "admin", displayName: "示范管理员", password: PASSWORD, roles: ["countyAdmin"] },
    );
    const token = await h.login("demo", "admin");
    const region = await h.request("POST", "/v1/tenants/demo/regions", {
      token,
      body: { name: "城关街道", kind: "street", code: "341699001" },
    });
    expect(region.status).toBe(201);
    const history = () =>
      withTenant(h.deps.db.db, demo.id, async (tx) => ({
        audit: (await tx.select().from(auditEvents)).length,
        mechanism: (await tx.select().from(mechanismVersions)).length,
      }));
    expect((await history()).audit).toBeGreaterThan(0);
    expect((await history()).mechanism).toBe(1);

    const res = await h.request("DELETE", "/v1/platform/tenants/demo", root());
    expect(res.status).toBe(204);
    expect((await h.request("GET", "/v1/tenants/demo")).status).toBe(404);
    expect(await history()).toEqual({ audit: 0, mechanism: 0 });
    const left = await withPlatform(h.deps.db.db, (tx) =>
      tx.select().from(tenants).where(eq(tenants.id, demo.id)),
    );
    expect(left).toEqual([]);
    const kept = await withPlatform(h.deps.db.db, (tx) =>
      tx.select().from(platformAuditEvents).where(eq(platformAuditEvents.targetId, demo.id)),
    );
    expect(kept).toMatchObject([
      { action: "tenant.delete", actorType: "platformUser", before: { slug: "demo" } },
    ]);

    // History stays append-only after the deletion: the triggers are back.
    const edit = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx.update(auditEvents).set({ action: "forged" }).where(eq(auditEvents.tenantId, h.ours.id)),
    ).catch((error: unknown) => error);
    expect(edit).toBeInstanceOf(Error);

    expectProblem(await h.request("DELETE", "/v1/platform/tenants/demo", root()), 404, "not_found");
  });

  it("is for platform administrators only", async () => {
    const asCounty = { token: h.ours.adminToken };
    expect((await h.request("POST", "/v1/platform/tenants/other/disable", asCounty)).status).toBe(403);
    expect((await h.request("DELETE", "/v1/platform/tenants/other")).status).toBe(401);
    expect((await h.request("POST", "/v1/platform/tenants/Bad%20Slug/disable", root())).status).toBe(400);
  });
});
