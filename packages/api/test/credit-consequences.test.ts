import { testDrivers } from "@propgov/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, expectProblem, failingPaths, type Harness } from "./harness.js";
import { anhuiRoster, seedDepartments } from "./mechanism-fixtures.js";
import { createCompanyVia, seedWorld, type World } from "./registry-fixtures.js";

/**
 * Credit with consequences: bidding eligibility on company selection (全过程参与 选聘). The clock
 * is pinned at 2026-06-15 10:00 Shanghai (a Monday).
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
    const archive = await h.request("POST", `/v1/tenants/ours/companies/${co.archived}/archive`, {
      token: admin(),
      body: { reason: "注销" },
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
      expect(malformed.status).toBe(400);
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
});
