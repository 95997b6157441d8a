import { auditEvents, tenants, withPlatform, withTenant } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CaseWorld, seedCaseWorld } from "./case-fixtures.js";
import { createHarness, expectProblem, failingPaths, type Harness } from "./harness.js";

describe.each(testDrivers())("tenant settings on %s", (driver) => {
  let h: Harness;
  let world: CaseWorld;
  beforeAll(async () => {
    h = await createHarness(driver);
    world = await seedCaseWorld(h);
  });
  afterAll(() => h?.destroy());

  const path = "/v1/tenants/ours/settings";
  const defaults = {
    allowedOrigins: [],
    publicIntake: { perMinute: 20 },
    publicReads: { perMinute: 120 },
    outbound: { allowedHosts: [] },
  };

  const auditOf = () =>
    withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, "tenant.settings"), eq(auditEvents.targetId, h.ours.id)))
        .orderBy(auditEvents.id),
    );

  it("starts from the defaults", async () => {
    const res = await h.request("GET", path, { token: h.ours.adminToken });
    expect(res.status).toBe(200);
    expect(res.body).toEqual(defaults);
  });

  it("the first case number uses the prefix the county set", async () => {
    const put = await h.request("PUT", path, {
      token: h.ours.adminToken,
      body: { caseNumberPrefix: "MC" },
    });
    expect(put.body).toEqual({ caseNumberPrefix: "MC", ...defaults });
    const year = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric" }).format(
      h.deps.now(),
    );
    const filed = await h.request("POST", "/v1/tenants/ours/public/cases", {
      body: {
        category: "serviceQuality",
        compoundId: world.sunshine,
        description: "单元门禁坏了，谁都能进。",
        reporter: { name: "赵六", phone: "13912345678" },
      },
    });
    expect(filed.status).toBe(201);
    expect(filed.body.number).toBe(`MC-${year}-000001`);
  });

  it("replaces the settings, audits before and after, and touches no other county", async () => {
    const body = {
      caseNumberPrefix: "MC2",
      allowedOrigins: ["https://www.mengcheng.gov.cn", "http://localhost:5173"],
      publicIntake: { perMinute: 60 },
      publicReads: { perMinute: 240 },
      outbound: { allowedHosts: ["hooks.mengcheng.gov.cn", "*.mengcheng.gov.cn"] },
    };
    const before = (await h.request("GET", path, { token: h.ours.adminToken })).body;
    const put = await h.request("PUT", path, { token: h.ours.adminToken, body });
    expect(put.status).toBe(200);
    expect(put.body).toEqual(body);
    expect((await h.request("GET", path, { token: h.ours.adminToken })).body).toEqual(body);

    // What GET answers can be sent back unchanged.
    const roundTrip = await h.request("PUT", path, { token: h.ours.adminToken, body: put.body });
    expect(roundTrip.body).toEqual(body);

    const [stored] = await withPlatform(h.deps.db.db, (tx) =>
      tx.select({ settings: tenants.settings }).from(tenants).where(eq(tenants.id, h.ours.id)),
    );
    expect(stored?.settings).toEqual(body);
    const other = await h.request("GET", "/v1/tenants/other/settings", { token: h.other.adminToken });
    expect(other.body).toEqual(defaults);

    const events = await auditOf();
    const change = events.find((e) => (e.after as { caseNumberPrefix?: string }).caseNumberPrefix === "MC2");
    expect(change).toMatchObject({
      actorType: "user",
      actorId: h.ours.adminId,
      targetType: "tenant",
      before,
      after: body,
    });
    expect(change?.requestId).toBeTruthy();
  });

  it("names the failing fields and changes nothing", async () => {
    const current = (await h.request("GET", path, { token: h.ours.adminToken })).body;
    const audited = (await auditOf()).length;
    const invalid: [Record<string, unknown>, string][] = [
      [{ allowedOrigins: ["https://www.mengcheng.gov.cn/widget"] }, "body.allowedOrigins.0"],
      [{ allowedOrigins: ["https://ok.gov.cn", "ftp://files.gov.cn"] }, "body.allowedOrigins.1"],
      [{ caseNumberPrefix: "mc" }, "body.caseNumberPrefix"],
      [{ caseNumberPrefix: "M-C" }, "body.caseNumberPrefix"],
      [{ publicIntake: { perMinute: 0 } }, "body.publicIntake.perMinute"],
      [{ publicIntake: { perMinute: 2.5 } }, "body.publicIntake.perMinute"],
      [{ publicReads: { perMinute: 0 } }, "body.publicReads.perMinute"],
      [{ publicReads: { perMinute: 10_001 } }, "body.publicReads.perMinute"],
      [{ outbound: { allowedHosts: ["https://hooks.gov.cn/x"] } }, "body.outbound.allowedHosts.0"],
    ];
    for (const [body, field] of invalid) {
      const res = await h.request("PUT", path, { token: h.ours.adminToken, body });
      expectProblem(res, 422, "unprocessable");
      expect(failingPaths(res), JSON.stringify(body)).toEqual([field]);
    }
    expectProblem(
      await h.request("PUT", path, { token: h.ours.adminToken, body: { unknown: true } }),
      422,
      "unprocessable",
    );
    expect((await h.request("GET", path, { token: h.ours.adminToken })).body).toEqual(current);
    expect(await auditOf()).toHaveLength(audited);
  });

  it("is for the county's administrators only", async () => {
    const staff = await h.userWith(h.ours, ["regionStaff"], { regionId: world.street.id });
    expectProblem(await h.request("GET", path, { token: staff.token }), 403, "forbidden");
    expectProblem(
      await h.request("PUT", path, { token: staff.token, body: { publicIntake: { perMinute: 1 } } }),
      403,
      "forbidden",
    );
    expectProblem(await h.request("GET", path), 401, "unauthenticated");
    expectProblem(await h.request("PUT", path, { body: {} }), 401, "unauthenticated");
    // Another county's administrator does not see that this county exists.
    expectProblem(await h.request("GET", path, { token: h.other.adminToken }), 404, "not_found");
    expectProblem(await h.request("PUT", path, { token: h.other.adminToken, body: {} }), 404, "not_found");
    // A platform admin holds no county role.
    expectProblem(await h.request("PUT", path, { token: h.rootToken, body: {} }), 403, "forbidden");
    const now = (await h.request("GET", path, { token: h.ours.adminToken })).body;
    expect(now.publicIntake.perMinute).not.toBe(1);
  });
});
