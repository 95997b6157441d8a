import { dateInZone, defaultExpiresOn } from "@propgov/core";
import { auditEvents, withTenant } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, expectProblem, failingPaths, type Harness } from "./harness.js";
import { createCompanyVia, seedRegion, seedScopeCompound } from "./registry-fixtures.js";

interface Standing {
  company: { id: string; name: string; uscc: string };
  score: number;
  grade: string;
}

/** `YYYY-MM-DD` `days` away from `date`. */
const shift = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

describe.each(testDrivers())("credit files on %s", (driver) => {
  let h: Harness;
  /** A: 85 until 2026-01-31, then 84.99. B: 59.99 with a blacklist record. C: 90. D: nothing (80). */
  const co = { a: "", b: "", c: "", d: "" };
  const rec = { aGood: "", aBad: "", bBlack: "" };
  const base = "/v1/tenants/ours/credit";
  let today = "";

  const file = (token: string, companyId: string, body: Record<string, unknown>) =>
    h.request("POST", `${base}/companies/${companyId}/records`, { token, body });
  const admin = () => h.ours.adminToken;

  beforeAll(async () => {
    h = await createHarness(driver);
    today = dateInZone(h.deps.now(), h.ours.timezone);
    co.a = await createCompanyVia(h, 1);
    co.b = await createCompanyVia(h, 2);
    co.c = await createCompanyVia(h, 3);
    co.d = await createCompanyVia(h, 4);
    const good = await file(admin(), co.a, {
      kind: "good",
      category: "年度优秀",
      points: 5,
      source: "award",
      evidence: "2025 年度物业服务优秀企业",
      effectiveOn: "2026-01-01",
      expiresOn: "2026-12-31",
    });
    expect(good.status).toBe(201);
    rec.aGood = good.body.id;
    const bad = await file(admin(), co.a, {
      kind: "bad",
      category: "公示不全",
      points: 0.01,
      source: "manual",
      evidence: "巡查发现收费公示缺失",
      effectiveOn: "2026-02-01",
    });
    expect(bad.status).toBe(201);
    rec.aBad = bad.body.id;
    const black = await file(admin(), co.b, {
      kind: "bad",
      category: "blacklist",
      points: 20.01,
      source: "manual",
      evidence: "列入严重失信主体名单",
      effectiveOn: "2026-01-01",
    });
    rec.bBlack = black.body.id;
    await file(admin(), co.c, {
      kind: "good",
      category: "省级示范项目",
      points: 10,
      source: "award",
      evidence: "省级物业管理示范项目",
      effectiveOn: "2026-01-01",
    });
  });
  afterAll(() => h?.destroy());

  it("files a record with defaults, audited as credit.record", async () => {
    const res = await h.request("GET", `${base}/companies/${co.a}/records`, { token: admin() });
    const bad = res.body.items.find((r: { id: string }) => r.id === rec.aBad);
    expect(bad).toMatchObject({
      companyId: co.a,
      kind: "bad",
      points: 0.01,
      source: "manual",
      sourceId: null,
      effectiveOn: "2026-02-01",
      // One year after effectiveOn by default.
      expiresOn: "2027-02-01",
      public: true,
      penalty: null,
      revokedAt: null,
      createdBy: h.ours.adminId,
    });
    const events = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx.select().from(auditEvents).where(eq(auditEvents.targetId, rec.aBad)),
    );
    expect(events.map((e) => e.action)).toEqual(["credit.record"]);
    expect(events[0]).toMatchObject({ actorType: "user", actorId: h.ours.adminId });
  });

  it("scores and grades at each band edge and validity boundary on a date", async () => {
    const at = async (companyId: string, on: string) =>
      (await h.request("GET", `${base}/companies/${companyId}?on=${on}`, { token: admin() })).body;
    // Before anything: the base.
    expect(await at(co.a, "2025-12-31")).toMatchObject({ base: 80, score: 80, grade: "AA", records: [] });
    // The good record from its first day: 85 → AAA.
    expect(await at(co.a, "2026-01-01")).toMatchObject({ score: 85, grade: "AAA", good: 5, bad: 0 });
    expect(await at(co.a, "2026-01-31")).toMatchObject({ score: 85, grade: "AAA" });
    // The bad record from its first day: 84.99 → AA.
    const feb = await at(co.a, "2026-02-01");
    expect(feb).toMatchObject({ score: 84.99, grade: "AA", good: 5, bad: 0.01 });
    expect(feb.company).toEqual({ id: co.a, name: "蒙城县第1物业服务有限公司", uscc: expect.any(String) });
    // The good record's last day, then the day after: 79.99 → A.
    expect(await at(co.a, "2026-12-31")).toMatchObject({ score: 84.99, grade: "AA" });
    expect(await at(co.a, "2027-01-01")).toMatchObject({ score: 79.99, grade: "A" });
    // The bad record's last day (inclusive), then the day after: back to base.
    expect(await at(co.a, "2027-02-01")).toMatchObject({ score: 79.99, grade: "A" });
    expect(await at(co.a, "2027-02-02")).toMatchObject({ score: 80, grade: "AA" });
    // Below 60 with a bad record in force: C.
    expect(await at(co.b, "2026-06-30")).toMatchObject({ score: 59.99, grade: "C" });
  });

  it("lists records in force and the whole history newest first", async () => {
    const res = await h.request("GET", `${base}/companies/${co.a}?on=2026-06-30`, { token: admin() });
    expect(res.status).toBe(200);
    expect(res.body.records.map((r: { id: string }) => r.id)).toEqual([rec.aBad, rec.aGood]);
    const jan = await h.request("GET", `${base}/companies/${co.a}?on=2026-01-15`, { token: admin() });
    expect(jan.body.records.map((r: { id: string }) => r.id)).toEqual([rec.aGood]);
    expect(jan.body.history.map((r: { id: string }) => r.id)).toEqual([rec.aBad, rec.aGood]);
  });

  it("ranks companies by score, filtered by grade", async () => {
    const ranking = await h.request("GET", `${base}/companies?on=2026-06-30`, { token: admin() });
    expect(ranking.status).toBe(200);
    expect(ranking.body.items.map((s: Standing) => [s.company.id, s.score, s.grade])).toEqual([
      [co.c, 90, "AAA"],
      [co.a, 84.99, "AA"],
      [co.d, 80, "AA"],
      [co.b, 59.99, "C"],
    ]);
    const aa = await h.request("GET", `${base}/companies?on=2026-06-30&grade=AA`, { token: admin() });
    expect(aa.body.items.map((s: Standing) => s.company.id)).toEqual([co.a, co.d]);
    const c = await h.request("GET", `${base}/companies?on=2026-06-30&grade=C`, { token: admin() });
    expect(c.body.items.map((s: Standing) => s.company.id)).toEqual([co.b]);
    const bad = await h.request("GET", `${base}/companies?grade=D&on=2026-13-01`, { token: admin() });
    expect(failingPaths(bad).sort()).toEqual(["query.grade", "query.on"]);
    expectProblem(bad, 400, "bad_request");
  });

  it("says who may bid and who gets the joint incentives, with reasons", async () => {
    const ask = (companyId: string, purpose: string) =>
      h.request("GET", `${base}/companies/${companyId}/eligibility?for=${purpose}&on=2026-06-30`, {
        token: admin(),
      });
    const b = await ask(co.b, "bidding");
    expect(b.status).toBe(200);
    expect(b.body).toMatchObject({
      for: "bidding",
      on: "2026-06-30",
      grade: "C",
      allowed: false,
      incentives: [],
    });
    expect(b.body.reasons.map((r: { code: string }) => r.code)).toEqual(["gradeExcluded", "blacklisted"]);
    expect(b.body.reasons[0].zh).toContain("不得参加招投标");
    const bAward = await ask(co.b, "award");
    expect(bAward.body.reasons.map((r: { code: string }) => r.code)).toEqual([
      "gradeBelowMinimum",
      "blacklisted",
    ]);
    const c = await ask(co.c, "award");
    expect(c.body).toMatchObject({ grade: "AAA", allowed: true, reasons: [] });
    // The grade alone earns no joint incentives: residents' satisfaction is needed too
    // (credit-consequences.test.ts grants them with 19 of 20 rated cases satisfied).
    expect(c.body.incentives).toEqual([]);
    expect(c.body.jointIncentives).toMatchObject({ granted: false, satisfaction: { rated: 0, rate: null } });
    expect(c.body.jointIncentives.reasons.map((r: { code: string }) => r.code)).toEqual(["noRatedCases"]);
    const a = await ask(co.a, "bidding");
    expect(a.body).toMatchObject({ grade: "AA", allowed: true, reasons: [], incentives: [] });
    const wrong = await h.request("GET", `${base}/companies/${co.a}/eligibility?for=lottery`, {
      token: admin(),
    });
    expectProblem(wrong, 400, "bad_request");
    expect(failingPaths(wrong)).toEqual(["query.for"]);
  });

  it("answers for any day of the calendar, its windows cut at 0001-01-01", async () => {
    for (const on of ["0001-01-01", "0001-11-14", "0002-02-28", "0099-03-31", "9999-12-31"]) {
      const res = await h.request("GET", `${base}/companies/${co.c}/eligibility?for=award&on=${on}`, {
        token: admin(),
      });
      expect(res.status, on).toBe(200);
      const { from, to } = res.body.jointIncentives.satisfaction;
      expect(to).toBe(on);
      expect(from >= "0001-01-01" && from <= on, `${on}: from ${from}`).toBe(true);
    }
    // Twelve months back from 0099-03-31 is 0098-04-01, not a day of 1998 or 1900.
    const late = await h.request("GET", `${base}/companies/${co.c}/eligibility?for=award&on=0099-03-31`, {
      token: admin(),
    });
    expect(late.body.jointIncentives.satisfaction.from).toBe("0098-04-01");
  });

  it("revokes a record from today on, keeps it in the history, and refuses a second revocation", async () => {
    const d = co.d;
    const filed = await file(admin(), d, {
      kind: "bad",
      category: "违规收费",
      points: 3,
      source: "manual",
      evidence: "多收停车费",
      effectiveOn: shift(today, -10),
    });
    expect(filed.body.expiresOn).toBe(defaultExpiresOn(filed.body.effectiveOn, { validityMonths: 12 }));
    const before = await h.request("GET", `${base}/companies/${d}?on=${today}`, { token: admin() });
    expect(before.body.score).toBe(77);
    const revoked = await h.request("POST", `${base}/records/${filed.body.id}/revoke`, {
      token: admin(),
      body: { reason: "复核撤销" },
    });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ revokeReason: "复核撤销", revokedAt: expect.any(String) });
    const yesterday = await h.request("GET", `${base}/companies/${d}?on=${shift(today, -1)}`, {
      token: admin(),
    });
    expect(yesterday.body.score).toBe(77);
    const now = await h.request("GET", `${base}/companies/${d}?on=${today}`, { token: admin() });
    expect(now.body).toMatchObject({ score: 80, records: [] });
    expect(now.body.history.map((r: { id: string }) => r.id)).toEqual([filed.body.id]);
    const list = await h.request("GET", `${base}/companies/${d}/records`, { token: admin() });
    expect(list.body.items).toEqual([]);
    const all = await h.request(
      "GET",
      `${base}/companies/${d}/records?includeRevoked=true&kind=bad&source=manual`,
      {
        token: admin(),
      },
    );
    expect(all.body.items.map((r: { id: string }) => r.id)).toEqual([filed.body.id]);
    const again = await h.request("POST", `${base}/records/${filed.body.id}/revoke`, {
      token: admin(),
      body: { reason: "再次" },
    });
    expectProblem(again, 409, "conflict");
    const events = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx.select().from(auditEvents).where(eq(auditEvents.targetId, filed.body.id)),
    );
    expect(events.map((e) => e.action).sort()).toEqual(["credit.record", "credit.revoke"]);
  });

  it("pages records newest filed first", async () => {
    const first = await h.request("GET", `${base}/companies/${co.a}/records?limit=1`, { token: admin() });
    expect(first.body.items.map((r: { id: string }) => r.id)).toEqual([rec.aBad]);
    const second = await h.request(
      "GET",
      `${base}/companies/${co.a}/records?limit=1&cursor=${first.body.nextCursor}`,
      {
        token: admin(),
      },
    );
    expect(second.body.items.map((r: { id: string }) => r.id)).toEqual([rec.aGood]);
    expect(second.body.nextCursor).toBeNull();
  });

  it("rejects bad input naming the fields", async () => {
    const res = await file(admin(), co.a, {
      kind: "ugly",
      category: "",
      points: -1,
      source: "manual",
      evidence: "x",
      effectiveOn: "2026-02-30",
    });
    expectProblem(res, 422, "unprocessable");
    expect(failingPaths(res).sort()).toEqual([
      "body.category",
      "body.effectiveOn",
      "body.kind",
      "body.points",
    ]);
    const penalty = {
      kind: "bad",
      category: "违规",
      points: 5,
      source: "administrativePenalty",
      evidence: "x",
    };
    const noPenalty = await file(admin(), co.a, { ...penalty, effectiveOn: "2026-03-01" });
    expect(failingPaths(expectProblem(noPenalty, 422, "unprocessable") && noPenalty)).toEqual([
      "body.penalty",
    ]);
    const noFine = await file(admin(), co.a, {
      ...penalty,
      effectiveOn: "2026-03-01",
      penalty: { decisionNumber: "蒙住建罚〔2026〕1号", authority: "蒙城县住房和城乡建设局" },
    });
    // The 双公示 fields are required, never guessed (a missing type used to become 罚款 or 警告).
    expect(failingPaths(noFine)).toEqual([
      "body.penalty.fine",
      "body.penalty.penaltyType",
      "body.penalty.partyCategory",
      "body.penalty.violationType",
      "body.penalty.publicUntil",
    ]);
    const negative = await file(admin(), co.a, {
      ...penalty,
      effectiveOn: "2026-03-01",
      penalty: { decisionNumber: "x", authority: "y", fine: -1, authorityUscc: "123" },
    });
    expect(failingPaths(negative).sort()).toEqual(["body.penalty.authorityUscc", "body.penalty.fine"]);
    const good = await file(admin(), co.a, {
      ...penalty,
      kind: "good",
      effectiveOn: "2026-03-01",
      penalty: { decisionNumber: "x", authority: "y", fine: 0 },
    });
    expect(failingPaths(good)).toEqual(["body.kind"]);
    const backwards = await file(admin(), co.a, {
      kind: "good",
      category: "x",
      points: 1,
      source: "manual",
      evidence: "x",
      effectiveOn: "2026-03-01",
      expiresOn: "2026-02-28",
    });
    expect(failingPaths(backwards)).toEqual(["body.expiresOn"]);
    const stray = await file(admin(), co.a, {
      kind: "good",
      category: "x",
      points: 1,
      source: "manual",
      evidence: "x",
      effectiveOn: "2026-03-01",
      penalty: { decisionNumber: "x", authority: "y", fine: 0 },
    });
    expect(failingPaths(stray)).toEqual(["body.penalty"]);
    const badDate = await h.request("GET", `${base}/companies/${co.a}?on=2026-02-30`, { token: admin() });
    expectProblem(badDate, 400, "bad_request");
    expect(failingPaths(badDate)).toEqual(["query.on"]);
    const reason = await h.request("POST", `${base}/records/${rec.aGood}/revoke`, {
      token: admin(),
      body: {},
    });
    expect(failingPaths(expectProblem(reason, 422, "unprocessable") && reason)).toEqual(["body.reason"]);
  });

  it("lets a company see only its own file", async () => {
    const staff = await h.userWith(h.ours, ["companyStaff"], { companyId: co.a });
    const own = await h.request("GET", `${base}/companies/${co.a}`, { token: staff.token });
    expect(own.status).toBe(200);
    for (const path of [
      `${base}/companies/${co.b}`,
      `${base}/companies/${co.b}/records`,
      `${base}/companies/${co.b}/eligibility?for=bidding`,
    ]) {
      expectProblem(await h.request("GET", path, { token: staff.token }), 404, "not_found");
    }
    const ranking = await h.request("GET", `${base}/companies?on=2026-06-30`, { token: staff.token });
    expect(ranking.body.items.map((s: Standing) => s.company.id)).toEqual([co.a]);
    const write = await file(staff.token, co.a, {
      kind: "good",
      category: "自评",
      points: 50,
      source: "manual",
      evidence: "x",
      effectiveOn: "2026-03-01",
    });
    expectProblem(write, 403, "forbidden");
    expectProblem(
      await h.request("POST", `${base}/records/${rec.aBad}/revoke`, {
        token: staff.token,
        body: { reason: "x" },
      }),
      403,
      "forbidden",
    );
    // No caller: 401; a role that does not read credit files: 403; an unknown company: 404.
    expectProblem(await h.request("GET", `${base}/companies/${co.a}`), 401, "unauthenticated");
    const compound = await h.userWith(h.ours, ["committeeMember"], {
      compoundId: await seedScopeCompound(h),
    });
    expectProblem(await h.request("GET", `${base}/companies`, { token: compound.token }), 403, "forbidden");
    expectProblem(
      await h.request("GET", `${base}/companies/cmp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0`, { token: admin() }),
      404,
      "not_found",
    );
    expectProblem(
      await file(admin(), "cmp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0", {
        kind: "good",
        category: "x",
        points: 1,
        source: "manual",
        evidence: "x",
        effectiveOn: "2026-03-01",
      }),
      404,
      "not_found",
    );
    // Another tenant does not see ours at all.
    const theirs = await h.request("GET", `/v1/tenants/other/credit/companies/${co.a}`, {
      token: h.other.adminToken,
    });
    expectProblem(theirs, 404, "not_found");
    // Region staff read every company.
    const region = await seedRegion(h, h.ours, "township", "城关镇");
    const township = await h.userWith(h.ours, ["regionStaff"], { regionId: region.id });
    expect((await h.request("GET", `${base}/companies/${co.b}`, { token: township.token })).status).toBe(200);
    expectProblem(
      await file(township.token, co.b, {
        kind: "bad",
        category: "x",
        points: 1,
        source: "manual",
        evidence: "x",
        effectiveOn: "2026-03-01",
      }),
      403,
      "forbidden",
    );
  });

  it("lets department officers file administrative penalties only", async () => {
    const dep = await h.request("POST", "/v1/tenants/ours/departments", {
      token: admin(),
      body: { code: "housing", name: { zh: "住建局", en: "Housing bureau" }, kind: "core" },
    });
    const officer = await h.userWith(h.ours, ["departmentOfficer"], { departmentId: dep.body.id });
    const manual = await file(officer.token, co.d, {
      kind: "bad",
      category: "x",
      points: 1,
      source: "manual",
      evidence: "x",
      effectiveOn: "2026-03-01",
    });
    expect(failingPaths(expectProblem(manual, 403, "forbidden") && manual)).toEqual(["body.source"]);
    const penalty = await file(officer.token, co.d, {
      kind: "bad",
      category: "违规收费",
      points: 2,
      source: "administrativePenalty",
      evidence: "执法检查记录",
      effectiveOn: "2026-03-05",
      penalty: {
        decisionNumber: "蒙住建罚〔2026〕7号",
        authority: "蒙城县住房和城乡建设局",
        fine: 0.2,
        penaltyType: "罚款",
        partyCategory: "legalPerson",
        violationType: "违规收费",
        publicUntil: "2026-06-05",
      },
    });
    expect(penalty.status).toBe(201);
    expect(penalty.body.penalty).toMatchObject({ decidedOn: "2026-03-05", fine: 0.2, authorityUscc: null });
    expect(penalty.body.createdBy).toBe(officer.id);
    expectProblem(
      await h.request("POST", `${base}/records/${penalty.body.id}/revoke`, {
        token: officer.token,
        body: { reason: "x" },
      }),
      403,
      "forbidden",
    );
  });

  it("shows the public board without login, public fields only", async () => {
    const secret = "内部举报人李四提供的证据";
    const hidden = await file(admin(), co.c, {
      kind: "bad",
      category: "内部提醒",
      points: 1,
      source: "manual",
      evidence: secret,
      effectiveOn: shift(today, -1),
      public: false,
    });
    expect(hidden.body.public).toBe(false);
    const shown = await file(admin(), co.c, {
      kind: "bad",
      category: "违规收费",
      points: 2,
      source: "administrativePenalty",
      evidence: "执法人员王五现场检查记录",
      effectiveOn: shift(today, -2),
      penalty: {
        decisionNumber: "蒙住建罚〔2026〕9号",
        authority: "蒙城县住房和城乡建设局",
        fine: 1,
        penaltyType: "罚款",
        partyCategory: "legalPerson",
        violationType: "违规收费",
        publicUntil: shift(today, 90),
        legalRepresentative: "赵六",
        note: "已整改",
      },
    });
    const board = await h.request("GET", "/v1/tenants/ours/public/credit");
    expect(board.status).toBe(200);
    expect(board.body.on).toBe(today);
    const c = board.body.companies.find((e: Standing) => e.company.id === co.c);
    expect(Object.keys(c).sort()).toEqual(["company", "grade", "records", "score"]);
    expect(Object.keys(c.company).sort()).toEqual(["id", "name", "uscc"]);
    const ids = c.records.map((r: { id: string }) => r.id);
    expect(ids).toContain(shown.body.id);
    expect(ids).not.toContain(hidden.body.id);
    const penalty = c.records.find((r: { id: string }) => r.id === shown.body.id);
    expect(penalty).toEqual({
      id: shown.body.id,
      kind: "bad",
      category: "违规收费",
      points: 2,
      source: "administrativePenalty",
      effectiveOn: shift(today, -2),
      expiresOn: shown.body.expiresOn,
      penalty: {
        decisionNumber: "蒙住建罚〔2026〕9号",
        authority: "蒙城县住房和城乡建设局",
        decidedOn: shift(today, -2),
      },
    });
    // Every company is on it, each with a score and a grade.
    expect(board.body.companies.map((e: Standing) => e.company.id).sort()).toEqual(
      [co.a, co.b, co.c, co.d].sort(),
    );
    const text = JSON.stringify(board.body);
    for (const leak of [
      "evidence",
      "createdBy",
      "revokeReason",
      h.ours.adminId,
      secret,
      "王五",
      "赵六",
      "张伟",
      "legalRepresentative",
      "已整改",
    ]) {
      expect(text, leak).not.toContain(leak);
    }
    // The private record still counts in the score the staff see.
    const staffView = await h.request("GET", `${base}/companies/${co.c}`, { token: admin() });
    expect(staffView.body.score).toBe(c.score);
  });
});
