import { type CaseRating, type CaseStatus, dateInZone, newId, newTrackingCode, ratio } from "@propgov/core";
import { caseDepartments, cases, regions, withTenant } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CaseWorld, seedCaseWorld } from "./case-fixtures.js";
import { createHarness, expectProblem, failingPaths, type Harness, type SeededTenant } from "./harness.js";
import { seedRegion, seedWorld } from "./registry-fixtures.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** An instant given as wall-clock time in Asia/Shanghai (the tenants' zone). */
const local = (wall: string) => new Date(`${wall}+08:00`);
const plus = (d: Date, ms: number) => new Date(d.getTime() + ms);

interface CaseSpec {
  compoundId: string;
  communityId: string;
  category?: "serviceQuality" | "illegalConstruction";
  status: CaseStatus;
  receivedAt: Date;
  /** Default: received + 2 h. */
  firstContactDueAt?: Date;
  contactedAt?: Date | null;
  /** Default: received + 5 days. */
  resolutionDueAt?: Date;
  resolvedAt?: Date | null;
  rating?: CaseRating | null;
  ratedAt?: Date | null;
  cancelledAt?: Date | null;
}

let counter = 0;
/** Writes a case row straight into the table (fast, and with any timestamps a test needs). */
async function insertCase(h: Harness, tenant: SeededTenant, spec: CaseSpec): Promise<string> {
  const id = newId("case");
  const number = `KP-2026-${String(++counter).padStart(6, "0")}`;
  const category = spec.category ?? "serviceQuality";
  await withTenant(h.deps.db.db, tenant.id, (tx) =>
    tx.insert(cases).values({
      tenantId: tenant.id,
      id,
      number,
      trackingCode: newTrackingCode(),
      category,
      kind: category === "serviceQuality" ? "complaint" : "violation",
      compoundId: spec.compoundId,
      communityId: spec.communityId,
      description: "测试诉求",
      reporterName: "张三",
      reporterPhone: "13812345678",
      channel: "hotline12345",
      status: spec.status,
      receivedAt: spec.receivedAt,
      roundStartedAt: spec.receivedAt,
      firstContactDueAt: spec.firstContactDueAt ?? plus(spec.receivedAt, 2 * HOUR),
      resolutionDueAt: spec.resolutionDueAt ?? plus(spec.receivedAt, 5 * DAY),
      contactedAt: spec.contactedAt ?? null,
      resolvedAt: spec.resolvedAt ?? null,
      rating: spec.rating ?? null,
      ratedAt: spec.ratedAt ?? null,
      cancelledAt: spec.cancelledAt ?? null,
      cancelReason: spec.cancelledAt ? "duplicate" : null,
    }),
  );
  return id;
}

/**
 * Two months of cases in two communities of seedCaseWorld (times are Asia/Shanghai):
 *
 * October 2026
 *   A1 城南社区 阳光花园  10-05 10:00  contacted 11:00 (due 12:00) ✓  resolved 10-08 (due 10-10) ✓  satisfied 10-09
 *   A2 城南社区 幸福里    10-10 10:00  contacted 13:00 ✗            resolved 10-20 (due 10-15) ✗  basically satisfied 10-21
 *   A3 城南社区 阳光花园  10-12 09:00  illegalConstruction, contacted 10:00 ✓, resolution due 10-17 09:00 never met;
 *                                      whistled to urbanManagement at 10:00, check-in due 14:00, never came (open)
 *   A4 立仓社区 立仓小区  10-15 10:00  contacted 11:00 ✓            resolved 10-16 ✓                unsatisfied 10-17
 *   A5 立仓社区 立仓小区  10-20 10:00  never contacted ✗            due 10-25, open ✗
 *   A6 城南社区 阳光花园  10-22 10:00  cancelled as a duplicate: in received, in no rate, not overdue
 *   A7 城南社区 阳光花园  10-31 23:30  received in October; first contact due 11-01 01:30 and met,
 *                                      resolved 11-03 (due 11-05) ✓, satisfied 11-04: November's rates
 * September 2026
 *   S1 城南社区 09-03, S2 城南社区 09-10, S3 立仓社区 09-15: on time, satisfied in September
 *   S4 立仓社区 09-20  contacted late, resolved on time, not rated
 *   S5 城南社区 09-30 23:30  received in September; first contact due 10-01 01:30, met 01:00;
 *                            resolution due 10-05 23:30, met 10-03: October's rates
 *
 * October: received 7 (1 cancelled); response A1 A3 A4 S5 of A1 A2 A3 A4 A5 S5 = 4/6;
 * resolution A1 A4 S5 of A1 A2 A3 A4 A5 S5 = 3/6; satisfaction A1 A2 of A1 A2 A4 = 2/3.
 * September: received 5; response 3/4 (S5 is October's); resolution 4/4; satisfaction 3/3.
 * Open and overdue now: A3 (check-in, resolution), A5 (first contact, resolution).
 */
async function seedCases(h: Harness, w: CaseWorld) {
  const near = { compoundId: w.sunshine, communityId: w.community.id };
  const nearHappy = { compoundId: w.happy, communityId: w.community.id };
  const far = { compoundId: w.far, communityId: w.farCommunity.id };
  const ids: Record<string, string> = {};
  const add = async (name: string, spec: CaseSpec) => {
    ids[name] = await insertCase(h, h.ours, spec);
  };

  await add("A1", {
    ...near,
    status: "rated",
    receivedAt: local("2026-10-05T10:00"),
    contactedAt: local("2026-10-05T11:00"),
    resolvedAt: local("2026-10-08T10:00"),
    rating: "satisfied",
    ratedAt: local("2026-10-09T10:00"),
  });
  await add("A2", {
    ...nearHappy,
    status: "rated",
    receivedAt: local("2026-10-10T10:00"),
    contactedAt: local("2026-10-10T13:00"),
    resolvedAt: local("2026-10-20T10:00"),
    rating: "basicallySatisfied",
    ratedAt: local("2026-10-21T10:00"),
  });
  await add("A3", {
    ...near,
    category: "illegalConstruction",
    status: "whistled",
    receivedAt: local("2026-10-12T09:00"),
    contactedAt: local("2026-10-12T10:00"),
    resolutionDueAt: local("2026-10-17T09:00"),
  });
  await add("A4", {
    ...far,
    status: "rated",
    receivedAt: local("2026-10-15T10:00"),
    contactedAt: local("2026-10-15T11:00"),
    resolvedAt: local("2026-10-16T10:00"),
    rating: "unsatisfied",
    ratedAt: local("2026-10-17T10:00"),
  });
  await add("A5", { ...far, status: "received", receivedAt: local("2026-10-20T10:00") });
  await add("A6", {
    ...near,
    status: "cancelled",
    receivedAt: local("2026-10-22T10:00"),
    cancelledAt: local("2026-10-22T11:00"),
  });
  await add("A7", {
    ...near,
    status: "rated",
    receivedAt: local("2026-10-31T23:30"),
    contactedAt: local("2026-11-01T01:00"),
    resolvedAt: local("2026-11-03T10:00"),
    rating: "satisfied",
    ratedAt: local("2026-11-04T10:00"),
  });
  await add("S1", {
    ...near,
    status: "rated",
    receivedAt: local("2026-09-03T10:00"),
    contactedAt: local("2026-09-03T11:00"),
    resolvedAt: local("2026-09-04T10:00"),
    rating: "satisfied",
    ratedAt: local("2026-09-05T10:00"),
  });
  await add("S2", {
    ...nearHappy,
    status: "rated",
    receivedAt: local("2026-09-10T10:00"),
    contactedAt: local("2026-09-10T11:00"),
    resolvedAt: local("2026-09-11T10:00"),
    rating: "satisfied",
    ratedAt: local("2026-09-12T10:00"),
  });
  await add("S3", {
    ...far,
    status: "rated",
    receivedAt: local("2026-09-15T10:00"),
    contactedAt: local("2026-09-15T11:00"),
    resolvedAt: local("2026-09-16T10:00"),
    rating: "satisfied",
    ratedAt: local("2026-09-17T10:00"),
  });
  await add("S4", {
    ...far,
    status: "resolved",
    receivedAt: local("2026-09-20T10:00"),
    contactedAt: local("2026-09-20T15:00"),
    resolvedAt: local("2026-09-22T10:00"),
  });
  await add("S5", {
    ...near,
    status: "resolved",
    receivedAt: local("2026-09-30T23:30"),
    contactedAt: local("2026-10-01T01:00"),
    resolvedAt: local("2026-10-03T10:00"),
  });

  const urban = w.departmentIds.urbanManagement as string;
  await withTenant(h.deps.db.db, h.ours.id, (tx) =>
    tx.insert(caseDepartments).values({
      tenantId: h.ours.id,
      id: newId("caseDepartment"),
      caseId: ids.A3 as string,
      departmentId: urban,
      round: 1,
      notifiedAt: local("2026-10-12T10:00"),
      checkInDueAt: local("2026-10-12T14:00"),
    }),
  );
  return ids;
}

const rate = (numerator: number, denominator: number) => ratio(numerator, denominator);

describe.each(testDrivers())("case KPIs on %s", (driver) => {
  let h: Harness;
  let w: CaseWorld;
  let elsewhere: Awaited<ReturnType<typeof seedWorld>>;
  const path = "/v1/tenants/ours/kpis/cases";
  const get = (query: string, token = h.ours.adminToken) => h.request("GET", `${path}${query}`, { token });

  beforeAll(async () => {
    h = await createHarness(driver);
    w = await seedCaseWorld(h);
    await seedCases(h, w);
    // The other county's October case must never count in ours.
    elsewhere = await seedWorld(h, h.other);
    await insertCase(h, h.other, {
      compoundId: elsewhere.sunshine,
      communityId: elsewhere.community.id,
      status: "received",
      receivedAt: local("2026-10-05T10:00"),
    });
  });
  afterAll(() => h?.destroy());

  it("a month: every figure of October against hand-computed expectations", async () => {
    const res = await get("?period=2026-10");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      period: "2026-10",
      kind: "month",
      from: "2026-10-01",
      to: "2026-10-31",
      timezone: "Asia/Shanghai",
      regionId: null,
      received: 7,
      cancelled: 1,
      responseRate: {
        name: { zh: "响应率", en: "Response rate" },
        ...rate(4, 6),
        target: 1,
        meetsTarget: false,
      },
      resolutionRate: {
        name: { zh: "解决率", en: "Resolution rate" },
        ...rate(3, 6),
        target: 0.95,
        meetsTarget: false,
      },
      satisfactionRate: {
        name: { zh: "满意率", en: "Satisfaction rate" },
        ...rate(2, 3),
        target: 0.9,
        meetsTarget: false,
      },
      overdue: { firstContact: 1, checkIn: 1, resolution: 2, any: 2 },
      byCategory: [
        {
          code: "serviceQuality",
          name: { zh: "物业服务质量", en: "Quality of property service" },
          kind: "complaint",
          count: 6,
        },
        {
          code: "illegalConstruction",
          name: { zh: "乱搭乱建", en: "Illegal construction" },
          kind: "violation",
          count: 1,
        },
      ],
      byKind: [
        { kind: "complaint", name: { zh: "投诉", en: expect.any(String) }, count: 6 },
        { kind: "violation", name: expect.objectContaining({ zh: expect.any(String) }), count: 1 },
        { kind: "dispute", name: expect.any(Object), count: 0 },
        { kind: "consultation", name: expect.any(Object), count: 0 },
      ],
      // 10-31 23:30 in Shanghai is October's, though it is 15:30 UTC.
      byMonth: [{ month: "2026-10", count: 7 }],
      previous: {
        period: "2026-09",
        from: "2026-09-01",
        to: "2026-09-30",
        received: 5,
        responseRate: rate(3, 4),
        resolutionRate: rate(4, 4),
        satisfactionRate: rate(3, 3),
      },
      change: {
        received: { absolute: 2, relative: 0.4 },
        // (4/6 − 3/4), (3/6 − 1), (2/3 − 1) in points
        responseRate: -8.33,
        resolutionRate: -50,
        satisfactionRate: -33.33,
      },
    });
    expect(Date.parse(res.body.asAt)).toBeGreaterThan(Date.parse("2026-11-01T00:00:00Z"));
  });

  it("the month boundary is the tenant's midnight: November has A7's rates but not its receipt", async () => {
    const res = await get("?period=2026-11");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      received: 0,
      responseRate: rate(1, 1),
      resolutionRate: rate(1, 1),
      satisfactionRate: rate(1, 1),
      byMonth: [{ month: "2026-11", count: 0 }],
      previous: { period: "2026-10", received: 7, responseRate: rate(4, 6) },
      change: { received: { absolute: -7, relative: -1 } },
    });
    expect(res.body.byCategory).toEqual([]);
  });

  it("a quarter: every month listed, the previous quarter compared", async () => {
    const res = await get("?period=2026-Q4");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      period: "2026-Q4",
      kind: "quarter",
      from: "2026-10-01",
      to: "2026-12-31",
      received: 7,
      // October's plus A7
      responseRate: rate(5, 7),
      resolutionRate: rate(4, 7),
      satisfactionRate: rate(3, 4),
      byMonth: [
        { month: "2026-10", count: 7 },
        { month: "2026-11", count: 0 },
        { month: "2026-12", count: 0 },
      ],
      previous: {
        period: "2026-Q3",
        from: "2026-07-01",
        to: "2026-09-30",
        received: 5,
        responseRate: rate(3, 4),
      },
    });
    const q1 = await get("?period=2027-Q1");
    expect(q1.body.previous).toMatchObject({ period: "2026-Q4", received: 7 });
  });

  it("a year against the previous one, which had nothing: relative change and rate changes are null", async () => {
    const res = await get("?period=2026");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      period: "2026",
      kind: "year",
      received: 12,
      previous: {
        period: "2025",
        received: 0,
        responseRate: rate(0, 0),
        resolutionRate: rate(0, 0),
        satisfactionRate: rate(0, 0),
      },
      change: {
        received: { absolute: 12, relative: null },
        responseRate: null,
        resolutionRate: null,
        satisfactionRate: null,
      },
    });
    expect(res.body.byMonth).toHaveLength(12);
    expect(res.body.byMonth.map((m: { count: number }) => m.count)).toEqual([
      0, 0, 0, 0, 0, 0, 0, 0, 5, 7, 0, 0,
    ]);
  });

  it("regionId narrows to a subtree by the cases' communities", async () => {
    const far = await get(`?period=2026-10&regionId=${w.farCommunity.id}`);
    expect(far.status).toBe(200);
    expect(far.body).toMatchObject({
      regionId: w.farCommunity.id,
      received: 2,
      cancelled: 0,
      responseRate: rate(1, 2),
      resolutionRate: rate(1, 2),
      satisfactionRate: { ...rate(0, 1), meetsTarget: false },
      overdue: { firstContact: 1, checkIn: 0, resolution: 1, any: 1 },
      previous: {
        received: 2,
        responseRate: rate(1, 2),
        resolutionRate: rate(2, 2),
        satisfactionRate: rate(1, 1),
      },
    });
    // The township above it measures the same cases.
    const township = await get(`?period=2026-10&regionId=${w.township.id}`);
    expect(township.body).toMatchObject({ regionId: w.township.id, received: 2, responseRate: rate(1, 2) });
  });

  it("region staff read their subtree only, by default their own region; a region outside it is 404", async () => {
    const staff = await h.userWith(h.ours, ["regionStaff"], { regionId: w.street.id });
    const res = await get("?period=2026-10", staff.token);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      regionId: w.street.id,
      // A1 A2 A3 A6 A7
      received: 5,
      cancelled: 1,
      responseRate: rate(3, 4),
      resolutionRate: rate(2, 4),
      satisfactionRate: { ...rate(2, 2), meetsTarget: true },
      overdue: { firstContact: 0, checkIn: 1, resolution: 1, any: 1 },
      previous: { received: 3 },
    });
    const inside = await get(`?period=2026-10&regionId=${w.community.id}`, staff.token);
    expect(inside.status).toBe(200);
    expect(inside.body).toMatchObject({ regionId: w.community.id, received: 5 });

    const outside = await get(`?period=2026-10&regionId=${w.farCommunity.id}`, staff.token);
    expect(failingPaths(outside)).toEqual(["query.regionId"]);
    expectProblem(outside, 404, "not_found");
  });

  it("a department officer reads the cases whistled to the department", async () => {
    const officer = await h.userWith(h.ours, ["departmentOfficer"], {
      departmentId: w.departmentIds.urbanManagement as string,
    });
    const res = await get("?period=2026-10", officer.token);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      received: 1,
      responseRate: rate(1, 1),
      resolutionRate: rate(0, 1),
      satisfactionRate: rate(0, 0),
      overdue: { firstContact: 0, checkIn: 1, resolution: 1, any: 1 },
      byCategory: [{ code: "illegalConstruction", count: 1 }],
    });
    const other = await h.userWith(h.ours, ["departmentOfficer"], {
      departmentId: w.departmentIds.police as string,
    });
    expect((await get("?period=2026-10", other.token)).body).toMatchObject({
      received: 0,
      overdue: { any: 0 },
    });
  });

  it("a committee member reads its compound's cases", async () => {
    const member = await h.userWith(h.ours, ["committeeMember"], { compoundId: w.happy });
    const res = await get("?period=2026-10", member.token);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ received: 1, responseRate: rate(0, 1), previous: { received: 1 } });
  });

  it("judges a deadline of the running month once it is decided", async () => {
    const now = h.deps.now();
    const month = dateInZone(now, "Asia/Shanghai").slice(0, 7);
    const before = (await get(`?period=${month}`)).body.responseRate;
    // Past its deadline, not contacted: missed. Inside its deadline: neither part yet.
    await insertCase(h, h.ours, {
      compoundId: w.far,
      communityId: w.farCommunity.id,
      status: "received",
      receivedAt: plus(now, -2 * HOUR - 1000),
      firstContactDueAt: plus(now, -1000),
    });
    await insertCase(h, h.ours, {
      compoundId: w.far,
      communityId: w.farCommunity.id,
      status: "received",
      receivedAt: plus(now, -HOUR),
      firstContactDueAt: plus(now, HOUR),
    });
    const after = (await get(`?period=${month}`)).body.responseRate;
    expect(after.numerator).toBe(before.numerator);
    expect(after.denominator).toBe(before.denominator + 1);
    // The default period is the current month.
    expect((await get("")).body.period).toBe(month);
  });

  it("validates the query and names the field", async () => {
    for (const bad of ["2026-13", "2026-Q5", "26-10", "1800", "october"]) {
      const res = await get(`?period=${bad}`);
      expectProblem(res, 400, "bad_request");
      expect(failingPaths(res)).toEqual(["query.period"]);
    }
    const badRegion = await get("?period=2026-10&regionId=nope");
    expectProblem(badRegion, 400, "bad_request");
    expect(failingPaths(badRegion)).toEqual(["query.regionId"]);
    const unknown = await get("?period=2026-10&regionId=reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0");
    expectProblem(unknown, 404, "not_found");
    expect(failingPaths(unknown)).toEqual(["query.regionId"]);
  });

  it("security: no auth 401, a role scoped to nothing 403, another tenant 404", async () => {
    expectProblem(await h.request("GET", `${path}?period=2026-10`), 401, "unauthenticated");
    // Staff of a region archived since: their scope names no part of the county any more.
    const gone = await seedRegion(h, h.ours, "community", "撤销社区", w.street);
    const stranded = await h.userWith(h.ours, ["regionStaff"], { regionId: gone.id });
    await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx
        .update(regions)
        .set({ archivedAt: new Date() })
        .where(and(eq(regions.tenantId, h.ours.id), eq(regions.id, gone.id))),
    );
    expectProblem(await get("?period=2026-10", stranded.token), 403, "forbidden");
    expectProblem(await get("?period=2026-10", h.other.adminToken), 404, "not_found");
    // The other county's admin sees only its own case.
    const theirs = await h.request("GET", "/v1/tenants/other/kpis/cases?period=2026-10", {
      token: h.other.adminToken,
    });
    expect(theirs.body).toMatchObject({ received: 1, overdue: { firstContact: 1, any: 1 } });
    // A region of another tenant is not ours.
    expectProblem(await get(`?period=2026-10&regionId=${elsewhere.street.id}`), 404, "not_found");
  });
});
