import { type CaseRating, dateInZone, newId, newTrackingCode } from "@propgov/core";
import {
  auditEvents,
  cases,
  contractProjectManagers,
  contracts,
  disclosures,
  excellenceNominations,
  pgErrorCode,
  withTenant,
} from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rejection } from "./db-errors.js";
import { createHarness, expectProblem, failingPaths, type Harness } from "./harness.js";
import { anhuiRoster, seedDepartments } from "./mechanism-fixtures.js";
import {
  createCompanyVia,
  type SeededRegion,
  seedCompound,
  seedWorld,
  type World,
} from "./registry-fixtures.js";

/**
 * Cultivating excellence (培优育优) judged on hand-built 2024 data, as of 2024-12-31 (Asia/Shanghai).
 * Every contract runs 2022-01-01 … 2026-12-31 unless said otherwise:
 *
 * - good (安居 at 阳光花园): nothing wrong; one case overdue 5 days, two satisfied ratings,
 *   every disclosure the company owes, the first project manager since the start.
 * - overdue (安居 at 幸福里): as good, but a case overdue 46 days at the end of the year.
 * - satisfaction (宜居 at 立仓小区): one of two ratings unsatisfied (50 %).
 * - disclosures (宜居 at 东苑): publishes nothing.
 * - manager (宜居 at 西苑): a new project manager on 2024-06-01 (6 months by the year's end).
 * - unstable (和美 at 北苑, from 2020-03-01): two manager changes in 2024 (in post 3 months).
 */
interface Fixture {
  world: World;
  companies: { anju: string; yiju: string; hemei: string };
  contracts: {
    good: string;
    overdue: string;
    satisfaction: string;
    disclosures: string;
    manager: string;
    unstable: string;
  };
}

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Company items due in 2024 with the default config (15 days' grace), each published on time. */
const companyDisclosures2024: { item: string; period: string; publishedAt: string }[] = [
  { item: "feeStandard", period: "2023", publishedAt: "2024-01-05T02:00:00.000Z" },
  { item: "serviceStandard", period: "2023", publishedAt: "2024-01-05T02:00:00.000Z" },
  { item: "contractSummary", period: "2023", publishedAt: "2024-01-05T02:00:00.000Z" },
  { item: "publicRevenue", period: "2023-Q4", publishedAt: "2024-01-05T02:00:00.000Z" },
  { item: "publicRevenue", period: "2024-Q1", publishedAt: "2024-04-05T02:00:00.000Z" },
  { item: "publicRevenue", period: "2024-Q2", publishedAt: "2024-07-05T02:00:00.000Z" },
  { item: "publicRevenue", period: "2024-Q3", publishedAt: "2024-10-05T02:00:00.000Z" },
];

async function seed(h: Harness): Promise<Fixture> {
  const world = await seedWorld(h);
  await seedDepartments(h, h.ours, anhuiRoster); // so that the mechanism can be replaced (PUT)
  const east = await seedCompound(h, h.ours, world.community, "东苑");
  const west = await seedCompound(h, h.ours, world.community, "西苑");
  const north = await seedCompound(h, h.ours, world.community, "北苑");
  const companies = {
    anju: await createCompanyVia(h, 1),
    yiju: await createCompanyVia(h, 2),
    hemei: await createCompanyVia(h, 3),
  };
  const communityOf = new Map<string, SeededRegion>([
    [world.sunshine, world.community],
    [world.happy, world.community],
    [world.far, world.farCommunity],
    [east, world.community],
    [west, world.community],
    [north, world.community],
  ]);
  const tenantId = h.ours.id;
  let caseNo = 0;

  return withTenant(h.deps.db.db, tenantId, async (tx) => {
    const contract = async (
      companyId: string,
      compoundId: string,
      managersSince: string[],
      startsOn = "2022-01-01",
    ) => {
      const id = newId("contract");
      await tx.insert(contracts).values({
        tenantId,
        id,
        companyId,
        compoundId,
        startsOn,
        endsOn: "2026-12-31",
        feeStandard: "0.80",
        projectManagerName: "项目经理",
        projectManagerPhone: "13812345678",
      });
      await tx.insert(contractProjectManagers).values(
        managersSince.map((since, i) => ({
          tenantId,
          id: newId("projectManagerEntry"),
          contractId: id,
          name: `经理${i}`,
          phone: "13812345678",
          since: new Date(since),
        })),
      );
      return id;
    };
    const caseRow = (compoundId: string, receivedAt: number) => {
      caseNo++;
      return {
        tenantId,
        id: newId("case"),
        number: `MC-2024-${String(caseNo).padStart(6, "0")}`,
        trackingCode: newTrackingCode(),
        category: "serviceQuality",
        kind: "complaint" as const,
        compoundId,
        communityId: communityOf.get(compoundId)!.id,
        description: "电梯故障",
        channel: "hotline12345" as const,
        receivedAt: new Date(receivedAt),
        roundStartedAt: new Date(receivedAt),
        firstContactDueAt: new Date(receivedAt + 2 * HOUR),
        contactedAt: new Date(receivedAt + HOUR),
      };
    };
    /** Rated at `ratedAt`: received a week before, resolved the day before, on time. */
    const rated = (compoundId: string, ratedAt: string, rating: CaseRating) => {
      const t = Date.parse(ratedAt);
      return tx.insert(cases).values({
        ...caseRow(compoundId, t - 7 * DAY),
        status: "closed",
        resolutionDueAt: new Date(t - DAY + HOUR),
        resolvedAt: new Date(t - DAY),
        rating,
        ratedAt: new Date(t),
        closedAt: new Date(t),
      });
    };
    /** Contacted, open, due at `dueAt`. */
    const open = (compoundId: string, receivedAt: string, dueAt: string) =>
      tx.insert(cases).values({
        ...caseRow(compoundId, Date.parse(receivedAt)),
        status: "contacted",
        resolutionDueAt: new Date(dueAt),
      });
    const disclose = (compoundId: string, companyId: string) =>
      tx.insert(disclosures).values(
        companyDisclosures2024.map((d) => ({
          tenantId,
          id: newId("disclosure"),
          compoundId,
          companyId,
          item: d.item,
          period: d.period,
          title: `${d.item} ${d.period}`,
          content: "公示内容",
          publishedAt: new Date(d.publishedAt),
        })),
      );
    const first = "2021-12-20T02:00:00.000Z";

    const good = await contract(companies.anju, world.sunshine, [first]);
    await rated(world.sunshine, "2024-03-10T02:00:00.000Z", "satisfied");
    await rated(world.sunshine, "2024-08-10T02:00:00.000Z", "basicallySatisfied");
    // Overdue since 2024-12-26 10:00 (Shanghai): 5 days at the end of the year, within 30.
    await open(world.sunshine, "2024-12-20T02:00:00.000Z", "2024-12-26T02:00:00.000Z");
    await disclose(world.sunshine, companies.anju);

    const overdue = await contract(companies.anju, world.happy, [first]);
    await rated(world.happy, "2024-05-10T02:00:00.000Z", "satisfied");
    await rated(world.happy, "2024-06-10T02:00:00.000Z", "satisfied");
    // Overdue since 2024-11-15 10:00: 46 days at the end of the year.
    await open(world.happy, "2024-11-01T02:00:00.000Z", "2024-11-15T02:00:00.000Z");
    await disclose(world.happy, companies.anju);

    const satisfaction = await contract(companies.yiju, world.far, [first]);
    await rated(world.far, "2024-04-10T02:00:00.000Z", "satisfied");
    await rated(world.far, "2024-09-10T02:00:00.000Z", "unsatisfied");
    // Rated in 2023: not this year's.
    await rated(world.far, "2023-09-10T02:00:00.000Z", "unsatisfied");
    await disclose(world.far, companies.yiju);

    const noDisclosures = await contract(companies.yiju, east, [first]);
    await rated(east, "2024-04-10T02:00:00.000Z", "satisfied");

    const manager = await contract(companies.yiju, west, [first, "2024-06-01T02:00:00.000Z"]);
    await rated(west, "2024-04-10T02:00:00.000Z", "satisfied");
    await disclose(west, companies.yiju);

    const unstable = await contract(
      companies.hemei,
      north,
      ["2020-02-20T02:00:00.000Z", "2024-03-01T02:00:00.000Z", "2024-09-01T02:00:00.000Z"],
      "2020-03-01",
    );
    await rated(north, "2024-04-10T02:00:00.000Z", "satisfied");
    await disclose(north, companies.hemei);

    return {
      world,
      companies,
      contracts: { good, overdue, satisfaction, disclosures: noDisclosures, manager, unstable },
    };
  });
}

interface CriterionJson {
  code: string;
  status: string;
  evidence: Record<string, unknown>;
  reason: { zh: string; en: string };
}
interface EntryJson {
  contract: { id: string; companyName: string; compoundName: string };
  evaluation: {
    criteria: CriterionJson[];
    eligible: boolean;
    pending: boolean;
    evidence: Record<string, unknown>;
  };
}

describe.each(testDrivers())("excellence (培优育优) on %s", (driver) => {
  let h: Harness;
  let f: Fixture;
  const base = "/v1/tenants/ours/excellence";
  const admin = () => h.ours.adminToken;
  let anjuStaff: string;
  let anjuStaffId: string;
  let yijuStaff: string;
  let farStaff: string;

  beforeAll(async () => {
    h = await createHarness(driver);
    f = await seed(h);
    const anju = await h.userWith(h.ours, ["companyStaff"], { companyId: f.companies.anju });
    anjuStaff = anju.token;
    anjuStaffId = anju.id;
    yijuStaff = (await h.userWith(h.ours, ["companyStaff"], { companyId: f.companies.yiju })).token;
    farStaff = (await h.userWith(h.ours, ["regionStaff"], { regionId: f.world.township.id })).token;
  });
  afterAll(() => h?.destroy());

  const candidates = async (token = admin(), year = 2024) => {
    const res = await h.request("GET", `${base}/candidates?year=${year}`, { token });
    expect(res.status).toBe(200);
    return res.body as {
      year: number;
      assessedOn: string;
      policyEnabled: boolean;
      candidates: EntryJson[];
      pending: EntryJson[];
      notEligible: EntryJson[];
    };
  };
  const ids = (entries: EntryJson[]) => entries.map((e) => e.contract.id).sort();
  const statuses = (entry: EntryJson | undefined) =>
    Object.fromEntries((entry?.evaluation.criteria ?? []).map((c) => [c.code, c.status]));
  const setExcellenceConfig = async (config: Record<string, unknown>) => {
    const current = await h.request("GET", "/v1/tenants/ours/mechanism", { token: admin() });
    expect(current.status).toBe(200);
    const doc = current.body.document;
    doc.policies.cultivateExcellence = { enabled: true, config };
    const put = await h.request("PUT", "/v1/tenants/ours/mechanism", { token: admin(), body: doc });
    expect(put.status).toBe(200);
  };

  describe("candidates", () => {
    it("judges every contract of the year, credit grade included; the best is a candidate", async () => {
      const body = await candidates();
      expect(body).toMatchObject({ year: 2024, assessedOn: "2024-12-31", policyEnabled: true });
      const c = f.contracts;
      expect(ids(body.candidates)).toEqual([c.good]);
      expect(ids(body.pending)).toEqual([]);
      expect(ids(body.notEligible)).toEqual(
        [c.overdue, c.satisfaction, c.disclosures, c.manager, c.unstable].sort(),
      );

      const good = body.candidates[0];
      expect(good?.contract).toMatchObject({
        companyName: "蒙城县第1物业服务有限公司",
        compoundName: "阳光花园",
      });
      expect(good?.evaluation).toMatchObject({ eligible: true, pending: false });
      expect(good?.evaluation.evidence).toEqual({
        assessedOn: "2024-12-31",
        overdueCases: { overdue: 1, beyondLimit: 0, oldestOverdueDays: 5 },
        satisfaction: { rated: 2, satisfied: 2, rate: 1 },
        disclosures: { findings: 0, rules: [] },
        projectManager: { since: "2022-01-01", months: 35, changesInYear: 0 },
        // No credit record: the base score, 80 → AA.
        credit: { grade: "AA" },
      });
      expect(good?.evaluation.criteria.map((x) => [x.code, x.status])).toEqual([
        ["overdueCases", "pass"],
        ["satisfaction", "pass"],
        ["disclosures", "pass"],
        ["projectManagerTenure", "pass"],
        ["creditGrade", "pass"],
      ]);
      expect(good?.evaluation.criteria.at(-1)).toMatchObject({
        evidence: { grade: "AA", minGrade: "A" },
        reason: { zh: "信用等级AA，达到A级。", en: "Credit grade AA, at least A." },
      });
    });

    it("names the one criterion each other contract fails, with its figures", async () => {
      const body = await candidates();
      const entry = (id: string) => body.notEligible.find((e) => e.contract.id === id);
      const failing = (id: string) =>
        Object.entries(statuses(entry(id)))
          .filter(([, s]) => s === "fail")
          .map(([code]) => code);
      const c = f.contracts;
      expect(failing(c.overdue)).toEqual(["overdueCases"]);
      expect(failing(c.satisfaction)).toEqual(["satisfaction"]);
      expect(failing(c.disclosures)).toEqual(["disclosures"]);
      expect(failing(c.manager)).toEqual(["projectManagerTenure"]);
      expect(failing(c.unstable)).toEqual(["projectManagerTenure"]);
      // Without credit records every company has the base grade (AA), which passes.
      for (const e of body.notEligible) expect(statuses(e).creditGrade).toBe("pass");

      expect(entry(c.overdue)?.evaluation.evidence.overdueCases).toEqual({
        overdue: 1,
        beyondLimit: 1,
        oldestOverdueDays: 46,
      });
      expect(entry(c.overdue)?.evaluation.criteria[0]?.reason).toEqual({
        zh: "2024-12-31有1件诉求逾期超过30天，最长逾期46天。",
        en: "1 case(s) overdue for more than 30 days on 2024-12-31; the oldest 46 days.",
      });
      expect(entry(c.satisfaction)?.evaluation.evidence.satisfaction).toEqual({
        rated: 2,
        satisfied: 1,
        rate: 0.5,
      });
      expect(entry(c.satisfaction)?.evaluation.criteria[1]?.reason.zh).toBe(
        "满意率50.0%（1/2），低于90.0%。",
      );
      // The seven company items due in 2024 are missing; the committee's items are not the company's.
      expect(entry(c.disclosures)?.evaluation.evidence.disclosures).toEqual({
        findings: 7,
        rules: ["disclosureMissing"],
      });
      expect(entry(c.manager)?.evaluation.evidence.projectManager).toEqual({
        since: "2024-06-01",
        months: 6,
        changesInYear: 1,
      });
      expect(entry(c.unstable)?.evaluation.evidence.projectManager).toEqual({
        since: "2024-09-01",
        months: 3,
        changesInYear: 2,
      });
    });

    it("with minCreditGrade null, the contract meeting everything is a candidate", async () => {
      await setExcellenceConfig({ criteria: { minCreditGrade: null } });
      const body = await candidates();
      expect(ids(body.candidates)).toEqual([f.contracts.good]);
      expect(body.pending).toEqual([]);
      expect(body.candidates[0]?.evaluation).toMatchObject({ eligible: true, pending: false });
      expect(body.candidates[0]?.evaluation.criteria.map((x) => x.code)).not.toContain("creditGrade");
      expect(body.notEligible).toHaveLength(5);
      // Limits are the tenant's: with 3 months of tenure enough and disclosures not required, four pass.
      await setExcellenceConfig({
        criteria: { minCreditGrade: null, minProjectManagerMonths: 3, requireDisclosuresComplete: false },
      });
      const relaxed = await candidates();
      expect(ids(relaxed.candidates)).toEqual(
        [f.contracts.good, f.contracts.disclosures, f.contracts.manager, f.contracts.unstable].sort(),
      );
      await setExcellenceConfig({});
      expect(ids((await candidates()).candidates)).toEqual([f.contracts.good]);
    });

    it("passes or fails the credit criterion by the company's grade on the assessment day", async () => {
      const credit = (companyId: string, body: Record<string, unknown>) =>
        h.request("POST", `/v1/tenants/ours/credit/companies/${companyId}/records`, {
          token: admin(),
          body: { source: "manual", evidence: "考核结果", ...body },
        });
      const creditOf = (entry: EntryJson | undefined) =>
        entry?.evaluation.criteria.find((x) => x.code === "creditGrade");
      // AA is below a minimum of AAA: the best contract fails on credit alone.
      await setExcellenceConfig({ criteria: { minCreditGrade: "AAA" } });
      let body = await candidates();
      expect(ids(body.candidates)).toEqual([]);
      const good = body.notEligible.find((e) => e.contract.id === f.contracts.good);
      expect(creditOf(good)).toMatchObject({
        status: "fail",
        evidence: { grade: "AA", minGrade: "AAA" },
        reason: { zh: "信用等级AA，低于AAA级。" },
      });
      // A good record in force on 2024-12-31 (its last day) lifts 安居 to 85 → AAA: a candidate.
      expect(
        (
          await credit(f.companies.anju, {
            kind: "good",
            category: "年度优秀",
            points: 5,
            effectiveOn: "2024-01-01",
            expiresOn: "2024-12-31",
          })
        ).status,
      ).toBe(201);
      // A bad one that lapsed the day before does not count.
      await credit(f.companies.anju, {
        kind: "bad",
        category: "违规收费",
        points: 30,
        effectiveOn: "2024-01-01",
        expiresOn: "2024-12-30",
      });
      body = await candidates();
      expect(ids(body.candidates)).toEqual([f.contracts.good]);
      expect(creditOf(body.candidates[0])).toMatchObject({ status: "pass", evidence: { grade: "AAA" } });
      expect(body.candidates[0]?.evaluation.evidence.credit).toEqual({ grade: "AAA" });
      await setExcellenceConfig({});
      // 和美 falls to C (54.99 with a bad record in force on 2024-12-31): credit fails too.
      await credit(f.companies.hemei, {
        kind: "bad",
        category: "违规收费",
        points: 25.01,
        effectiveOn: "2024-12-31",
      });
      body = await candidates();
      const unstable = body.notEligible.find((e) => e.contract.id === f.contracts.unstable);
      expect(creditOf(unstable)).toMatchObject({ status: "fail", evidence: { grade: "C", minGrade: "A" } });
      expect(statuses(unstable)).toMatchObject({ projectManagerTenure: "fail", creditGrade: "fail" });
      // Judged on its own day: in 2023 the same companies were AA.
      const earlier = await candidates(admin(), 2023);
      for (const e of [...earlier.candidates, ...earlier.notEligible]) {
        expect(creditOf(e)?.evidence, e.contract.id).toMatchObject({ grade: "AA" });
      }
    });

    it("shows region staff their subtree and a company its own contracts", async () => {
      const far = await candidates(farStaff);
      expect([...far.candidates, ...far.pending, ...far.notEligible].map((e) => e.contract.id)).toEqual([
        f.contracts.satisfaction,
      ]);
      const anju = await candidates(anjuStaff);
      expect(ids([...anju.candidates, ...anju.pending, ...anju.notEligible])).toEqual(
        [f.contracts.good, f.contracts.overdue].sort(),
      );
    });

    it("lists nothing for a year without contracts, and refuses a bad year by name", async () => {
      const early = await candidates(admin(), 2015);
      expect([...early.candidates, ...early.pending, ...early.notEligible]).toEqual([]);
      expect(early.assessedOn).toBe("2015-12-31");
      for (const q of ["year=1999", "year=abc", ""]) {
        const res = await h.request("GET", `${base}/candidates?${q}`, { token: admin() });
        expectProblem(res, 400, "bad_request");
        expect(failingPaths(res)).toEqual(["query.year"]);
      }
    });

    it("is closed to the anonymous, to other roles and to other tenants", async () => {
      expectProblem(await h.request("GET", `${base}/candidates?year=2024`), 401, "unauthenticated");
      const committee = await h.userWith(h.ours, ["committeeMember"], { compoundId: f.world.sunshine });
      expectProblem(
        await h.request("GET", `${base}/candidates?year=2024`, { token: committee.token }),
        403,
        "forbidden",
      );
      expectProblem(
        await h.request("GET", `${base}/candidates?year=2024`, { token: h.other.adminToken }),
        404,
        "not_found",
      );
      const theirs = await h.request("GET", "/v1/tenants/other/excellence/candidates?year=2024", {
        token: h.other.adminToken,
      });
      expect(theirs.status).toBe(200);
      expect([...theirs.body.candidates, ...theirs.body.pending, ...theirs.body.notEligible]).toEqual([]);
    });
  });

  describe("nominations", () => {
    const nominate = (body: Record<string, unknown>, token = admin()) =>
      h.request("POST", `${base}/nominations`, { token, body });

    it("nominates a contract for a level and year, once; shows it with its evaluation and history", async () => {
      const res = await nominate({
        contractId: f.contracts.good,
        level: "municipal",
        year: 2024,
        note: "服务规范",
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        contract: { id: f.contracts.good, companyId: f.companies.anju, compoundName: "阳光花园" },
        level: "municipal",
        year: 2024,
        status: "nominated",
        note: "服务规范",
        createdBy: h.ours.adminId,
        decidedAt: null,
        decidedBy: null,
        decisionNote: null,
        allowedActions: ["withdraw", "award", "reject"],
      });
      expect(res.body.id).toMatch(/^nom_[0-9A-Z]{26}$/);

      const again = await nominate({ contractId: f.contracts.good, level: "municipal", year: 2024 });
      const problem = expectProblem(again, 409, "conflict");
      expect(again.body).toMatchObject({ existingId: res.body.id, existingStatus: "nominated" });
      expect(failingPaths(again)).toEqual(["body.contractId"]);
      expect(problem.detail).toContain("once per level and year");
      // Another level, or another year, is another nomination.
      expect((await nominate({ contractId: f.contracts.good, level: "provincial", year: 2024 })).status).toBe(
        201,
      );
      expect((await nominate({ contractId: f.contracts.good, level: "municipal", year: 2025 })).status).toBe(
        201,
      );

      const got = await h.request("GET", `${base}/nominations/${res.body.id}`, { token: admin() });
      expect(got.status).toBe(200);
      expect(got.body).toMatchObject({ id: res.body.id, status: "nominated" });
      expect(got.body.evaluation).toMatchObject({
        year: 2024,
        assessedOn: "2024-12-31",
        eligible: true,
        pending: false,
      });
      expect(got.body.evaluation.criteria.map((c: CriterionJson) => c.status)).toEqual([
        "pass",
        "pass",
        "pass",
        "pass",
        "pass",
      ]);
      expect(got.body.history).toMatchObject([
        { action: "nominate", actorType: "user", actorId: h.ours.adminId, note: "服务规范" },
      ]);
    });

    it("refuses bad input, naming each field", async () => {
      const bad = await nominate({ contractId: "ctr_x", level: "national", year: 1999, extra: true });
      expectProblem(bad, 422, "unprocessable");
      expect(failingPaths(bad).sort()).toEqual(["body", "body.contractId", "body.level", "body.year"]);
      const unknown = await nominate({ contractId: newId("contract"), level: "municipal", year: 2024 });
      expectProblem(unknown, 422, "unprocessable");
      expect(failingPaths(unknown)).toEqual(["body.contractId"]);
      // The contract runs from 2022: not in 2021.
      const early = await nominate({ contractId: f.contracts.overdue, level: "municipal", year: 2021 });
      expectProblem(early, 422, "unprocessable");
      expect(failingPaths(early)).toEqual(["body.year"]);
      // A level the county does not put forward.
      await setExcellenceConfig({ candidates: { levels: ["municipal"] } });
      const provincial = await nominate({ contractId: f.contracts.overdue, level: "provincial", year: 2024 });
      expectProblem(provincial, 422, "unprocessable");
      expect(failingPaths(provincial)).toEqual(["body.level"]);
      await setExcellenceConfig({});
    });

    it("lets a company nominate its own contracts only, and see only its own", async () => {
      const own = await nominate(
        { contractId: f.contracts.overdue, level: "municipal", year: 2024 },
        anjuStaff,
      );
      expect(own.status).toBe(201);
      const foreign = await nominate(
        { contractId: f.contracts.manager, level: "municipal", year: 2024 },
        anjuStaff,
      );
      expectProblem(foreign, 422, "unprocessable");
      expect(failingPaths(foreign)).toEqual(["body.contractId"]);
      const theirs = await nominate(
        { contractId: f.contracts.manager, level: "municipal", year: 2024 },
        yijuStaff,
      );
      expect(theirs.status).toBe(201);

      const list = async (token: string, query = "") => {
        const res = await h.request("GET", `${base}/nominations?year=2024${query}`, { token });
        expect(res.status).toBe(200);
        return (res.body.items as { contract: { id: string } }[]).map((n) => n.contract.id);
      };
      expect(new Set(await list(anjuStaff))).toEqual(new Set([f.contracts.good, f.contracts.overdue]));
      expect(await list(yijuStaff)).toEqual([f.contracts.manager]);
      expect(await list(farStaff)).toEqual([]);
      expectProblem(
        await h.request("GET", `${base}/nominations/${theirs.body.id}`, { token: anjuStaff }),
        404,
        "not_found",
      );
      // Region staff see their subtree's compounds and do not nominate.
      const far = await nominate({ contractId: f.contracts.satisfaction, level: "municipal", year: 2024 });
      expect(far.status).toBe(201);
      expect(await list(farStaff)).toEqual([f.contracts.satisfaction]);
      expectProblem(
        await nominate({ contractId: f.contracts.satisfaction, level: "provincial", year: 2024 }, farStaff),
        403,
        "forbidden",
      );
      // Filters.
      expect((await list(admin(), "&level=provincial")).length).toBe(1);
      expect(await list(admin(), "&status=awarded")).toEqual([]);
      const badFilter = await h.request("GET", `${base}/nominations?status=won`, { token: admin() });
      expectProblem(badFilter, 400, "bad_request");
      expect(failingPaths(badFilter)).toEqual(["query.status"]);
    });

    it("an award needs the company's credit to allow one on the day: 422 with the reasons, then awarded once it does", async () => {
      const nomination = await nominate({ contractId: f.contracts.unstable, level: "municipal", year: 2023 });
      expect(nomination.status).toBe(201);
      const award = () =>
        h.request("POST", `${base}/nominations/${nomination.body.id}/award`, { token: admin() });
      const today = dateInZone(new Date(), "Asia/Shanghai");
      // A bad record of 15 points today brings 和美 below the A that awards require (default config).
      const bad = await h.request("POST", `/v1/tenants/ours/credit/companies/${f.companies.hemei}/records`, {
        token: admin(),
        body: {
          kind: "bad",
          category: "serviceQuality",
          points: 15,
          source: "manual",
          evidence: "服务质量投诉查实",
          effectiveOn: today,
        },
      });
      expect(bad.status).toBe(201);
      const refused = await award();
      expectProblem(refused, 422, "unprocessable");
      expect(failingPaths(refused)).toEqual(["path.id"]);
      // The same standing as the eligibility route gives for today (80 − 15 = 65: grade B).
      const standing = await h.request(
        "GET",
        `/v1/tenants/ours/credit/companies/${f.companies.hemei}/eligibility?for=award`,
        { token: admin() },
      );
      expect(standing.body.allowed).toBe(false);
      expect(refused.body).toMatchObject({
        grade: standing.body.grade,
        score: standing.body.score,
        reasons: standing.body.reasons,
      });
      expect(refused.body.reasons.map((r: { code: string }) => r.code)).toContain("gradeBelowMinimum");
      expect(
        (await h.request("GET", `${base}/nominations/${nomination.body.id}`, { token: admin() })).body.status,
      ).toBe("nominated");
      const revoked = await h.request("POST", `/v1/tenants/ours/credit/records/${bad.body.id}/revoke`, {
        token: admin(),
        body: { reason: "复核撤销" },
      });
      expect(revoked.status).toBe(200);
      const awarded = await award();
      expect(awarded.status).toBe(200);
      expect(awarded.body.status).toBe("awarded");
    });

    it("awards and rejects (county only, a rejection with its reason); withdraws by the applicant side", async () => {
      const create = async (contractId: string, level: string, token = admin()) => {
        const res = await nominate({ contractId, level, year: 2023 }, token);
        expect(res.status).toBe(201);
        return res.body.id as string;
      };
      const act = (id: string, verb: string, token: string, body?: unknown) =>
        h.request("POST", `${base}/nominations/${id}/${verb}`, { token, body });

      const toAward = await create(f.contracts.good, "municipal", anjuStaff);
      expectProblem(await act(toAward, "award", anjuStaff), 403, "forbidden");
      expectProblem(await act(toAward, "award", farStaff), 403, "forbidden");
      const awarded = await act(toAward, "award", admin(), { note: "评定通过" });
      expect(awarded.status).toBe(200);
      expect(awarded.body).toMatchObject({
        status: "awarded",
        allowedActions: [],
        decidedBy: h.ours.adminId,
        decisionNote: "评定通过",
      });
      expect(awarded.body.decidedAt).not.toBeNull();
      const late = await act(toAward, "withdraw", anjuStaff);
      expectProblem(late, 409, "conflict");
      expect(late.body).toMatchObject({ currentStatus: "awarded", allowedActions: [] });

      const toReject = await create(f.contracts.good, "provincial");
      const noReason = await act(toReject, "reject", admin(), {});
      expectProblem(noReason, 422, "unprocessable");
      expect(failingPaths(noReason)).toEqual(["body.reason"]);
      const rejected = await act(toReject, "reject", admin(), { reason: "年内有长期逾期诉求" });
      expect(rejected.body).toMatchObject({
        status: "rejected",
        decidedBy: h.ours.adminId,
        decisionNote: "年内有长期逾期诉求",
      });
      const detail = await h.request("GET", `${base}/nominations/${toReject}`, { token: anjuStaff });
      expect(detail.body).toMatchObject({ decidedBy: h.ours.adminId, decisionNote: "年内有长期逾期诉求" });
      expect(
        detail.body.history.map((e: { action: string; note: string | null }) => [e.action, e.note]),
      ).toEqual([
        ["nominate", null],
        ["reject", "年内有长期逾期诉求"],
      ]);

      // The applicant withdraws: the company its own, the county any; another company cannot see it.
      const mine = await create(f.contracts.overdue, "municipal", anjuStaff);
      expectProblem(await act(mine, "withdraw", yijuStaff), 404, "not_found");
      const withdrawn = await act(mine, "withdraw", anjuStaff, { note: "材料需补充" });
      expect(withdrawn.body).toMatchObject({
        status: "withdrawn",
        allowedActions: [],
        decidedBy: anjuStaffId,
        decisionNote: "材料需补充",
      });
      const county = await create(f.contracts.manager, "municipal");
      expect((await act(county, "withdraw", admin())).body).toMatchObject({
        status: "withdrawn",
        decidedBy: h.ours.adminId,
        decisionNote: null,
      });
      // Who decided and the note are columns of the nomination, not only in its audit trail.
      const stored = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
        tx
          .select({
            id: excellenceNominations.id,
            decidedBy: excellenceNominations.decidedBy,
            decisionNote: excellenceNominations.decisionNote,
          })
          .from(excellenceNominations)
          .where(
            and(
              eq(excellenceNominations.tenantId, h.ours.id),
              inArray(excellenceNominations.id, [toAward, toReject, mine]),
            ),
          ),
      );
      expect(new Set(stored.map((n) => JSON.stringify([n.id, n.decidedBy, n.decisionNote])))).toEqual(
        new Set([
          JSON.stringify([toAward, h.ours.adminId, "评定通过"]),
          JSON.stringify([toReject, h.ours.adminId, "年内有长期逾期诉求"]),
          JSON.stringify([mine, anjuStaffId, "材料需补充"]),
        ]),
      );
      // A withdrawn nomination leaves room to nominate the contract again for that level and year…
      const renominated = await nominate({ contractId: f.contracts.overdue, level: "municipal", year: 2023 });
      expect(renominated.status).toBe(201);
      expect(renominated.body).toMatchObject({ status: "nominated", decidedBy: null, decisionNote: null });
      expect(renominated.body.id).not.toBe(mine);
      // …but a live one, or an awarded or rejected one, still blocks another.
      const twice = await nominate({ contractId: f.contracts.overdue, level: "municipal", year: 2023 });
      expectProblem(twice, 409, "conflict");
      expect(twice.body).toMatchObject({ existingId: renominated.body.id, existingStatus: "nominated" });
      expect(failingPaths(twice)).toEqual(["body.contractId"]);
      const afterAward = await nominate({ contractId: f.contracts.good, level: "municipal", year: 2023 });
      expectProblem(afterAward, 409, "conflict");
      expect(afterAward.body).toMatchObject({ existingId: toAward, existingStatus: "awarded" });
      const afterReject = await nominate({ contractId: f.contracts.good, level: "provincial", year: 2023 });
      expect(afterReject.body).toMatchObject({ existingId: toReject, existingStatus: "rejected" });
      // The database holds the rule too: a second live row for the same key is refused.
      const row = {
        tenantId: h.ours.id,
        contractId: f.contracts.overdue,
        level: "municipal" as const,
        year: 2023,
      };
      const clash = await rejection(
        withTenant(h.deps.db.db, h.ours.id, (tx) =>
          tx.insert(excellenceNominations).values({ ...row, id: `${mine}X`, status: "nominated" }),
        ),
      );
      expect(pgErrorCode(clash)).toBe("23505");
      // Withdrawn rows do not count against it (the unique index is partial).
      await withTenant(h.deps.db.db, h.ours.id, (tx) =>
        tx.insert(excellenceNominations).values({ ...row, id: `${mine}Y`, status: "withdrawn" }),
      );

      const audit = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
        tx
          .select()
          .from(auditEvents)
          .where(and(eq(auditEvents.tenantId, h.ours.id), eq(auditEvents.targetId, toAward))),
      );
      expect(audit.map((a) => a.action)).toEqual([
        "excellenceNomination.create",
        "excellenceNomination.award",
      ]);
      // The decision records the criteria as they stood.
      expect((audit[1]?.after as { evaluation?: unknown } | undefined)?.evaluation).toMatchObject({
        assessedOn: "2023-12-31",
        criteria: expect.arrayContaining([{ code: "creditGrade", status: "pass" }]),
      });
    });

    it("answers 404 for another tenant's or an unknown nomination, 401 without a caller", async () => {
      const ours = await nominate({ contractId: f.contracts.unstable, level: "municipal", year: 2024 });
      expect(ours.status).toBe(201);
      // Unfiltered, the county sees every nomination of every year.
      const all = await h.request("GET", `${base}/nominations?limit=200`, { token: admin() });
      expect(all.status).toBe(200);
      expect(all.body.items.map((n: { id: string }) => n.id)).toContain(ours.body.id);
      expect(new Set(all.body.items.map((n: { year: number }) => n.year))).toEqual(
        new Set([2023, 2024, 2025]),
      );
      expectProblem(
        await h.request("GET", `/v1/tenants/other/excellence/nominations/${ours.body.id}`, {
          token: h.other.adminToken,
        }),
        404,
        "not_found",
      );
      expectProblem(
        await h.request("POST", `/v1/tenants/other/excellence/nominations/${ours.body.id}/award`, {
          token: h.other.adminToken,
        }),
        404,
        "not_found",
      );
      expectProblem(
        await h.request("GET", `${base}/nominations/${newId("nomination")}`, { token: admin() }),
        404,
        "not_found",
      );
      const badId = await h.request("GET", `${base}/nominations/nom_1`, { token: admin() });
      expectProblem(badId, 400, "bad_request");
      expect(failingPaths(badId)).toEqual(["param.id"]);
      expectProblem(await h.request("GET", `${base}/nominations`), 401, "unauthenticated");
      expectProblem(
        await h.request("POST", `${base}/nominations`, {
          body: { contractId: f.contracts.good, level: "municipal", year: 2024 },
        }),
        401,
        "unauthenticated",
      );
    });
  });

  describe("project-manager stability (POST /evaluations)", () => {
    it("finds the contract that changed its project manager twice in 2024", async () => {
      const run = await h.request("POST", "/v1/tenants/ours/evaluations", {
        token: admin(),
        body: { period: "2024" },
      });
      expect(run.status).toBe(201);
      const found = await h.request(
        "GET",
        "/v1/tenants/ours/findings?period=2024&policy=cultivateExcellence",
        {
          token: admin(),
        },
      );
      expect(found.status).toBe(200);
      expect(found.body.items).toHaveLength(1);
      expect(found.body.items[0]).toMatchObject({
        policy: "cultivateExcellence",
        rule: "projectManagerUnstable",
        subject: { type: "company", id: f.companies.hemei, name: "蒙城县第3物业服务有限公司" },
        regionId: f.world.community.id,
        message: {
          zh: "蒙城县第3物业服务有限公司在小区“北苑”的项目经理2024年内更换2次，超过每年1次。",
        },
        // 2020-03-01 … 2024-12-31: 5 contract years, 5 changes allowed overall; 2 within 2024.
        evidence: {
          contractId: f.contracts.unstable,
          changes: 2,
          contractYears: 5,
          allowed: 5,
          year: 2024,
          changesInYear: 2,
        },
      });
      // One change in 2024 (the manager contract) is within bounds; so is 2023.
      const earlier = await h.request("POST", "/v1/tenants/ours/evaluations", {
        token: admin(),
        body: { period: "2023" },
      });
      expect(earlier.status).toBe(201);
      const none = await h.request(
        "GET",
        "/v1/tenants/ours/findings?period=2023&policy=cultivateExcellence",
        {
          token: admin(),
        },
      );
      expect(none.body.items).toEqual([]);
    });
  });
});
