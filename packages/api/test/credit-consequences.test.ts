import { type CaseRating, newId, newTrackingCode } from "@propgov/core";
import { auditEvents, cases, contracts, withTenant } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, expectProblem, failingPaths, type Harness } from "./harness.js";
import { anhuiRoster, seedDepartments } from "./mechanism-fixtures.js";
import { createCompanyVia, seedWorld, type World } from "./registry-fixtures.js";

const DAY = 86_400_000;

/**
 * Credit with consequences and due process, hand-computed. The clock is pinned at 2026-06-15
 * 10:00 Shanghai (a Monday); the national calendar makes 2026-06-19 (端午节, a Friday) a holiday.
 * The suite's last block moves the clock on 23 days (to 2026-07-08).
 */
describe.each(testDrivers())("credit consequences on %s", (driver) => {
  let h: Harness;
  let w: World;
  /** clean: 80 (AA). graded C: 80 − 25 = 55 with a bad record. blacklisted: 80 − 1 = 79 (A) on the blacklist. */
  const co = { clean: "", gradedC: "", blacklisted: "", archived: "" };
  const admin = () => h.ours.adminToken;
  const credit = "/v1/tenants/ours/credit";
  const events = "/v1/tenants/ours/lifecycle-events";

  const file = (companyId: string, body: Record<string, unknown>) =>
    h.request("POST", `${credit}/companies/${companyId}/records`, { token: admin(), body });
  const bad = (companyId: string, points: number, category = "违规收费", effectiveOn = "2026-05-01") =>
    file(companyId, { kind: "bad", category, points, source: "manual", evidence: "巡查记录", effectiveOn });
  const select = (companyId: string | undefined, kind = "companySelection") =>
    h.request("POST", events, {
      token: admin(),
      body: {
        compoundId: w.sunshine,
        kind,
        title: "阳光花园物业服务企业选聘",
        startedOn: "2026-06-01",
        ...(companyId === undefined ? {} : { companyId }),
      },
    });

  beforeAll(async () => {
    h = await createHarness(driver, { startAt: "2026-06-15T02:00:00.000Z" });
    w = await seedWorld(h);
    await seedDepartments(h, h.ours, anhuiRoster);
    co.clean = await createCompanyVia(h, 1);
    co.gradedC = await createCompanyVia(h, 2);
    co.blacklisted = await createCompanyVia(h, 3);
    co.archived = await createCompanyVia(h, 4);
    expect((await bad(co.gradedC, 25)).status).toBe(201);
    expect((await bad(co.blacklisted, 1, "blacklist")).status).toBe(201);
    const archive = await h.request("DELETE", `/v1/tenants/ours/companies/${co.archived}`, {
      token: admin(),
    });
    expect([200, 204]).toContain(archive.status);
    // Completion without every sign-off: the policy is switched off, so only credit decides.
    const current = await h.request("GET", "/v1/tenants/ours/mechanism", { token: admin() });
    const doc = current.body.document;
    doc.policies.wholeProcessParticipation = { ...doc.policies.wholeProcessParticipation, enabled: false };
    const put = await h.request("PUT", "/v1/tenants/ours/mechanism", { token: admin(), body: doc });
    expect(put.status).toBe(200);
  });
  afterAll(() => h?.destroy());

  describe("bidding eligibility on company selection", () => {
    it("starts a selection of an eligible company and keeps the company on the event", async () => {
      const res = await select(co.clean);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ kind: "companySelection", companyId: co.clean, status: "open" });
      const without = await select(undefined);
      expect(without.status).toBe(201);
      expect(without.body.companyId).toBeNull();
    });

    it("refuses a grade-C company with 422 naming body.companyId and the reason in Chinese and English", async () => {
      const res = await select(co.gradedC);
      expectProblem(res, 422, "unprocessable");
      expect(failingPaths(res)).toEqual(["body.companyId"]);
      expect(res.body).toMatchObject({ grade: "C", score: 55, on: "2026-06-15" });
      expect(res.body.reasons.map((r: { code: string }) => r.code)).toEqual(["gradeExcluded"]);
      expect(res.body.reason.zh).toContain("不具备招投标资格");
      expect(res.body.reason.zh).toContain("信用等级为 C");
      expect(res.body.reason.en).toContain("Credit grade C is excluded from bidding.");
      expect(res.body.errors[0].message).toContain("信用等级为 C，不得参加招投标。");
    });

    it("refuses a blacklisted company of an allowed grade, and an archived or unknown one", async () => {
      const black = await select(co.blacklisted);
      expectProblem(black, 422, "unprocessable");
      expect(black.body).toMatchObject({ grade: "A", score: 79 });
      expect(black.body.reasons.map((r: { code: string }) => r.code)).toEqual(["blacklisted"]);
      const archived = await select(co.archived);
      expectProblem(archived, 422, "unprocessable");
      expect(failingPaths(archived)).toEqual(["body.companyId"]);
      const malformed = await select("cmp_nope");
      expectProblem(malformed, 422, "unprocessable");
      expect(failingPaths(malformed)).toEqual(["body.companyId"]);
    });

    it("checks bidding only for a selection: a renewal may name a company of any grade", async () => {
      const renewal = await select(co.gradedC, "contractRenewal");
      expect(renewal.status).toBe(201);
      expect(renewal.body.companyId).toBe(co.gradedC);
    });

    it("checks again on completion: a company that fell to C since is refused", async () => {
      const fresh = await createCompanyVia(h, 5);
      const started = await select(fresh);
      expect(started.status).toBe(201);
      expect((await bad(fresh, 30, "违规收费", "2026-06-10")).status).toBe(201);
      const done = await h.request("POST", `${events}/${started.body.id}/complete`, { token: admin() });
      expectProblem(done, 422, "unprocessable");
      expect(failingPaths(done)).toEqual(["event.companyId"]);
      expect(done.body).toMatchObject({ grade: "C", score: 50 });
      const still = await h.request("GET", `${events}/${started.body.id}`, { token: admin() });
      expect(still.body.status).toBe("open");
      // The clean company's selection completes.
      const ok = await select(co.clean);
      const completed = await h.request("POST", `${events}/${ok.body.id}/complete`, { token: admin() });
      expect(completed.status).toBe(200);
      expect(completed.body).toMatchObject({ status: "completed", companyId: co.clean });
    });
  });

  describe("joint incentives (联合激励) need residents' satisfaction as well as the grade", () => {
    /**
     * star: +10 → 90 (AAA), contract at 阳光花园 2025-01-01…2027-12-31. Rated there in the window
     * 2025-06-16…2026-06-15: 15 satisfied + 4 basically satisfied + 1 unsatisfied = 19/20 = 0.95
     * (the default minimum, reached). Left out: one unsatisfied rated 2025-06-15 (the day before the
     * window), one unsatisfied at 幸福里 (not its compound), one unsatisfied cancelled case.
     * starLow: 90 (AAA) at 立仓小区: 1 satisfied + 1 unsatisfied = 0.5.
     * starNone: 90 (AAA), no rated case. clean: 80 (AA).
     */
    const stars = { star: "", low: "", none: "" };
    beforeAll(async () => {
      stars.star = await createCompanyVia(h, 11);
      stars.low = await createCompanyVia(h, 12);
      stars.none = await createCompanyVia(h, 13);
      for (const id of Object.values(stars)) {
        const good = await file(id, {
          kind: "good",
          category: "年度优秀",
          points: 10,
          source: "award",
          evidence: "年度优秀物业服务企业",
          effectiveOn: "2026-01-01",
        });
        expect(good.status).toBe(201);
      }
      const tenantId = h.ours.id;
      let n = 0;
      await withTenant(h.deps.db.db, tenantId, async (tx) => {
        const contract = (companyId: string, compoundId: string) =>
          tx.insert(contracts).values({
            tenantId,
            id: newId("contract"),
            companyId,
            compoundId,
            startsOn: "2025-01-01",
            endsOn: "2027-12-31",
            feeStandard: "0.80",
            projectManagerName: "项目经理",
            projectManagerPhone: "13812345678",
          });
        await contract(stars.star, w.sunshine);
        await contract(stars.low, w.far);
        const rated = (
          compoundId: string,
          communityId: string,
          ratedAt: string,
          rating: CaseRating,
          status = "closed",
        ) => {
          const t = Date.parse(ratedAt);
          n++;
          return tx.insert(cases).values({
            tenantId,
            id: newId("case"),
            number: `MC-2026-${String(n).padStart(6, "0")}`,
            trackingCode: newTrackingCode(),
            category: "serviceQuality",
            kind: "complaint",
            compoundId,
            communityId,
            description: "电梯故障",
            channel: "hotline12345",
            receivedAt: new Date(t - 7 * DAY),
            roundStartedAt: new Date(t - 7 * DAY),
            firstContactDueAt: new Date(t - 7 * DAY + 7_200_000),
            contactedAt: new Date(t - 7 * DAY + 3_600_000),
            status: status as "closed",
            resolutionDueAt: new Date(t - DAY + 3_600_000),
            resolvedAt: new Date(t - DAY),
            rating,
            ratedAt: new Date(t),
            closedAt: new Date(t),
          });
        };
        const c = w.community.id;
        for (let i = 0; i < 15; i++) await rated(w.sunshine, c, "2025-09-10T02:00:00.000Z", "satisfied");
        for (let i = 0; i < 4; i++)
          await rated(w.sunshine, c, "2026-03-10T02:00:00.000Z", "basicallySatisfied");
        // 2026-06-15 09:00 Shanghai: the window's last day.
        await rated(w.sunshine, c, "2026-06-15T01:00:00.000Z", "unsatisfied");
        // 2025-06-15 23:00 Shanghai: the day before the window.
        await rated(w.sunshine, c, "2025-06-15T15:00:00.000Z", "unsatisfied");
        await rated(w.happy, c, "2026-03-10T02:00:00.000Z", "unsatisfied");
        await rated(w.sunshine, c, "2026-03-10T02:00:00.000Z", "unsatisfied", "cancelled");
        await rated(w.far, w.farCommunity.id, "2026-02-10T02:00:00.000Z", "satisfied");
        await rated(w.far, w.farCommunity.id, "2026-02-11T02:00:00.000Z", "unsatisfied");
      });
    });
    const verdict = async (companyId: string, query = "for=award") =>
      (await h.request("GET", `${credit}/companies/${companyId}/eligibility?${query}`, { token: admin() }))
        .body;

    it("grants them at AAA with 19 of 20 rated cases satisfied (0.95, the minimum)", async () => {
      const v = await verdict(stars.star);
      expect(v).toMatchObject({ grade: "AAA", score: 90, allowed: true });
      expect(v.jointIncentives).toMatchObject({
        granted: true,
        reasons: [],
        satisfaction: {
          from: "2025-06-16",
          to: "2026-06-15",
          rated: 20,
          satisfied: 19,
          rate: 0.95,
          min: 0.95,
        },
        recentBadRecords: 0,
      });
      expect(v.incentives.map((i: { zh: string }) => i.zh)).toEqual([
        "评优评先优先",
        "招投标加分",
        "减少检查频次",
      ]);
      expect(v.jointIncentives.incentives).toEqual(v.incentives);
    });

    it("refuses them at AAA with satisfaction 0.5, and without any rated case", async () => {
      const low = await verdict(stars.low);
      expect(low).toMatchObject({ grade: "AAA", allowed: true, incentives: [] });
      expect(low.jointIncentives.granted).toBe(false);
      expect(low.jointIncentives.satisfaction).toMatchObject({ rated: 2, satisfied: 1, rate: 0.5 });
      expect(low.jointIncentives.reasons).toEqual([
        {
          code: "satisfactionBelowMinimum",
          zh: "群众满意率 50%（1/2）低于联合激励要求的 95%。",
          en: "Residents' satisfaction 50% (1/2) is below the 95% joint incentives require.",
        },
      ]);
      const none = await verdict(stars.none, "for=bidding");
      expect(none.incentives).toEqual([]);
      expect(none.jointIncentives.satisfaction).toMatchObject({ rated: 0, satisfied: 0, rate: null });
      expect(none.jointIncentives.reasons.map((r: { code: string }) => r.code)).toEqual(["noRatedCases"]);
      const aa = await verdict(co.clean);
      expect(aa.jointIncentives.reasons.map((r: { code: string }) => r.code)).toEqual([
        "gradeBelowJointIncentives",
        "noRatedCases",
      ]);
    });

    it("reads the window and minimum from cultivateExcellence.jointIncentives", async () => {
      const current = await h.request("GET", "/v1/tenants/ours/mechanism", { token: admin() });
      const doc = current.body.document;
      const before = doc.policies.cultivateExcellence;
      // 1 month back: 2026-05-16…2026-06-15 holds only the unsatisfied rating of 06-15: 0/1.
      doc.policies.cultivateExcellence = {
        enabled: true,
        config: { jointIncentives: { windowMonths: 1, minSatisfactionRate: 0 } },
      };
      expect(
        (await h.request("PUT", "/v1/tenants/ours/mechanism", { token: admin(), body: doc })).status,
      ).toBe(200);
      const v = await verdict(stars.star);
      expect(v.jointIncentives.satisfaction).toMatchObject({
        from: "2026-05-16",
        rated: 1,
        satisfied: 0,
        rate: 0,
        min: 0,
      });
      expect(v.jointIncentives.granted).toBe(true);
      doc.policies.cultivateExcellence = before ?? { enabled: false };
      if (before === undefined) delete doc.policies.cultivateExcellence;
      expect(
        (await h.request("PUT", "/v1/tenants/ours/mechanism", { token: admin(), body: doc })).status,
      ).toBe(200);
      expect((await verdict(stars.star)).jointIncentives.satisfaction.rated).toBe(20);
    });
  });

  /** A penalty filed by the county admin, decided on `decidedOn`. */
  const penalty = (companyId: string, decidedOn: string, details: Record<string, unknown> = {}) =>
    file(companyId, {
      kind: "bad",
      category: "违规收费",
      points: 3,
      source: "administrativePenalty",
      evidence: "执法检查记录",
      effectiveOn: decidedOn,
      penalty: {
        decisionNumber: `蒙住建罚〔2026〕${decidedOn}号`,
        authority: "蒙城县住房和城乡建设局",
        fine: 0.5,
        penaltyType: "罚款",
        partyCategory: "legalPerson",
        violationType: "违规收费",
        publicUntil: "2026-12-31",
        ...details,
      },
    });

  describe("双公示 publication tracking and export fields", () => {
    let company = "";
    const exportPath = `${credit}/exports/penalties.csv`;
    beforeAll(async () => {
      company = await createCompanyVia(h, 21);
    });

    it("gives each penalty its deadline, 7 working days after the decision on the working calendar", async () => {
      // Fri 2026-06-12 → 15,16,17,18, (19 端午节), 22,23,24: 2026-06-24.
      const june12 = await penalty(company, "2026-06-12");
      expect(june12.status).toBe(201);
      expect(june12.body.publication).toEqual({ dueOn: "2026-06-24", exportedOn: null, late: false });
      // Mon 2026-06-01 → 2,3,4,5,8,9,10: 2026-06-10, passed today (06-15) unexported: late.
      const june1 = await penalty(company, "2026-06-01");
      expect(june1.body.publication).toEqual({ dueOn: "2026-06-10", exportedOn: null, late: true });
      const manual = await bad(company, 1);
      expect(manual.body.publication).toBeNull();
    });

    it("marks exported on the first export; the late one stays flagged in the list and the credit file", async () => {
      const res = await h.request("GET", `${exportPath}?from=2026-06-01&to=2026-06-30`, { token: admin() });
      expect(res.status).toBe(200);
      const lines = (res.body as string)
        .replace(/^\uFEFF/, "")
        .trim()
        .split("\r\n");
      expect(lines).toHaveLength(3);
      expect(lines[0]).toContain("CF_XDR_LB");
      expect(lines[1]).toContain(",法人及非法人组织,");
      expect(lines[1]).toContain(",违规收费,");
      expect(lines[1]).toContain(",2026-12-31,");
      const list = await h.request(
        "GET",
        `${credit}/companies/${company}/records?source=administrativePenalty`,
        {
          token: admin(),
        },
      );
      const byDue = Object.fromEntries(
        list.body.items.map((r: { publication: { dueOn: string } }) => [r.publication.dueOn, r.publication]),
      );
      expect(byDue["2026-06-24"]).toEqual({ dueOn: "2026-06-24", exportedOn: "2026-06-15", late: false });
      expect(byDue["2026-06-10"]).toEqual({ dueOn: "2026-06-10", exportedOn: "2026-06-15", late: true });
      const creditFile = await h.request("GET", `${credit}/companies/${company}`, { token: admin() });
      expect(
        creditFile.body.history.filter((r: { publication: { late: boolean } | null }) => r.publication?.late),
      ).toHaveLength(1);
      const events = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
        tx.select().from(auditEvents).where(eq(auditEvents.action, "credit.exportPenalties")),
      );
      expect(
        (events.at(-1)?.after as { markedExported?: string[] } | undefined)?.markedExported,
      ).toHaveLength(2);
    });

    it("refuses a penalty without the 双公示 fields with 422 naming each, and a publication ending before the decision", async () => {
      const res = await penalty(company, "2026-06-12", {
        penaltyType: null,
        partyCategory: undefined,
        violationType: "",
        publicUntil: undefined,
      });
      expectProblem(res, 422, "unprocessable");
      expect(failingPaths(res)).toEqual([
        "body.penalty.penaltyType",
        "body.penalty.partyCategory",
        "body.penalty.violationType",
        "body.penalty.publicUntil",
      ]);
      const early = await penalty(company, "2026-06-12", { publicUntil: "2026-06-11" });
      expectProblem(early, 422, "unprocessable");
      expect(failingPaths(early)).toEqual(["body.penalty.publicUntil"]);
      const wrongCategory = await penalty(company, "2026-06-12", { partyCategory: "person" });
      expectProblem(wrongCategory, 422, "unprocessable");
      expect(failingPaths(wrongCategory)).toEqual(["body.penalty.partyCategory"]);
    });
  });

  describe("信用修复 (credit repair)", () => {
    let company = "";
    let staff = { id: "", token: "" };
    const rec = { minor: "", serious: "", fined: "", black: "" };
    const repair = (recordId: string, conditions: Record<string, boolean>, token = staff.token) =>
      h.request("POST", `${credit}/records/${recordId}/repairs`, {
        token,
        body: { reason: "已整改到位", evidence: ["https://example.org/rectification.pdf"], conditions },
      });
    beforeAll(async () => {
      company = await createCompanyVia(h, 31);
      staff = await h.userWith(h.ours, ["companyStaff"], { companyId: company });
      // minor (5 < 10 points): repairable from 2026-01-10 + 3 months = 2026-04-10.
      rec.minor = (await bad(company, 5, "违规收费", "2026-01-10")).body.id;
      // serious (12 ≥ 10 points): from 2027-01-10.
      rec.serious = (await bad(company, 12, "违规收费", "2026-01-10")).body.id;
      // a penalty with a fine (3 points, minor, from 2026-05-01 + 3 months = 2026-08-01 — too early too).
      rec.fined = (await penalty(company, "2026-05-01")).body.id;
      rec.black = (await bad(company, 1, "blacklist", "2026-01-10")).body.id;
    });

    it("repairs a minor record after 3 months with the conditions met, on the county's approval", async () => {
      // 80 − 5 − 12 − 3 − 1 = 59 with bad records: C.
      const before = await h.request("GET", `${credit}/companies/${company}`, { token: admin() });
      expect(before.body).toMatchObject({ score: 59, grade: "C" });
      const filed = await repair(rec.minor, { rectified: true, commitment: true });
      expect(filed.status).toBe(201);
      expect(filed.body).toMatchObject({
        kind: "repair",
        status: "pending",
        recordId: rec.minor,
        dueOn: null,
        conditions: { rectified: true, commitment: true },
        allowedActions: ["approve", "reject"],
      });
      // A pending repair does not suspend the record.
      const pending = await h.request("GET", `${credit}/companies/${company}`, { token: admin() });
      expect(pending.body.score).toBe(59);
      const decided = await h.request("POST", `${credit}/appeals/${filed.body.id}/decide`, {
        token: admin(),
        body: { action: "approve", note: "整改到位，准予修复" },
      });
      expect(decided.status).toBe(200);
      expect(decided.body).toMatchObject({ status: "approved", decidedOn: "2026-06-15", allowedActions: [] });
      const after = await h.request("GET", `${credit}/companies/${company}`, { token: admin() });
      // 59 + 5 = 64: B; the repaired record stays in the history with its appeal.
      expect(after.body).toMatchObject({ score: 64, grade: "B" });
      expect(after.body.records.map((r: { id: string }) => r.id)).not.toContain(rec.minor);
      const kept = after.body.history.find((r: { id: string }) => r.id === rec.minor);
      expect(kept.appeals).toEqual([
        expect.objectContaining({ kind: "repair", status: "approved", decidedOn: "2026-06-15" }),
      ]);
      // The day before the approval it still counted.
      const yesterday = await h.request("GET", `${credit}/companies/${company}?on=2026-06-14`, {
        token: admin(),
      });
      expect(yesterday.body.score).toBe(59);
      const again = await repair(rec.minor, { rectified: true, commitment: true });
      expectProblem(again, 409, "conflict");
      expect(again.body).toMatchObject({ currentStatus: "repaired", reason: "credit_record_not_appealable" });
    });

    it("refuses too early (by severity), unmet conditions and excluded categories with 422 naming the field", async () => {
      const early = await repair(rec.serious, { rectified: true, commitment: true });
      expectProblem(early, 422, "unprocessable");
      expect(failingPaths(early)).toEqual(["path.id"]);
      expect(early.body.reasons[0]).toMatchObject({ code: "tooEarly" });
      expect(early.body.reasons[0].zh).toContain("2027-01-10");
      expect(early.body.rules).toMatchObject({ severity: "serious", earliestOn: "2027-01-10" });
      const unmet = await repair(rec.fined, { rectified: true });
      expectProblem(unmet, 422, "unprocessable");
      expect(failingPaths(unmet)).toEqual([
        "path.id",
        "body.conditions.commitment",
        "body.conditions.finePaid",
      ]);
      const black = await repair(rec.black, { rectified: true, commitment: true });
      expectProblem(black, 422, "unprocessable");
      expect(black.body.reasons.map((r: { code: string }) => r.code)).toEqual(["categoryExcluded"]);
    });

    it("is the company's own application and the county's decision", async () => {
      expectProblem(await repair(rec.serious, { rectified: true }, admin()), 403, "forbidden");
      const other = await h.userWith(h.ours, ["companyStaff"], { companyId: co.clean });
      expectProblem(await repair(rec.serious, { rectified: true }, other.token), 404, "not_found");
      expectProblem(
        await h.request("POST", `${credit}/records/${rec.serious}/repairs`, {
          body: { reason: "x", evidence: ["https://example.org/x"], conditions: {} },
        }),
        401,
        "unauthenticated",
      );
      const list = await h.request("GET", `${credit}/appeals?kind=repair`, { token: staff.token });
      expect(list.status).toBe(200);
      expect(list.body.items.map((a: { recordId: string }) => a.recordId)).toEqual([rec.minor]);
      const decide = await h.request("POST", `${credit}/appeals/${list.body.items[0].id}/decide`, {
        token: staff.token,
        body: { action: "reject", note: "x" },
      });
      expectProblem(decide, 403, "forbidden");
    });
  });

  describe("异议 (objection): suspended while pending, decided within the deadline (moves the clock)", () => {
    let company = "";
    let staff = { id: "", token: "" };
    const rec = { a: "", b: "" };
    const object = (
      recordId: string,
      evidence: string[] = ["https://example.org/decision.pdf"],
      token = staff.token,
    ) =>
      h.request("POST", `${credit}/records/${recordId}/objections`, {
        token,
        body: { reason: "该处罚决定已被复议撤销", evidence },
      });
    const decide = (id: string, action: string, token = admin()) =>
      h.request("POST", `${credit}/appeals/${id}/decide`, { token, body: { action, note: "经核实" } });
    const scoreOn = async (on?: string) =>
      (await h.request("GET", `${credit}/companies/${company}${on ? `?on=${on}` : ""}`, { token: admin() }))
        .body.score;
    beforeAll(async () => {
      company = await createCompanyVia(h, 41);
      staff = await h.userWith(h.ours, ["companyStaff"], { companyId: company });
      rec.a = (await bad(company, 10, "违规收费", "2026-05-01")).body.id;
      rec.b = (await bad(company, 4, "公示不全", "2026-05-01")).body.id;
    });

    it("files an objection with evidence: the record is suspended from today, due in 15 working days", async () => {
      // 80 − 10 − 4 = 66.
      expect(await scoreOn()).toBe(66);
      const res = await object(rec.a);
      expect(res.status).toBe(201);
      // Mon 06-15 + 15 working days, 06-19 a holiday: 2026-07-07 (07-06 without the calendar).
      expect(res.body).toMatchObject({
        kind: "objection",
        status: "pending",
        filedOn: "2026-06-15",
        dueOn: "2026-07-07",
        overdue: false,
        allowedActions: ["uphold", "reject"],
        evidence: ["https://example.org/decision.pdf"],
        filedBy: staff.id,
      });
      expect(await scoreOn()).toBe(76);
      expect(await scoreOn("2026-06-14")).toBe(66);
      const again = await object(rec.a);
      expectProblem(again, 409, "conflict");
      expect(again.body).toMatchObject({ currentStatus: "pending", reason: "credit_appeal_pending" });
      const events = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
        tx.select().from(auditEvents).where(eq(auditEvents.targetId, res.body.id)),
      );
      expect(events.map((e) => e.action)).toEqual(["credit.objection"]);
    });

    it("checks the evidence and who objects", async () => {
      const none = await object(rec.b, []);
      expectProblem(none, 422, "unprocessable");
      expect(failingPaths(none)).toEqual(["body.evidence"]);
      const bogus = await object(rec.b, ["ftp://example.org/x"]);
      expectProblem(bogus, 422, "unprocessable");
      expect(failingPaths(bogus)).toEqual(["body.evidence.0"]);
      const unknown = await object(rec.b, ["https://example.org/a", "att_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0"]);
      expectProblem(unknown, 422, "unprocessable");
      expect(failingPaths(unknown)).toEqual(["body.evidence.1"]);
      expectProblem(await object(rec.b, undefined, admin()), 403, "forbidden");
      const other = await h.userWith(h.ours, ["companyStaff"], { companyId: co.clean });
      expectProblem(await object(rec.b, undefined, other.token), 404, "not_found");
    });

    it("shows an objection past its deadline as overdue, then rejects it: the record counts again", async () => {
      h.advance(23 * DAY); // 2026-07-08
      const overdue = await h.request("GET", `${credit}/appeals?overdue=true`, { token: admin() });
      expect(overdue.status).toBe(200);
      expect(
        overdue.body.items.map((a: { recordId: string; overdue: boolean }) => [a.recordId, a.overdue]),
      ).toEqual([[rec.a, true]]);
      const [appeal] = overdue.body.items;
      const wrong = await decide(appeal.id, "approve");
      expectProblem(wrong, 409, "conflict");
      expect(wrong.body).toMatchObject({ currentStatus: "pending", allowedActions: ["uphold", "reject"] });
      expectProblem(await decide(appeal.id, "reject", staff.token), 403, "forbidden");
      const rejected = await decide(appeal.id, "reject");
      expect(rejected.status).toBe(200);
      expect(rejected.body).toMatchObject({ status: "rejected", decidedOn: "2026-07-08", overdue: false });
      expect(await scoreOn()).toBe(66);
      expect(await scoreOn("2026-07-07")).toBe(76);
      const twice = await decide(appeal.id, "uphold");
      expectProblem(twice, 409, "conflict");
      expect(twice.body).toMatchObject({ currentStatus: "rejected", allowedActions: [] });
      const once = await object(rec.a);
      expectProblem(once, 409, "conflict");
      expect(once.body).toMatchObject({ currentStatus: "rejected", reason: "credit_objection_decided" });
      const events = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
        tx.select().from(auditEvents).where(eq(auditEvents.targetId, appeal.id)),
      );
      expect(events.map((e) => e.action)).toEqual(["credit.objection", "credit.objection.reject"]);
    });

    it("upholds an objection: the record is withdrawn from the score and kept in the history", async () => {
      const filed = await object(rec.b);
      expect(filed.status).toBe(201);
      const upheld = await decide(filed.body.id, "uphold");
      expect(upheld.body.status).toBe("upheld");
      expect(await scoreOn()).toBe(70);
      const file_ = await h.request("GET", `${credit}/companies/${company}`, { token: admin() });
      expect(file_.body.records.map((r: { id: string }) => r.id)).toEqual([rec.a]);
      expect(file_.body.history.find((r: { id: string }) => r.id === rec.b).appeals).toEqual([
        expect.objectContaining({ kind: "objection", status: "upheld" }),
      ]);
      const own = await h.request("GET", `${credit}/appeals`, { token: staff.token });
      expect(own.body.items).toHaveLength(2);
      h.advance(-23 * DAY);
    });
  });
});
