import { type CaseRating, type CaseStatus, newId, newTrackingCode } from "@propgov/core";
import { assessmentScorecards, cases, contracts, creditRecords, tasks, withTenant } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CaseWorld, seedCaseWorld } from "./case-fixtures.js";
import { createHarness, expectProblem, failingPaths, type Harness } from "./harness.js";
import { createCompanyVia } from "./registry-fixtures.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** An instant given as wall-clock time in Asia/Shanghai (the tenants' zone). */
const local = (wall: string) => new Date(`${wall}+08:00`);
const plus = (d: Date, ms: number) => new Date(d.getTime() + ms);
const t = (zh: string) => ({ zh, en: zh });

interface CaseSpec {
  compoundId: string;
  communityId: string;
  status: CaseStatus;
  receivedAt: Date;
  contactedAt: Date | null;
  resolvedAt: Date | null;
  rating: CaseRating | null;
  ratedAt: Date | null;
}

let counter = 0;
async function insertCase(h: Harness, spec: CaseSpec) {
  await withTenant(h.deps.db.db, h.ours.id, (tx) =>
    tx.insert(cases).values({
      tenantId: h.ours.id,
      id: newId("case"),
      number: `AS-2025-${String(++counter).padStart(6, "0")}`,
      trackingCode: newTrackingCode(),
      category: "serviceQuality",
      kind: "complaint",
      description: "测试诉求",
      reporterName: "张三",
      reporterPhone: "13812345678",
      channel: "hotline12345",
      roundStartedAt: spec.receivedAt,
      firstContactDueAt: plus(spec.receivedAt, 2 * HOUR),
      resolutionDueAt: plus(spec.receivedAt, 5 * DAY),
      ...spec,
    }),
  );
}

/**
 * Company template: response rate 50 (linear 0..1), satisfaction 40 (linear 0..1), a manual site
 * check 10. It asks for the old behaviour explicitly (full points without data); `fair` below is
 * the same with the default (left out without data).
 */
const firms = {
  code: "firms",
  name: t("企业月度考核"),
  targetKind: "company",
  items: [
    {
      id: "resp",
      title: t("响应率"),
      points: 50,
      source: { metric: "cases.responseRate" },
      rule: { kind: "linear", from: 0, to: 1, ifNoData: "full" },
    },
    {
      id: "sat",
      title: t("满意率"),
      points: 40,
      source: { metric: "cases.satisfactionRate" },
      rule: { kind: "linear", from: 0, to: 1, ifNoData: "full" },
    },
    { id: "site", title: t("现场检查"), points: 10, source: { metric: "manual" }, rule: { kind: "manual" } },
  ],
  vetoes: [
    {
      id: "safety",
      title: t("重大安全事故"),
      source: { metric: "credit.bad", category: "majorSafetyIncident" },
      rule: { kind: "atLeast", count: 1 },
    },
  ],
};

/** Township template: response rate 60, satisfaction 40 (linear 0..1). */
const towns = {
  code: "towns",
  name: t("乡镇街道月度通报"),
  targetKind: "township",
  items: [
    {
      id: "resp",
      title: t("响应率"),
      points: 60,
      source: { metric: "cases.responseRate" },
      rule: { kind: "linear", from: 0, to: 1, ifNoData: "full" },
    },
    {
      id: "sat",
      title: t("满意率"),
      points: 40,
      source: { metric: "cases.satisfactionRate" },
      rule: { kind: "linear", from: 0, to: 1, ifNoData: "full" },
    },
  ],
};

type Card = {
  id: string;
  templateCode: string;
  targetId: string;
  targetName: string;
  total: number;
  rank: number;
  grade: string;
  passed: boolean;
  vetoed: boolean;
  items: { id: string; score: number; figures: Record<string, unknown>; manual?: unknown }[];
  previousTotal: number | null;
  previousRank: number | null;
};

/**
 * Companies A (阳光花园), B (立仓小区) and C (幸福里), contracts 2025–2026. October 2025 (Asia/Shanghai):
 *   C1 阳光花园 10-05 10:00 contacted 11:00 (due 12:00) ✓, satisfied
 *   C2 阳光花园 10-10 10:00 contacted 13:00 ✗, unsatisfied
 *   C3 立仓小区 10-15 10:00 contacted 11:00 ✓, basically satisfied
 * firms: A response 1/2 → 25, satisfaction 1/2 → 20: 45 + site; B 1/1, 1/1 → 90 + site; C no cases
 *   → full points for both rates (ifNoData full) → 90 + site.
 * towns: 城关街道 (C1, C2) 30 + 20 = 50; 立仓镇 (C3) 60 + 40 = 100.
 */
describe.each(testDrivers())("assessments (%s)", (driver) => {
  let h: Harness;
  let w: CaseWorld;
  let A: string;
  let B: string;
  let C: string;
  const url = (path = "") => `/v1/tenants/ours/assessments${path}`;
  const admin = () => ({ token: h.ours.adminToken });
  const cardOf = (body: { scorecards: Card[] }, code: string, targetId: string) =>
    body.scorecards.find((c) => c.templateCode === code && c.targetId === targetId) as Card;

  beforeAll(async () => {
    h = await createHarness(driver);
    w = await seedCaseWorld(h);
    [A, B, C] = [await createCompanyVia(h, 1), await createCompanyVia(h, 2), await createCompanyVia(h, 3)];
    const serve = [
      [A, w.sunshine],
      [B, w.far],
      [C, w.happy],
    ] as const;
    await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx.insert(contracts).values(
        serve.map(([companyId, compoundId]) => ({
          tenantId: h.ours.id,
          id: newId("contract"),
          companyId,
          compoundId,
          startsOn: "2025-01-01",
          endsOn: "2026-12-31",
          feeStandard: "1.20",
          projectManagerName: "赵经理",
          projectManagerPhone: "13900001111",
        })),
      ),
    );
    const near = { compoundId: w.sunshine, communityId: w.community.id };
    const far = { compoundId: w.far, communityId: w.farCommunity.id };
    await insertCase(h, {
      ...near,
      status: "rated",
      receivedAt: local("2025-10-05T10:00"),
      contactedAt: local("2025-10-05T11:00"),
      resolvedAt: local("2025-10-08T10:00"),
      rating: "satisfied",
      ratedAt: local("2025-10-09T10:00"),
    });
    await insertCase(h, {
      ...near,
      status: "rated",
      receivedAt: local("2025-10-10T10:00"),
      contactedAt: local("2025-10-10T13:00"),
      resolvedAt: local("2025-10-12T10:00"),
      rating: "unsatisfied",
      ratedAt: local("2025-10-13T10:00"),
    });
    await insertCase(h, {
      ...far,
      status: "rated",
      receivedAt: local("2025-10-15T10:00"),
      contactedAt: local("2025-10-15T11:00"),
      resolvedAt: local("2025-10-16T10:00"),
      rating: "basicallySatisfied",
      ratedAt: local("2025-10-17T10:00"),
    });
    for (const body of [firms, towns]) {
      const res = await h.request("POST", "/v1/tenants/ours/assessment-templates", { ...admin(), body });
      if (res.status !== 201) throw new Error(JSON.stringify(res.body));
    }
  });
  afterAll(async () => {
    await h?.destroy();
  });

  let october: { id: string; scorecards: Card[] };

  it("the period must match the kind; unknown templates are 422", async () => {
    const res = await h.request("POST", url(), {
      ...admin(),
      body: { kind: "monthlyBulletin", period: "2025-Q4" },
    });
    expectProblem(res, 422, "unprocessable");
    expect(failingPaths(res)).toEqual(["body.period"]);
    const annual = await h.request("POST", url(), {
      ...admin(),
      body: { kind: "annual", period: "2025-10" },
    });
    expect(failingPaths(annual)).toEqual(["body.period"]);
    const unknown = await h.request("POST", url(), {
      ...admin(),
      body: { kind: "monthlyBulletin", period: "2025-10", templates: ["firms", "nope"] },
    });
    expect(failingPaths(unknown)).toEqual(["body.templates.1"]);
  });

  it("a cycle the mechanism turns off is 422 naming body.kind; on again, it is taken", async () => {
    const setQuarterly = async (enabled: boolean) => {
      const doc = (await h.request("GET", "/v1/tenants/ours/mechanism", admin())).body.document;
      doc.policies.assessment.config.quarterly = { enabled };
      const put = await h.request("PUT", "/v1/tenants/ours/mechanism", { ...admin(), body: doc });
      expect(put.status).toBe(200);
    };
    await setQuarterly(false);
    const off = await h.request("POST", url(), {
      ...admin(),
      body: { kind: "quarterly", period: "2024-Q4" },
    });
    expectProblem(off, 422, "unprocessable");
    expect(off.body.errors).toEqual([
      expect.objectContaining({ path: "body.kind", code: "assessmentKindOff" }),
    ]);
    expect(off.body.detail).toContain("季度考核已在本县机制中关闭");
    await setQuarterly(true);
    const on = await h.request("POST", url(), { ...admin(), body: { kind: "quarterly", period: "2024-Q4" } });
    expect(on.status).toBe(201);
  });

  it("computes a draft scorecard for every target with hand-computed totals, ranks and figures", async () => {
    const res = await h.request("POST", url(), {
      ...admin(),
      body: { kind: "monthlyBulletin", period: "2025-10", templates: ["firms", "towns"] },
    });
    expect(res.status).toBe(201);
    october = res.body;
    expect(res.body).toMatchObject({
      kind: "monthlyBulletin",
      period: "2025-10",
      revision: 1,
      status: "draft",
    });
    expect(res.body.templates.map((x: { code: string }) => x.code)).toEqual(["firms", "towns"]);
    const a = cardOf(res.body, "firms", A);
    const b = cardOf(res.body, "firms", B);
    const c = cardOf(res.body, "firms", C);
    expect([a.total, b.total, c.total]).toEqual([45, 90, 90]);
    expect([a.rank, b.rank, c.rank]).toEqual([3, 1, 1]);
    expect([a.passed, b.passed]).toEqual([false, true]);
    expect([a.grade, b.grade]).toEqual(["不合格", "优秀"]);
    expect(a.items.find((i) => i.id === "resp")?.figures).toEqual({
      value: 0.5,
      numerator: 1,
      denominator: 2,
    });
    expect(c.items.find((i) => i.id === "sat")?.figures).toEqual({
      value: null,
      numerator: 0,
      denominator: 0,
    });
    expect(a.items.find((i) => i.id === "site")).toMatchObject({ score: 0, manual: null });
    expect(a.previousTotal).toBeNull();
    const street = cardOf(res.body, "towns", w.street.id);
    const township = cardOf(res.body, "towns", w.township.id);
    expect([street.total, township.total]).toEqual([50, 100]);
    expect([street.rank, township.rank]).toEqual([2, 1]);
    // Sorted by template, then rank.
    expect(res.body.scorecards.map((x: Card) => `${x.templateCode}:${x.rank}`)).toEqual([
      "firms:1",
      "firms:1",
      "firms:3",
      "towns:1",
      "towns:2",
    ]);
    const dup = await h.request("POST", url(), {
      ...admin(),
      body: { kind: "monthlyBulletin", period: "2025-10", templates: ["firms"] },
    });
    expectProblem(dup, 409, "conflict");
    expect(dup.body.existingId).toBe(res.body.id);
  });

  it("by default an item without data is left out; a target with no data at all is not assessable, not ranked", async () => {
    const fair = {
      ...firms,
      code: "fair",
      name: t("企业月度考核（不计无数据项）"),
      items: firms.items.map((i) =>
        i.rule.kind === "linear" ? { ...i, rule: { kind: "linear", from: 0, to: 1 } } : i,
      ),
    };
    const created = await h.request("POST", "/v1/tenants/ours/assessment-templates", {
      ...admin(),
      body: fair,
    });
    expect(created.status).toBe(201);
    const res = await h.request("POST", url(), {
      ...admin(),
      body: { kind: "monthlyBulletin", period: "2025-09", templates: ["fair"] },
    });
    expect(res.status).toBe(201);
    // September has no cases at all: no company has a rate, and the site checks are not entered.
    for (const card of res.body.scorecards as (Card & { assessable: boolean })[]) {
      expect(card).toMatchObject({ assessable: false, total: 0, grade: null, rank: null, passed: false });
      expect(
        card.items.filter((i) => i.id !== "site").every((i) => (i as { scored?: boolean }).scored === false),
      ).toBe(true);
    }
    // Entering B's site check makes it assessable: 8 of the 10 points scored → 80.
    const b = cardOf(res.body, "fair", B);
    const entered = await h.request("PUT", url(`/${res.body.id}/scorecards/${b.id}/items/site`), {
      ...admin(),
      body: { score: 8, evidence: "现场检查：台账齐全" },
    });
    expect(entered.status).toBe(200);
    const again = await h.request("GET", url(`/${res.body.id}`), admin());
    const bAfter = cardOf(again.body, "fair", B) as Card & { assessable: boolean };
    expect(bAfter).toMatchObject({ assessable: true, total: 80, rank: 1, grade: "良好", passed: true });
    expect(cardOf(again.body, "fair", A)).toMatchObject({ assessable: false, rank: null });
  });

  it("is reproducible: recomputing the same data gives identical scorecards", async () => {
    const res = await h.request("POST", url(`/${october.id}/recompute`), admin());
    expect(res.status).toBe(200);
    const strip = (cards: Card[]) => cards.map(({ ...card }) => card);
    expect(strip(res.body.scorecards)).toEqual(strip(october.scorecards));
  });

  it("manual items: 0..points, computed items refused, totals and ranks recomputed", async () => {
    const b = cardOf(october, "firms", B);
    const item = (card: Card, id: string) => url(`/${october.id}/scorecards/${card.id}/items/${id}`);
    const over = await h.request("PUT", item(b, "site"), { ...admin(), body: { score: 11, evidence: "x" } });
    expectProblem(over, 422, "unprocessable");
    expect(failingPaths(over)).toEqual(["body.score"]);
    const computed = await h.request("PUT", item(b, "resp"), {
      ...admin(),
      body: { score: 1, evidence: "x" },
    });
    expectProblem(computed, 422, "unprocessable");
    const noEvidence = await h.request("PUT", item(b, "site"), { ...admin(), body: { score: 5 } });
    expect(failingPaths(noEvidence)).toEqual(["body.evidence"]);

    const res = await h.request("PUT", item(b, "site"), {
      ...admin(),
      body: { score: 8, evidence: "现场检查：台账齐全" },
    });
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(98);
    expect(res.body.rank).toBe(1);
    expect(res.body.items.find((i: { id: string }) => i.id === "site")).toMatchObject({
      score: 8,
      manual: { score: 8, evidence: "现场检查：台账齐全" },
    });
    await h.request("PUT", item(cardOf(october, "firms", C), "site"), {
      ...admin(),
      body: { score: 10, evidence: "满分" },
    });
    const after = (await h.request("GET", url(`/${october.id}`), admin())).body;
    expect([
      cardOf(after, "firms", C).rank,
      cardOf(after, "firms", B).rank,
      cardOf(after, "firms", A).rank,
    ]).toEqual([1, 2, 3]);
    expect(cardOf(after, "firms", C).total).toBe(100);
    // Recomputing keeps the manual entries.
    const again = await h.request("POST", url(`/${october.id}/recompute`), admin());
    expect(cardOf(again.body, "firms", B).total).toBe(98);
  });

  it("access: company staff see only their card, region staff their subtree's, others 403", async () => {
    const staff = await h.userWith(h.ours, ["companyStaff"], { companyId: A });
    const mine = await h.request("GET", url(`/${october.id}`), { token: staff.token });
    expect(mine.status).toBe(200);
    expect(mine.body.scorecards.map((c: Card) => c.targetId)).toEqual([A]);
    const town = await h.userWith(h.ours, ["regionStaff"], { regionId: w.township.id });
    const theirs = await h.request("GET", url(`/${october.id}`), { token: town.token });
    expect(theirs.body.scorecards.map((c: Card) => c.targetId)).toEqual([w.township.id]);
    expectProblem(
      await h.request("PUT", url(`/${october.id}/scorecards/${cardOf(october, "firms", A).id}/items/site`), {
        token: staff.token,
        body: { score: 10, evidence: "自评" },
      }),
      403,
      "forbidden",
    );
    expectProblem(
      await h.request("POST", url(`/${october.id}/publish`), { token: staff.token }),
      403,
      "forbidden",
    );
    expectProblem(await h.request("GET", url(`/${october.id}`)), 401, "unauthenticated");
    expectProblem(
      await h.request("GET", `/v1/tenants/other/assessments/${october.id}`, { token: h.other.adminToken }),
      404,
      "not_found",
    );
  });

  it("publishing needs every manual item, then freezes the assessment (409, and the trigger)", async () => {
    const pending = await h.request("POST", url(`/${october.id}/publish`), admin());
    expectProblem(pending, 409, "conflict");
    expect(pending.body.pending).toHaveLength(1);
    await h.request("PUT", url(`/${october.id}/scorecards/${cardOf(october, "firms", A).id}/items/site`), {
      ...admin(),
      body: { score: 5, evidence: "整改中" },
    });
    const res = await h.request("POST", url(`/${october.id}/publish`), admin());
    expect(res.status).toBe(200);
    expect(res.body.status).toBe("published");
    expect(res.body.publishedAt).toBeTruthy();
    expect(
      res.body.results.rankings.towns.map((r: { targetName: string; rank: number }) => [
        r.targetName,
        r.rank,
      ]),
    ).toEqual([
      ["立仓镇", 1],
      ["城关街道", 2],
    ]);
    // A monthly bulletin makes no credit records.
    expect(res.body.results.credit).toEqual([]);
    // Company staff read only their own line of the rankings.
    const staff = await h.userWith(h.ours, ["companyStaff"], { companyId: A });
    for (const path of [url(`/${october.id}`), `${url()}?period=2025-10`]) {
      const seen = await h.request("GET", path, { token: staff.token });
      const results = seen.body.results ?? seen.body.items[0].results;
      expect(results.rankings).toEqual({ firms: [expect.objectContaining({ targetId: A })], towns: [] });
    }

    const put = await h.request(
      "PUT",
      url(`/${october.id}/scorecards/${cardOf(october, "firms", A).id}/items/site`),
      {
        ...admin(),
        body: { score: 10, evidence: "改" },
      },
    );
    expectProblem(put, 409, "conflict");
    expectProblem(await h.request("POST", url(`/${october.id}/recompute`), admin()), 409, "conflict");
    const again = await h.request("POST", url(`/${october.id}/publish`), admin());
    expectProblem(again, 409, "conflict");
    // The problem's status is the HTTP status; the assessment's is currentStatus.
    expect(again.body).toMatchObject({ status: 409, currentStatus: "published" });
    await expect(
      withTenant(h.deps.db.db, h.ours.id, (tx) =>
        tx
          .update(assessmentScorecards)
          .set({ total: 100 })
          .where(
            and(
              eq(assessmentScorecards.tenantId, h.ours.id),
              eq(assessmentScorecards.assessmentId, october.id),
            ),
          ),
      ),
    ).rejects.toThrow();
    const list = await h.request("GET", `${url()}?status=published`, admin());
    expect(list.body.items.map((a: { id: string }) => a.id)).toEqual([october.id]);
  });

  it("a revision is a new draft with the manual entries; publishing it supersedes the old; both readable", async () => {
    expectProblem(
      await h.request("POST", url(`/${october.id}/revisions`), { ...admin(), body: {} }),
      422,
      "unprocessable",
    );
    const res = await h.request("POST", url(`/${october.id}/revisions`), {
      ...admin(),
      body: { reason: "更正现场检查记录" },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      revision: 2,
      revisesId: october.id,
      reason: "更正现场检查记录",
      status: "draft",
    });
    expect(cardOf(res.body, "firms", B).total).toBe(98);
    expect(cardOf(res.body, "firms", A).total).toBe(50);
    const second = await h.request("POST", url(`/${october.id}/revisions`), {
      ...admin(),
      body: { reason: "再改" },
    });
    expectProblem(second, 409, "conflict");

    await h.request("PUT", url(`/${res.body.id}/scorecards/${cardOf(res.body, "firms", A).id}/items/site`), {
      ...admin(),
      body: { score: 10, evidence: "复查合格" },
    });
    const published = await h.request("POST", url(`/${res.body.id}/publish`), admin());
    expect(published.status).toBe(200);
    expect(cardOf(published.body, "firms", A).total).toBe(55);
    const old = await h.request("GET", url(`/${october.id}`), admin());
    expect(old.body.status).toBe("superseded");
    expect(cardOf(old.body, "firms", A).total).toBe(50);
    const both = await h.request("GET", `${url()}?period=2025-10`, admin());
    expect(both.body.items.map((a: { revision: number; status: string }) => [a.revision, a.status])).toEqual([
      [2, "published"],
      [1, "superseded"],
    ]);
    const superseded = await h.request("POST", url(`/${october.id}/revisions`), {
      ...admin(),
      body: { reason: "x" },
    });
    expectProblem(superseded, 409, "conflict");
    expect(superseded.body).toMatchObject({ status: 409, currentStatus: "superseded" });
  });

  it("the preset templates compute from coverage, tasks and findings, with their figures", async () => {
    // Company A's responsibility tasks due in 2025-Q4: two submitted by the end of the due day
    // (one at 20:00 that day), one still open after its due day → on time 2/3.
    const task = (dueOn: string, status: "verified" | "closed" | "open", submittedAt: Date | null) => ({
      tenantId: h.ours.id,
      id: newId("task"),
      title: `整改 ${dueOn}`,
      source: "manual" as const,
      ownerUnitType: "company" as const,
      ownerUnitId: A,
      dueOn,
      status,
      submittedAt,
    });
    await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx
        .insert(tasks)
        .values([
          task("2025-11-10", "verified", local("2025-11-10T20:00")),
          task("2025-11-20", "closed", local("2025-11-18T09:00")),
          task("2025-12-01", "open", null),
        ]),
    );
    const res = await h.request("POST", url(), {
      ...admin(),
      body: { kind: "quarterly", period: "2025-Q4", templates: ["company", "township"] },
    });
    expect(res.status).toBe(201);
    const town = cardOf(res.body, "township", w.township.id);
    const item = (id: string) => town.items.find((i) => i.id === id) as Card["items"][number];
    // 立仓镇 has one compound (立仓小区, professional service, no committee, no party organisation).
    expect(item("serviceCoverage")).toMatchObject({
      score: 10,
      figures: { value: 1, numerator: 1, denominator: 1 },
    });
    expect(item("committeeFormation")).toMatchObject({
      score: 0,
      figures: { value: 0, numerator: 0, denominator: 1 },
    });
    expect(item("partyOrgFormation")).toMatchObject({ score: 0, figures: { value: 0 } });
    // A: 2/3 on time → (0.667 − 0.6) / 0.4 × 10 = 1.67.
    expect(cardOf(res.body, "company", A).items.find((i) => i.id === "tasksOnTime")).toMatchObject({
      score: 1.67,
      figures: { value: 2 / 3, due: 3, completedOnTime: 2, completedLate: 0, openOverdue: 1, openNotDue: 0 },
    });
    // B: no tasks due, nothing to measure → left out (the preset's default), not full points.
    expect(cardOf(res.body, "company", B).items.find((i) => i.id === "tasksOnTime")).toMatchObject({
      score: 0,
      scored: false,
      figures: { value: null, due: 0 },
    });
    // Findings are those of the policies run in memory over the quarter: the same count the
    // evaluation stores for the township's subtree (and nothing stored by the assessment itself).
    const before = await h.request("GET", "/v1/tenants/ours/findings?period=2025-Q4", admin());
    expect(before.body.items).toEqual([]);
    await h.request("POST", "/v1/tenants/ours/evaluations", { ...admin(), body: { period: "2025-Q4" } });
    const stored = await h.request(
      "GET",
      `/v1/tenants/ours/findings?period=2025-Q4&policy=partyLeadership&regionId=${w.township.id}&limit=200`,
      admin(),
    );
    const party = item("partyLeadership");
    expect(party.figures.value).toBe(stored.body.items.length);
    expect(party.figures.value).toBeGreaterThan(0);
    expect(party.score).toBe(Math.max(0, 10 - 2 * (party.figures.value as number)));
  });

  it("the assessment policy reports the targets below the pass line of the period's published revision", async () => {
    const run = await h.request("POST", "/v1/tenants/ours/evaluations", {
      ...admin(),
      body: { period: "2025-10" },
    });
    expect(run.status).toBe(201);
    const res = await h.request("GET", "/v1/tenants/ours/findings?period=2025-10&policy=assessment", admin());
    expect(res.status).toBe(200);
    // Revision 2: A 55 < 60 (firms) and 城关街道 50 < 60 (towns); everyone else passed. (September's
    // missing bulletin is the bulletinLate finding of the next test.)
    const cards = res.body.items.filter((f: { rule: string }) => f.rule !== "bulletinLate");
    expect(
      cards.map((f: { rule: string; subject: { id: string }; evidence: { total: number } }) => [
        f.rule,
        f.subject.id,
        f.evidence.total,
      ]),
    ).toEqual([
      ["belowPassLine", A, 55],
      ["belowPassLine", w.street.id, 50],
    ]);
  });

  it("the next period shows the change against the latest published assessment of the kind", async () => {
    const res = await h.request("POST", url(), {
      ...admin(),
      body: { kind: "monthlyBulletin", period: "2025-11", templates: ["firms", "towns"] },
    });
    expect(res.status).toBe(201);
    const a = cardOf(res.body, "firms", A);
    // No November cases: both rates full (90), site 0; previously 55, third.
    expect(a).toMatchObject({ total: 90, previousTotal: 55, previousRank: 3 });
    expect((a as Card & { change: number }).change).toBe(35);
    expect(cardOf(res.body, "towns", w.street.id)).toMatchObject({ previousTotal: 50, previousRank: 2 });
  });

  it("annual: a veto fails a company; publishing makes credit records, a revision replaces them", async () => {
    await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx.insert(creditRecords).values({
        tenantId: h.ours.id,
        id: newId("creditRecord"),
        companyId: C,
        kind: "bad",
        category: "majorSafetyIncident",
        points: 10,
        source: "manual",
        evidence: "2025-06 电梯安全事故",
        effectiveOn: "2025-06-01",
        expiresOn: "2026-05-31",
      }),
    );
    const res = await h.request("POST", url(), {
      ...admin(),
      body: { kind: "annual", period: "2025", templates: ["firms"] },
    });
    expect(res.status).toBe(201);
    const c = cardOf(res.body, "firms", C);
    expect(c).toMatchObject({ vetoed: true, passed: false, grade: "不合格", rank: 3 });
    expect(
      (c as unknown as { vetoes: { id: string; triggered: boolean; figures: { value: number } }[] })
        .vetoes[0],
    ).toMatchObject({
      id: "safety",
      triggered: true,
      figures: { value: 1 },
    });
    for (const card of res.body.scorecards as Card[]) {
      await h.request("PUT", url(`/${res.body.id}/scorecards/${card.id}/items/site`), {
        ...admin(),
        body: { score: 10, evidence: "年度检查" },
      });
    }
    const published = await h.request("POST", url(`/${res.body.id}/publish`), admin());
    expect(published.status).toBe(200);
    // Defaults: the top 3 not failing get a good record (B: 100), failing (A: 55) and vetoed (C) a bad one.
    const credit = published.body.results.credit as { companyId: string; kind: string; category: string }[];
    expect(credit.map((r) => [r.companyId, r.kind, r.category]).sort()).toEqual(
      [
        [A, "bad", "assessmentFailed"],
        [B, "good", "annualExcellent"],
        [C, "bad", "assessmentFailed"],
      ].sort(),
    );
    const records = async () =>
      withTenant(h.deps.db.db, h.ours.id, (tx) =>
        tx
          .select()
          .from(creditRecords)
          .where(and(eq(creditRecords.tenantId, h.ours.id), eq(creditRecords.source, "assessment"))),
      );
    expect((await records()).filter((r) => r.sourceId === res.body.id)).toHaveLength(3);
    // 年终评比 by the default yearEnd counts (3 and 3): B excellent; A (failing) and C (vetoed) lagging.
    const firms = published.body.results.rankings.firms as { targetId: string; standing: string | null }[];
    expect(Object.fromEntries(firms.map((r) => [r.targetId, r.standing]))).toEqual({
      [A]: "lagging",
      [B]: "excellent",
      [C]: "lagging",
    });

    const revision = await h.request("POST", url(`/${res.body.id}/revisions`), {
      ...admin(),
      body: { reason: "复核" },
    });
    const republished = await h.request("POST", url(`/${revision.body.id}/publish`), admin());
    expect(republished.status).toBe(200);
    expect(republished.body.results.revokedCreditRecords).toHaveLength(3);
    const all = await records();
    expect(all).toHaveLength(6);
    const inForce = all.filter((r) => r.revokedAt === null);
    expect(inForce).toHaveLength(3);
    expect(new Set(inForce.map((r) => r.sourceId))).toEqual(new Set([revision.body.id]));
  });

  it("a monthly bulletin published after publishByDay, or not at all, is a bulletinLate finding", async () => {
    // October 2025's bulletin was published today (long after 10 November 2025); September's never.
    const findings = async (period: string) => {
      const run = await h.request("POST", "/v1/tenants/ours/evaluations", { ...admin(), body: { period } });
      expect(run.status).toBe(201);
      const res = await h.request(
        "GET",
        `/v1/tenants/ours/findings?period=${period}&policy=assessment`,
        admin(),
      );
      return (
        res.body.items as { rule: string; subject: { type: string }; evidence: Record<string, unknown> }[]
      )
        .filter((f) => f.rule === "bulletinLate")
        .map((f) => ({ type: f.subject.type, ...f.evidence }));
    };
    // Its first publication counts: a later revision does not make a late bulletin timely.
    const revisions = (await h.request("GET", url("?kind=monthlyBulletin&period=2025-10"), admin())).body
      .items;
    const published = revisions
      .map((r: { publishedAt: string | null }) => r.publishedAt)
      .filter(Boolean)
      .sort()[0];
    expect(await findings("2025-11")).toEqual([
      { type: "tenant", bulletin: "2025-10", dueOn: "2025-11-10", publishedAt: published },
    ]);
    expect(await findings("2025-10")).toEqual([
      { type: "tenant", bulletin: "2025-09", dueOn: "2025-10-10", publishedAt: null },
    ]);
  });
});
