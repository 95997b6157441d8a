import { newId } from "@propgov/core";
import { auditEvents, companies, contractProjectManagers, contracts, withTenant } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, expectProblem, failingPaths, type Harness, type SeededTenant } from "./harness.js";
import { seedGrid, setCompoundGuarantor, tenantWithPreset } from "./mechanism-fixtures.js";
import { seedWorld, validUscc, type World } from "./registry-fixtures.js";

interface FindingJson {
  id: string;
  policy: string;
  rule: string;
  severity: string;
  subject: { type: string; id: string; name: string };
  regionId: string | null;
  evidence: Record<string, unknown>;
  evaluationId: string;
  period: string;
}

/**
 * The same small county on a tenant: 阳光花园 with a guarantor and two grids (one without a
 * guarantor), 幸福里 with neither, 立仓小区 with a guarantor and one grid with its guarantor.
 */
async function seedCounty(h: Harness, tenant: SeededTenant): Promise<World> {
  const world = await seedWorld(h, tenant);
  await setCompoundGuarantor(h, tenant, world.sunshine, "王强");
  await seedGrid(h, tenant, world.sunshine, "1号网格", "李明");
  await seedGrid(h, tenant, world.sunshine, "2号网格");
  await setCompoundGuarantor(h, tenant, world.far, "赵刚");
  await seedGrid(h, tenant, world.far, "1号网格", "孙丽");
  return world;
}

describe.each(testDrivers())("evaluations and findings on %s", (driver) => {
  let h: Harness;
  let world: World;
  beforeAll(async () => {
    h = await createHarness(driver);
    world = await seedCounty(h, h.ours);
  });
  afterAll(() => h?.destroy());

  const base = "/v1/tenants/ours";
  const allFindings = async (query: string, token = h.ours.adminToken): Promise<FindingJson[]> => {
    const out: FindingJson[] = [];
    let cursor: string | null = null;
    do {
      const res: { status: number; body: { items: FindingJson[]; nextCursor: string | null } } =
        await h.request("GET", `${base}/findings?limit=200&${query}${cursor ? `&cursor=${cursor}` : ""}`, {
          token,
        });
      expect(res.status).toBe(200);
      out.push(...res.body.items);
      cursor = res.body.nextCursor;
    } while (cursor);
    return out;
  };
  const evaluate = (period: string, tenant: SeededTenant = h.ours) =>
    h.request("POST", `/v1/tenants/${tenant.slug}/evaluations`, {
      token: tenant.adminToken,
      body: { period },
    });

  it("evaluates a period with the anhui-3338 mechanism and stores the findings", async () => {
    const res = await evaluate("2024-05");
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ period: "2024-05", mechanismVersion: 1, createdBy: h.ours.adminId });
    expect(res.body.id).toMatch(/^evl_[0-9A-Z]{26}$/);
    const found = await allFindings("period=2024-05");
    expect(found).toHaveLength(res.body.findingCount);
    expect(res.body.findingCount).toBeGreaterThan(0);
    expect(Object.values(res.body.bySeverity as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(
      res.body.findingCount,
    );
    const byPolicy: Record<string, number> = {};
    for (const f of found) byPolicy[f.policy] = (byPolicy[f.policy] ?? 0) + 1;
    expect(res.body.byPolicy).toEqual(byPolicy);
    for (const f of found) expect(f).toMatchObject({ evaluationId: res.body.id, period: "2024-05" });

    const grid = found.filter((f) => f.policy === "gridResponsibility");
    expect(grid.map((f) => [f.rule, f.subject.name]).sort()).toEqual([
      ["compoundWithoutGrids", "幸福里"],
      ["compoundWithoutGuarantor", "幸福里"],
      ["gridWithoutGuarantor", "阳光花园 2号网格"],
    ]);
    expect(grid.every((f) => f.regionId === world.community.id)).toBe(true);
    // The three levels of the mechanism: the street and the township lack a body, and so on.
    const bodiesMissing = found.filter((f) => f.rule === "bodyMissing");
    expect(bodiesMissing.map((f) => f.evidence.level).sort()).toEqual([
      "community",
      "community",
      "compound",
      "compound",
      "compound",
      "township",
      "township",
    ]);
    // The archived compound is not judged.
    expect(found.some((f) => f.subject.name === "旧城小区")).toBe(false);

    const audit = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.tenantId, h.ours.id), eq(auditEvents.targetId, res.body.id))),
    );
    expect(audit.map((e) => e.action)).toEqual(["evaluation.run"]);
    expect(audit[0]?.after).toMatchObject({ period: "2024-05", findingCount: res.body.findingCount });
  });

  it("re-running a period updates what it finds again, keeps its ids, and resolves the rest; other periods keep theirs", async () => {
    const quarter = await evaluate("2024-Q2");
    expect(quarter.status).toBe(201);
    const before = await allFindings("period=2024-05");
    await setCompoundGuarantor(h, h.ours, world.happy, "周杰");
    const rerun = await evaluate("2024-05");
    expect(rerun.status).toBe(201);
    const after = await allFindings("period=2024-05");
    expect(after).toHaveLength(rerun.body.findingCount);
    expect(rerun.body.findingCount).toBe(before.length - 1);
    expect(after.every((f) => f.evaluationId === rerun.body.id)).toBe(true);
    expect(after.some((f) => f.rule === "compoundWithoutGuarantor")).toBe(false);
    // Every finding found again is the same finding: same id, so the tasks made from it stay linked.
    const sameKey = (f: { policy: string; rule: string; subject: { type: string; id: string } }) =>
      `${f.policy}/${f.rule}/${f.subject.type}/${f.subject.id}`;
    const earlier = new Map(before.map((f) => [sameKey(f), f.id]));
    const repeated = new Set(
      before.filter((f, i) => before.findIndex((g) => sameKey(g) === sameKey(f)) !== i).map(sameKey),
    );
    for (const f of after.filter((f) => !repeated.has(sameKey(f))))
      expect(f.id, sameKey(f)).toBe(earlier.get(sameKey(f)));
    expect(after.filter((f) => earlier.has(sameKey(f))).length).toBe(after.length);
    const audit = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.tenantId, h.ours.id), eq(auditEvents.targetId, rerun.body.id))),
    );
    expect(audit[0]?.after).toMatchObject({ findingCount: before.length - 1, resolvedFindings: 1 });
    // The quarter was judged before the change and keeps its findings.
    const q2 = await allFindings("period=2024-Q2");
    expect(q2).toHaveLength(quarter.body.findingCount);
    expect(q2.some((f) => f.rule === "compoundWithoutGuarantor")).toBe(true);

    const runs = await h.request("GET", `${base}/evaluations`, { token: h.ours.adminToken });
    expect(runs.status).toBe(200);
    expect(runs.body.items.map((e: { period: string }) => e.period)).toEqual([
      "2024-05",
      "2024-Q2",
      "2024-05",
    ]);
    const page = await h.request("GET", `${base}/evaluations?limit=1&period=2024-05`, {
      token: h.ours.adminToken,
    });
    expect(page.body.items.map((e: { id: string }) => e.id)).toEqual([rerun.body.id]);
    const next = await h.request(
      "GET",
      `${base}/evaluations?limit=1&period=2024-05&cursor=${page.body.nextCursor}`,
      {
        token: h.ours.adminToken,
      },
    );
    expect(next.body.items).toHaveLength(1);
    expect(next.body.nextCursor).toBeNull();
  });

  it("filters findings by policy, severity and region subtree, with pagination", async () => {
    const all = await allFindings("period=2024-05");
    const grid = await allFindings("period=2024-05&policy=gridResponsibility");
    expect(grid.map((f) => f.rule).sort()).toEqual(["compoundWithoutGrids", "gridWithoutGuarantor"]);
    const major = await allFindings("period=2024-05&severity=major");
    expect(major.length).toBeGreaterThan(0);
    expect(major).toEqual(all.filter((f) => f.severity === "major"));
    const township = await allFindings(`period=2024-05&regionId=${world.township.id}`);
    expect(township.length).toBeGreaterThan(0);
    expect(
      township.every((f) => f.regionId === world.township.id || f.regionId === world.farCommunity.id),
    ).toBe(true);
    expect(township).toEqual(
      all.filter((f) => f.regionId === world.township.id || f.regionId === world.farCommunity.id),
    );
    const street = await allFindings(`period=2024-05&regionId=${world.street.id}&policy=gridResponsibility`);
    expect(street).toEqual(grid);

    const first = await h.request("GET", `${base}/findings?period=2024-05&limit=2`, {
      token: h.ours.adminToken,
    });
    expect(first.body.items).toEqual(all.slice(0, 2));
    const second = await h.request(
      "GET",
      `${base}/findings?period=2024-05&limit=2&cursor=${first.body.nextCursor}`,
      { token: h.ours.adminToken },
    );
    expect(second.body.items).toEqual(all.slice(2, 4));
  });

  it("region staff see the findings of their subtree only", async () => {
    const staff = await h.userWith(h.ours, ["regionStaff"], { regionId: world.township.id });
    const mine = await allFindings("period=2024-05", staff.token);
    const all = await allFindings("period=2024-05");
    expect(mine.length).toBeGreaterThan(0);
    expect(mine).toEqual(
      all.filter((f) => f.regionId === world.township.id || f.regionId === world.farCommunity.id),
    );
    const narrower = await allFindings(`period=2024-05&regionId=${world.farCommunity.id}`, staff.token);
    expect(narrower.every((f) => f.regionId === world.farCommunity.id)).toBe(true);
    const outside = await h.request("GET", `${base}/findings?regionId=${world.street.id}`, {
      token: staff.token,
    });
    expectProblem(outside, 404, "not_found");
    expect(failingPaths(outside)).toEqual(["query.regionId"]);
  });

  it("bad input is 4xx naming the field", async () => {
    for (const period of ["2024-13", "24-05", "1800", "2024-Q5"]) {
      const res = await evaluate(period);
      expectProblem(res, 422, "unprocessable");
      expect(failingPaths(res)).toEqual(["body.period"]);
    }
    const missing = await h.request("POST", `${base}/evaluations`, { token: h.ours.adminToken, body: {} });
    expect(failingPaths(missing)).toEqual(["body.period"]);
    for (const query of ["period=May", "severity=fatal", "regionId=nope", "policy=Bad-Id", "cursor=!!"]) {
      expectProblem(
        await h.request("GET", `${base}/findings?${query}`, { token: h.ours.adminToken }),
        400,
        "bad_request",
      );
    }
  });

  it("security: 401 without auth, 403 for the wrong role, 404 for another tenant", async () => {
    expectProblem(
      await h.request("POST", `${base}/evaluations`, { body: { period: "2024" } }),
      401,
      "unauthenticated",
    );
    expectProblem(await h.request("GET", `${base}/evaluations`), 401, "unauthenticated");
    expectProblem(await h.request("GET", `${base}/findings`), 401, "unauthenticated");
    const staff = await h.userWith(h.ours, ["regionStaff"], { regionId: world.street.id });
    expectProblem(
      await h.request("POST", `${base}/evaluations`, { token: staff.token, body: { period: "2024" } }),
      403,
      "forbidden",
    );
    const committee = await h.userWith(h.ours, ["committeeMember"], { compoundId: world.sunshine });
    expectProblem(await h.request("GET", `${base}/findings`, { token: committee.token }), 403, "forbidden");
    expectProblem(
      await h.request("POST", `${base}/evaluations`, { token: h.other.adminToken, body: { period: "2024" } }),
      404,
      "not_found",
    );
    expectProblem(
      await h.request("GET", `${base}/evaluations`, { token: h.other.adminToken }),
      404,
      "not_found",
    );
    expectProblem(
      await h.request("GET", `${base}/findings`, { token: h.other.adminToken }),
      404,
      "not_found",
    );
    // The other tenant's findings and runs are its own (none).
    const theirs = await h.request("GET", "/v1/tenants/other/findings", { token: h.other.adminToken });
    expect(theirs.body.items).toEqual([]);
    const theirRuns = await h.request("GET", "/v1/tenants/other/evaluations", { token: h.other.adminToken });
    expect(theirRuns.body.items).toEqual([]);
  });

  it("judges the registry as of the period's end: project-manager changes recorded later do not count", async () => {
    const tenantId = h.ours.id;
    const contractId = newId("contract");
    await withTenant(h.deps.db.db, tenantId, async (tx) => {
      const companyId = newId("company");
      await tx.insert(companies).values({
        tenantId,
        id: companyId,
        name: "蒙城县安居物业有限公司",
        uscc: validUscc(7),
        legalRepresentative: "张伟",
        phone: "05587123456",
      });
      await tx.insert(contracts).values({
        tenantId,
        id: contractId,
        companyId,
        compoundId: world.far,
        startsOn: "2023-01-01",
        endsOn: "2025-12-31",
        feeStandard: "0.60",
        projectManagerName: "钱七",
        projectManagerPhone: "13812345678",
      });
      // The first manager and three changes in 2023 (by 2024-05-31: 2 contract years, 2 allowed),
      // then one more change in 2024-07, after the 2024-05 period but within 2024.
      const since = ["2023-01-01", "2023-03-01", "2023-06-01", "2023-09-01", "2024-07-01"];
      await tx.insert(contractProjectManagers).values(
        since.map((day, i) => ({
          tenantId,
          id: newId("projectManagerEntry"),
          contractId,
          name: `经理${i}`,
          phone: "13812345678",
          since: new Date(`${day}T02:00:00Z`),
        })),
      );
    });
    await evaluate("2024-05");
    const may = await allFindings("period=2024-05&policy=cultivateExcellence");
    expect(may).toMatchObject([{ rule: "projectManagerUnstable", subject: { type: "company" } }]);
    expect(may[0]?.evidence).toMatchObject({ changes: 3, contractYears: 2, allowed: 2 });
    await evaluate("2024");
    const year = await allFindings("period=2024&policy=cultivateExcellence");
    expect(year[0]?.evidence).toMatchObject({ changes: 4, contractYears: 3, allowed: 3 });
  });

  it("a tenant on compact-2level, end to end: other levels, other rules, other findings", async () => {
    const qinghe = await tenantWithPreset(h, "qinghe", "compact-2level");
    const theirWorld = await seedCounty(h, qinghe);
    const ours = await evaluate("2024-06");
    const theirs = await evaluate("2024-06", qinghe);
    expect(theirs.status).toBe(201);
    const list = async (tenant: SeededTenant) =>
      (
        await h.request("GET", `/v1/tenants/${tenant.slug}/findings?period=2024-06&limit=200`, {
          token: tenant.adminToken,
        })
      ).body.items as FindingJson[];
    const mine = await list(h.ours);
    const their = await list(qinghe);
    expect(mine).toHaveLength(ours.body.findingCount);
    expect(their).toHaveLength(theirs.body.findingCount);
    const rules = (items: FindingJson[]) => new Set(items.map((f) => `${f.policy}.${f.rule}`));
    // Grids without a guarantor are not judged in 青禾县 (requireGridGuarantor: false) ...
    expect(rules(mine).has("gridResponsibility.gridWithoutGuarantor")).toBe(true);
    expect(rules(their).has("gridResponsibility.gridWithoutGuarantor")).toBe(false);
    // ... but its own rule is: 立仓小区 has 300 households in one grid, above 250.
    expect(rules(mine).has("householdsPerGrid.tooManyHouseholdsPerGrid")).toBe(false);
    expect(their.filter((f) => f.policy === "householdsPerGrid")).toMatchObject([
      {
        rule: "tooManyHouseholdsPerGrid",
        subject: { id: theirWorld.far },
        evidence: { households: 300, grids: 1, max: 250, gridsNeeded: 2 },
      },
    ]);
    // Two levels only: no township or street is missing a body there.
    const levels = (items: FindingJson[]) =>
      new Set(items.filter((f) => f.policy === "mechanismCompleteness").map((f) => f.evidence.level));
    expect(levels(mine).has("township")).toBe(true);
    expect(levels(their).has("township")).toBe(false);
    expect(levels(their).size).toBeGreaterThan(0);
    // Policies 青禾县 does not enable produce nothing there.
    expect(Object.keys(theirs.body.byPolicy)).not.toContain("cultivateExcellence");
    expect(their.every((f) => f.subject.id !== world.sunshine)).toBe(true);
  });
});
