import { newId, newTrackingCode } from "@propgov/core";
import { auditEvents, cases, withTenant } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, expectProblem, failingPaths, type Harness } from "./harness.js";
import { createCompanyVia, seedCompound, seedWorld, type World } from "./registry-fixtures.js";

const HOUR = 3_600_000;
/** An instant given as wall-clock time in Asia/Shanghai (the tenant's zone). */
const local = (wall: string) => new Date(`${wall}+08:00`);
const plus = (d: Date, ms: number) => new Date(d.getTime() + ms);

interface FindingJson {
  id: string;
  policy: string;
  rule: string;
  severity: string;
  subject: { type: string; id: string; name: string };
  regionId: string | null;
  message: { zh: string; en: string };
  evidence: Record<string, unknown>;
}

/**
 * The clock stands at 2026-11-05 10:00 (Asia/Shanghai). Contracts in force all of 2026:
 * - A: company 1 at 阳光花园 (城南社区), repairs answered within 24 h, cleaning twice a day;
 * - B: company 2 at 立仓小区 (立仓社区), 3 security patrols a day;
 * - C: company 1 at 幸福里 (城南社区), repairs answered within 48 h.
 */
describe.each(testDrivers())("contract obligations and inspections on %s", (driver) => {
  let h: Harness;
  let w: World;
  let acme: string;
  let rival: string;
  let contractA: string;
  let contractB: string;
  let contractC: string;
  let township: { id: string; token: string };
  let street: { id: string; token: string };
  let acmeStaff: { id: string; token: string };
  let rivalStaff: { id: string; token: string };
  beforeAll(async () => {
    h = await createHarness(driver, { startAt: "2026-11-05T02:00:00.000Z" });
    w = await seedWorld(h);
    acme = await createCompanyVia(h, 1);
    rival = await createCompanyVia(h, 2);
    township = await h.userWith(h.ours, ["regionStaff"], { regionId: w.township.id });
    street = await h.userWith(h.ours, ["regionStaff"], { regionId: w.street.id });
    acmeStaff = await h.userWith(h.ours, ["companyStaff"], { companyId: acme });
    rivalStaff = await h.userWith(h.ours, ["companyStaff"], { companyId: rival });
    contractA = await createContract(w.sunshine, acme, [
      { kind: "repairResponseHours", value: 24 },
      { kind: "cleaningFrequency", value: 2 },
    ]);
    contractB = await createContract(w.far, rival, [{ kind: "securityPatrols", value: 3 }]);
    contractC = await createContract(w.happy, acme, [{ kind: "repairResponseHours", value: 48 }]);
  });
  afterAll(() => h?.destroy());

  const contracts = "/v1/tenants/ours/contracts";
  const inspections = "/v1/tenants/ours/inspections";
  const contractBody = (compoundId: string, companyId: string, obligations: unknown) => ({
    companyId,
    compoundId,
    startsOn: "2026-01-01",
    endsOn: "2026-12-31",
    feeStandard: 0.85,
    projectManager: { name: "刘洋", phone: "13812345678" },
    obligations,
  });
  async function createContract(compoundId: string, companyId: string, obligations: unknown) {
    const res = await h.request("POST", contracts, {
      token: h.ours.adminToken,
      body: contractBody(compoundId, companyId, obligations),
    });
    if (res.status !== 201) throw new Error(`contract: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as string;
  }
  const inspect = (body: Record<string, unknown>, token = h.ours.adminToken) =>
    h.request("POST", inspections, {
      token,
      body: { inspectedAt: "2026-10-20T10:00:00+08:00", inspector: "王建国", ...body },
    });

  describe("obligations on a contract", () => {
    it("are returned with their units and labels", async () => {
      const res = await h.request("GET", `${contracts}/${contractA}`, { token: acmeStaff.token });
      expect(res.status).toBe(200);
      expect(res.body.obligations).toEqual([
        {
          kind: "repairResponseHours",
          value: 24,
          note: null,
          unit: "hours",
          label: { zh: "报修响应时限", en: "Repair response time" },
          unitLabel: { zh: "小时", en: "hours" },
        },
        {
          kind: "cleaningFrequency",
          value: 2,
          note: null,
          unit: "perDay",
          label: { zh: "公共区域保洁频次", en: "Cleaning of common areas" },
          unitLabel: { zh: "次/日", en: "times a day" },
        },
      ]);
    });

    it("bad obligations are 422 naming the field", async () => {
      const compound = await seedCompound(h, h.ours, w.community, "校验小区");
      const cases: [unknown, string][] = [
        [
          [
            { kind: "repairResponseHours", value: 24 },
            { kind: "cleaningFrequency", value: 1.5 },
          ],
          "body.obligations.1.value",
        ],
        [
          [
            { kind: "securityPatrols", value: 2 },
            { kind: "securityPatrols", value: 3 },
          ],
          "body.obligations.1.kind",
        ],
        [[{ kind: "securityPatrols", value: 49 }], "body.obligations.0.value"],
        [[{ kind: "fountain", value: 1 }], "body.obligations.0.kind"],
        [[{ kind: "securityPatrols", value: 2, extra: true }], "body.obligations.0"],
      ];
      for (const [obligations, path] of cases) {
        const res = await h.request("POST", contracts, {
          token: h.ours.adminToken,
          body: contractBody(compound, acme, obligations),
        });
        expectProblem(res, 422, "unprocessable");
        expect(failingPaths(res)).toEqual([path]);
      }
      const patch = await h.request("PATCH", `${contracts}/${contractC}`, {
        token: h.ours.adminToken,
        body: { obligations: [{ kind: "repairResponseHours", value: -1 }] },
      });
      expectProblem(patch, 422, "unprocessable");
      expect(failingPaths(patch)).toEqual(["body.obligations.0.value"]);
    });

    it("an update replaces them, audited before and after; company staff may not", async () => {
      const compound = await seedCompound(h, h.ours, w.community, "改约小区");
      const id = await createContract(compound, rival, [{ kind: "greeningMaintenance", value: 4 }]);
      const denied = await h.request("PATCH", `${contracts}/${id}`, {
        token: rivalStaff.token,
        body: { obligations: [] },
      });
      expectProblem(denied, 403, "forbidden");
      const res = await h.request("PATCH", `${contracts}/${id}`, {
        token: h.ours.adminToken,
        body: { obligations: [{ kind: "repairResponseHours", value: 12.5, note: "合同第五条" }] },
      });
      expect(res.status).toBe(200);
      expect(res.body.obligations).toMatchObject([
        { kind: "repairResponseHours", value: 12.5, note: "合同第五条" },
      ]);
      const [event] = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
        tx
          .select()
          .from(auditEvents)
          .where(
            and(
              eq(auditEvents.tenantId, h.ours.id),
              eq(auditEvents.action, "contract.update"),
              eq(auditEvents.targetId, id),
            ),
          ),
      );
      const kinds = (state: unknown) =>
        (state as { obligations: { kind: string }[] }).obligations.map((o) => o.kind);
      expect(kinds(event?.before)).toEqual(["greeningMaintenance"]);
      expect(kinds(event?.after)).toEqual(["repairResponseHours"]);
    });
  });

  describe("inspections", () => {
    let failedB: string;
    let passedA: string;
    beforeAll(async () => {
      // Township staff of 立仓镇 find 1 patrol a day at 立仓小区 on 10-20: below the 3 promised.
      const b = await inspect(
        { compoundId: w.far, results: [{ kind: "securityPatrols", observed: 1, note: "夜间无巡逻记录" }] },
        township.token,
      );
      expect(b.status).toBe(201);
      failedB = b.body.id;
      const a = await inspect({
        compoundId: w.sunshine,
        inspectedAt: "2026-10-21T09:00:00+08:00",
        results: [
          { kind: "cleaningFrequency", observed: 2 },
          { kind: "repairResponseHours", passed: true },
        ],
      });
      expect(a.status).toBe(201);
      passedA = a.body.id;
    });

    it("records who, when and per obligation the promise, the observation and pass or fail", async () => {
      const res = await h.request("GET", `${inspections}/${failedB}`, { token: h.ours.adminToken });
      expect(res.body).toMatchObject({
        id: failedB,
        contractId: contractB,
        compoundId: w.far,
        compoundName: "立仓小区",
        companyId: rival,
        inspectedAt: "2026-10-20T02:00:00.000Z",
        inspector: "王建国",
        recordedBy: township.id,
        passed: false,
        results: [
          {
            kind: "securityPatrols",
            label: { zh: "秩序维护巡逻次数", en: "Security patrols" },
            promised: 3,
            observed: 1,
            passed: false,
            note: "夜间无巡逻记录",
          },
        ],
      });
      expect(res.body.id).toMatch(/^isp_/);
      const a = await h.request("GET", `${inspections}/${passedA}`, { token: h.ours.adminToken });
      expect(a.body).toMatchObject({
        passed: true,
        results: [
          { kind: "cleaningFrequency", promised: 2, observed: 2, passed: true },
          { kind: "repairResponseHours", promised: 24, observed: null, passed: true },
        ],
      });
    });

    it("bad inspections are 422 naming the field", async () => {
      const bare = await seedCompound(h, h.ours, w.community, "无合同小区");
      const cases: [Record<string, unknown>, string][] = [
        [
          { compoundId: w.sunshine, results: [{ kind: "securityPatrols", observed: 3 }] },
          "body.results.0.kind",
        ],
        [
          { compoundId: w.sunshine, results: [{ kind: "cleaningFrequency", observed: 1, passed: true }] },
          "body.results.0.passed",
        ],
        [{ compoundId: w.sunshine, results: [{ kind: "cleaningFrequency" }] }, "body.results.0.observed"],
        [{ compoundId: w.sunshine, results: [] }, "body.results"],
        [
          {
            compoundId: w.sunshine,
            inspectedAt: "2026-11-06T09:00:00+08:00",
            results: [{ kind: "cleaningFrequency", observed: 2 }],
          },
          "body.inspectedAt",
        ],
        [{ compoundId: bare, results: [{ kind: "cleaningFrequency", observed: 2 }] }, "body.compoundId"],
        // Street staff reach no compound of 立仓镇.
        [{ compoundId: w.far, results: [{ kind: "securityPatrols", observed: 3 }] }, "body.compoundId"],
      ];
      for (const [body, path] of cases) {
        const res = await inspect(
          body,
          path === "body.compoundId" && body.compoundId === w.far ? street.token : undefined,
        );
        expectProblem(res, 422, "unprocessable");
        expect(failingPaths(res)).toEqual([path]);
      }
    });

    it("company staff read their own company's inspections and record none", async () => {
      const own = await h.request("GET", inspections, { token: rivalStaff.token });
      expect(own.body.items.map((i: { id: string }) => i.id)).toEqual([failedB]);
      const others = await h.request("GET", `${inspections}/${failedB}`, { token: acmeStaff.token });
      expectProblem(others, 404, "not_found");
      const record = await inspect(
        { compoundId: w.far, results: [{ kind: "securityPatrols", observed: 3 }] },
        rivalStaff.token,
      );
      expectProblem(record, 403, "forbidden");
    });

    it("region staff read their subtree; lists page and filter", async () => {
      const streetList = await h.request("GET", inspections, { token: street.token });
      expect(streetList.body.items.map((i: { id: string }) => i.id)).toEqual([passedA]);
      const hidden = await h.request("GET", `${inspections}/${failedB}`, { token: street.token });
      expectProblem(hidden, 404, "not_found");

      const first = await h.request("GET", `${inspections}?limit=1`, { token: h.ours.adminToken });
      expect(first.body.items.map((i: { id: string }) => i.id)).toEqual([failedB]);
      expect(first.body.nextCursor).toEqual(expect.any(String));
      const second = await h.request("GET", `${inspections}?limit=1&cursor=${first.body.nextCursor}`, {
        token: h.ours.adminToken,
      });
      expect(second.body.items.map((i: { id: string }) => i.id)).toEqual([passedA]);
      expect(second.body.nextCursor).toBeNull();
      const failing = await h.request("GET", `${inspections}?passed=false`, { token: h.ours.adminToken });
      expect(failing.body.items.map((i: { id: string }) => i.id)).toEqual([failedB]);
      const byContract = await h.request("GET", `${inspections}?contractId=${contractA}`, {
        token: h.ours.adminToken,
      });
      expect(byContract.body.items.map((i: { id: string }) => i.id)).toEqual([passedA]);
      const bad = await h.request("GET", `${inspections}?limit=0`, { token: h.ours.adminToken });
      expectProblem(bad, 400, "bad_request");
    });

    it("another county's inspection is 404; no sign-in is 401", async () => {
      const cross = await h.request("GET", `/v1/tenants/other/inspections/${failedB}`, {
        token: h.other.adminToken,
      });
      expectProblem(cross, 404, "not_found");
      const list = await h.request("GET", "/v1/tenants/other/inspections", { token: h.other.adminToken });
      expect(list.body.items).toEqual([]);
      const anonymous = await h.request("GET", inspections);
      expectProblem(anonymous, 401, "unauthenticated");
    });
  });

  describe("breaches become findings for the company", () => {
    let seq = 0;
    const seedCase = (spec: {
      compoundId: string;
      communityId: string;
      category: string;
      receivedAt: Date;
      contactedAt: Date | null;
      status?: "received" | "contacted" | "resolved" | "cancelled";
    }) =>
      withTenant(h.deps.db.db, h.ours.id, (tx) =>
        tx.insert(cases).values({
          tenantId: h.ours.id,
          id: newId("case", spec.receivedAt.getTime() + seq),
          number: `CP-2026-${String(++seq).padStart(6, "0")}`,
          trackingCode: newTrackingCode(),
          category: spec.category,
          kind: "complaint",
          compoundId: spec.compoundId,
          communityId: spec.communityId,
          description: "报修无人处理",
          reporterName: "张三",
          reporterPhone: "13812345678",
          channel: "hotline12345",
          status: spec.status ?? (spec.contactedAt ? "contacted" : "received"),
          receivedAt: spec.receivedAt,
          roundStartedAt: spec.receivedAt,
          firstContactDueAt: plus(spec.receivedAt, 2 * HOUR),
          resolutionDueAt: plus(spec.receivedAt, 120 * HOUR),
          contactedAt: spec.contactedAt,
          cancelledAt: spec.status === "cancelled" ? plus(spec.receivedAt, HOUR) : null,
          cancelReason: spec.status === "cancelled" ? "duplicate" : null,
        }),
      );
    const contractFindings = async (): Promise<FindingJson[]> =>
      (
        await h.request("GET", "/v1/tenants/ours/findings?period=2026-10&policy=contractPerformance", {
          token: h.ours.adminToken,
        })
      ).body.items;
    const evaluate = async () => {
      const res = await h.request("POST", "/v1/tenants/ours/evaluations", {
        token: h.ours.adminToken,
        body: { period: "2026-10" },
      });
      expect(res.status).toBe(201);
    };

    /**
     * October 2026 (Asia/Shanghai), repair cases (facilityRepair):
     *   阳光花园 (A, 24 h): P1 10-10 10:00, first contact 10-11 12:00 = 26 h → late;
     *                       P2 10-12 10:00, contact 11:00 = 1 h;
     *                       P3 10-13 10:00, never contacted but cancelled → does not count
     *   幸福里 (C, 48 h):   P4 10-14 10:00, contact 10-15 10:00 = 24 h → on time
     * Inspections (above): B at 立仓小区 1 patrol of 3 on 10-20 → failed; A on 10-21 passed.
     * So: one responseLate for company 1 (contract A), one inspectionFailed for company 2, nothing
     * for contract C.
     */
    it("a late repair response and a failed inspection; none where the obligations are met", async () => {
      await seedCase({
        compoundId: w.sunshine,
        communityId: w.community.id,
        category: "facilityRepair",
        receivedAt: local("2026-10-10T10:00:00"),
        contactedAt: local("2026-10-11T12:00:00"),
      });
      await seedCase({
        compoundId: w.sunshine,
        communityId: w.community.id,
        category: "facilityRepair",
        receivedAt: local("2026-10-12T10:00:00"),
        contactedAt: local("2026-10-12T11:00:00"),
      });
      await seedCase({
        compoundId: w.sunshine,
        communityId: w.community.id,
        category: "facilityRepair",
        receivedAt: local("2026-10-13T10:00:00"),
        contactedAt: null,
        status: "cancelled",
      });
      await seedCase({
        compoundId: w.happy,
        communityId: w.community.id,
        category: "facilityRepair",
        receivedAt: local("2026-10-14T10:00:00"),
        contactedAt: local("2026-10-15T10:00:00"),
      });
      await evaluate();
      const found = await contractFindings();
      expect(found.map((f) => [f.rule, f.subject.id, f.severity])).toEqual([
        ["responseLate", acme, "minor"],
        ["inspectionFailed", rival, "major"],
      ]);
      const [late, failed] = found;
      expect(late).toMatchObject({
        subject: { type: "company", id: acme, name: "蒙城县第1物业服务有限公司" },
        regionId: w.community.id,
        evidence: {
          contractId: contractA,
          promise: "24小时内",
          casesChecked: 2,
          late: [{ number: "CP-2026-000001", hours: 26, status: "响应超时" }],
        },
      });
      expect(late?.message.zh).toBe(
        "物业服务企业“蒙城县第1物业服务有限公司”在小区“阳光花园”未履行合同约定的报修响应时限（24小时内响应）：本期2件相关诉求中1件首次响应超时（CP-2026-000001，26小时）。",
      );
      expect(failed).toMatchObject({
        subject: { type: "company", id: rival },
        regionId: w.farCommunity.id,
        evidence: {
          contractId: contractB,
          failed: [{ inspectionId: expect.stringMatching(/^isp_/), inspectedOn: "2026-10-20", observed: 1 }],
        },
      });
      expect(failed?.message.zh).toBe(
        "物业服务企业“蒙城县第2物业服务有限公司”在小区“立仓小区”的秩序维护巡逻次数未达合同约定（每日不少于3次）：2026-10-20检查实测1。",
      );
      expect(found.some((f) => (f.evidence as { contractId: string }).contractId === contractC)).toBe(false);
    });

    it("re-running the evaluation keeps the findings' ids (stable key)", async () => {
      const before = await contractFindings();
      await evaluate();
      const after = await contractFindings();
      expect(after.map((f) => f.id)).toEqual(before.map((f) => f.id));
      expect(after).toHaveLength(2);
    });
  });
});
