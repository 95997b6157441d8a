import { type CaseStatus, newId, newTrackingCode } from "@propgov/core";
import { caseDepartments, caseEvents, cases, users, withTenant } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CaseWorld, caseBody, fileCaseVia, seedCaseWorld } from "./case-fixtures.js";
import { createHarness, type Harness } from "./harness.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** An instant given as wall-clock time in Asia/Shanghai (the tenant's zone). */
const local = (wall: string) => new Date(`${wall}+08:00`);
const plus = (d: Date, ms: number) => new Date(d.getTime() + ms);

interface FindingJson {
  policy: string;
  rule: string;
  severity: string;
  subject: { type: string; id: string; name: string };
  regionId: string | null;
  message: { zh: string; en: string };
  evidence: Record<string, unknown>;
}

interface Obligation {
  policy: string;
  type: string;
  subject: { type: string; id: string; name: string };
  what: { zh: string; en: string };
  dueAt: string;
}

describe.each(testDrivers())("cases in evaluations on %s", (driver) => {
  let h: Harness;
  let w: CaseWorld;
  beforeAll(async () => {
    h = await createHarness(driver);
    w = await seedCaseWorld(h);
  });
  afterAll(() => h?.destroy());

  const eventsOf = (caseId: string) =>
    withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx
        .select()
        .from(caseEvents)
        .where(and(eq(caseEvents.tenantId, h.ours.id), eq(caseEvents.caseId, caseId)))
        .orderBy(asc(caseEvents.at), asc(caseEvents.id)),
    );
  const obligationsOf = (payload: Record<string, unknown>) =>
    ((payload.effects ?? []) as Obligation[]).filter((e) => e.policy === "complaintHandling");

  describe("obligations on case events", () => {
    it("a filed case's received event holds the category's first-contact and resolution obligations", async () => {
      const filed = await fileCaseVia(
        h,
        h.ours,
        h.ours.adminToken,
        caseBody(w, { category: "illegalConstruction" }),
      );
      const [received] = await eventsOf(filed.id);
      expect(received?.type).toBe("received");
      const obligations = obligationsOf(received?.payload ?? {});
      const subject = { type: "case", id: filed.id, name: filed.number };
      // illegalConstruction: first contact in 2 h, resolution in 7 working days.
      expect(obligations).toEqual([
        {
          policy: "complaintHandling",
          type: "obligation",
          subject,
          what: {
            zh: "社区在2小时内联系反映人",
            en: "The community contacts the person who raised it within 2 h",
          },
          dueAt: new Date(Date.parse(filed.receivedAt) + 2 * HOUR).toISOString(),
        },
        {
          policy: "complaintHandling",
          type: "obligation",
          subject,
          what: { zh: "7个工作日内办结", en: "Resolved within 7 working days" },
          dueAt: new Date(filed.resolutionDueAt).toISOString(),
        },
      ]);
      // Seven working days span at least nine calendar days (a weekend at least).
      expect(Date.parse(filed.resolutionDueAt) - Date.parse(filed.receivedAt)).toBeGreaterThanOrEqual(
        9 * DAY,
      );

      // serviceQuality: 5 calendar days.
      const quality = await fileCaseVia(h, h.ours, h.ours.adminToken, caseBody(w));
      const [qualityReceived] = await eventsOf(quality.id);
      expect(obligationsOf(qualityReceived?.payload ?? {}).map((o) => [o.what.zh, o.dueAt])).toEqual([
        ["社区在2小时内联系反映人", new Date(Date.parse(quality.receivedAt) + 2 * HOUR).toISOString()],
        ["5个自然日内办结", new Date(Date.parse(quality.receivedAt) + 5 * DAY).toISOString()],
      ]);
    });

    it("a whistle's event holds one check-in obligation per department summoned", async () => {
      const filed = await fileCaseVia(
        h,
        h.ours,
        h.ours.adminToken,
        caseBody(w, { category: "illegalConstruction" }),
      );
      const act = (action: string, body?: unknown) =>
        h.request("POST", `/v1/tenants/ours/cases/${filed.id}/${action}`, {
          token: h.ours.adminToken,
          ...(body === undefined ? {} : { body }),
        });
      expect((await act("contact")).status).toBe(200);
      const whistled = await act("whistle", {});
      expect(whistled.status).toBe(200);

      const event = (await eventsOf(filed.id)).find((e) => e.type === "whistled");
      const obligations = obligationsOf(event?.payload ?? {});
      // The category's default departments, each to check in within 4 h of the whistle.
      const due = plus(event?.at as Date, 4 * HOUR).toISOString();
      expect(obligations.map((o) => [o.subject.type, o.subject.id, o.dueAt])).toEqual([
        ["department", w.departmentIds.urbanManagement, due],
        ["department", w.departmentIds.naturalResources, due],
      ]);
      for (const o of obligations) expect(o.what.zh).toContain("4小时内报到");
      expect(event?.payload.checkInDueAt).toBe(due);
    });
  });

  describe("findings of a period", () => {
    let guarantor: { id: string; name: string };
    const ids: Record<string, string> = {};
    let seq = 0;

    /** A case row written straight into the table, with the timestamps a test needs. */
    const insert = async (
      name: string,
      spec: {
        compoundId: string;
        communityId: string;
        gridId?: string;
        guarantorUserId?: string;
        guarantorName?: string;
        status: CaseStatus;
        receivedAt: Date;
        contactedAt?: Date;
        resolutionDueAt?: Date;
        resolvedAt?: Date;
      },
    ) => {
      const id = newId("case");
      ids[name] = id;
      await withTenant(h.deps.db.db, h.ours.id, (tx) =>
        tx.insert(cases).values({
          tenantId: h.ours.id,
          id,
          number: `EV-2026-${String(++seq).padStart(6, "0")}`,
          trackingCode: newTrackingCode(),
          category: "serviceQuality",
          kind: "complaint",
          compoundId: spec.compoundId,
          communityId: spec.communityId,
          gridId: spec.gridId ?? null,
          guarantorUserId: spec.guarantorUserId ?? null,
          guarantorName: spec.guarantorName ?? null,
          description: "测试诉求",
          reporterName: "张三",
          reporterPhone: "13812345678",
          channel: "hotline12345",
          status: spec.status,
          receivedAt: spec.receivedAt,
          roundStartedAt: spec.receivedAt,
          firstContactDueAt: plus(spec.receivedAt, 2 * HOUR),
          resolutionDueAt: spec.resolutionDueAt ?? plus(spec.receivedAt, 5 * DAY),
          contactedAt: spec.contactedAt ?? null,
          resolvedAt: spec.resolvedAt ?? null,
          cancelledAt: spec.status === "cancelled" ? plus(spec.receivedAt, HOUR) : null,
          cancelReason: spec.status === "cancelled" ? "duplicate" : null,
        }),
      );
    };

    /**
     * October 2026 (Asia/Shanghai):
     * 城南社区
     *   E1 阳光花园, grid 1号楼网格 (named guarantor 王网格员), 10-10 10:00, never contacted
     *   E2 幸福里, guarantor user, 10-11 10:00, never contacted, but the guarantor left a note
     *   E3 幸福里, guarantor user, 10-12 10:00, never contacted, nothing from the guarantor
     *   E4 阳光花园 (guarantor 李包保), 10-13 10:00, contacted on time, whistled to urbanManagement
     *      at 12:00 (check-in due 14:00, never came)
     *   E5, E6 阳光花园, on time and resolved on time
     *   → response 3/6, resolution 2/6 (E1–E4 missed 5-day deadlines)
     * 立仓社区
     *   R1 10-01 10:00, contacted on time, due 10-06 10:00, resolved only on 11-10: open (and
     *      overdue) at the end of October
     *   R2 cancelled, every deadline missed: nothing
     *   R3 received 09-20 10:00, due 09-25 10:00, resolved only on 11-05: nothing of it falls in
     *      October, yet it was open and overdue at the end of September and of October
     */
    beforeAll(async () => {
      const user = await h.userWith(h.ours, ["regionStaff"], { regionId: w.community.id });
      const [row] = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
        tx.select({ name: users.displayName }).from(users).where(eq(users.id, user.id)),
      );
      guarantor = { id: user.id, name: row?.name as string };
      const near = { compoundId: w.sunshine, communityId: w.community.id };
      const happy = { compoundId: w.happy, communityId: w.community.id, guarantorUserId: user.id };
      const far = { compoundId: w.far, communityId: w.farCommunity.id };
      await insert("E1", {
        ...near,
        gridId: w.grid,
        guarantorName: "王网格员",
        status: "received",
        receivedAt: local("2026-10-10T10:00"),
      });
      await insert("E2", { ...happy, status: "received", receivedAt: local("2026-10-11T10:00") });
      await insert("E3", { ...happy, status: "received", receivedAt: local("2026-10-12T10:00") });
      await insert("E4", {
        ...near,
        guarantorName: "李包保",
        status: "whistled",
        receivedAt: local("2026-10-13T10:00"),
        contactedAt: local("2026-10-13T11:00"),
      });
      for (const [name, day] of [
        ["E5", "14"],
        ["E6", "15"],
      ] as const) {
        await insert(name, {
          ...near,
          guarantorName: "李包保",
          status: "resolved",
          receivedAt: local(`2026-10-${day}T10:00`),
          contactedAt: local(`2026-10-${day}T11:00`),
          resolvedAt: local(`2026-10-${day}T16:00`),
        });
      }
      await insert("R1", {
        ...far,
        status: "resolved",
        receivedAt: local("2026-10-01T10:00"),
        contactedAt: local("2026-10-01T11:00"),
        resolutionDueAt: local("2026-10-06T10:00"),
        resolvedAt: local("2026-11-10T10:00"),
      });
      await insert("R2", { ...far, status: "cancelled", receivedAt: local("2026-10-02T10:00") });
      await insert("R3", {
        ...far,
        status: "resolved",
        receivedAt: local("2026-09-20T10:00"),
        contactedAt: local("2026-09-20T11:00"),
        resolvedAt: local("2026-11-05T10:00"),
      });

      await withTenant(h.deps.db.db, h.ours.id, async (tx) => {
        await tx.insert(caseDepartments).values({
          tenantId: h.ours.id,
          id: newId("caseDepartment"),
          caseId: ids.E4 as string,
          departmentId: w.departmentIds.urbanManagement as string,
          round: 1,
          notifiedAt: local("2026-10-13T12:00"),
          checkInDueAt: local("2026-10-13T14:00"),
        });
        await tx.insert(caseEvents).values({
          tenantId: h.ours.id,
          id: newId("caseEvent"),
          caseId: ids.E2 as string,
          type: "noted",
          at: local("2026-10-11T10:30"),
          actorType: "user",
          actorId: user.id,
          actorName: guarantor.name,
          status: "received",
          payload: {},
        });
      });
    });

    const evaluate = async (period: string) => {
      const res = await h.request("POST", "/v1/tenants/ours/evaluations", {
        token: h.ours.adminToken,
        body: { period },
      });
      expect(res.status).toBe(201);
      const found = await h.request("GET", `/v1/tenants/ours/findings?period=${period}&limit=200`, {
        token: h.ours.adminToken,
      });
      expect(found.status).toBe(200);
      expect(found.body.nextCursor).toBeNull();
      return found.body.items as FindingJson[];
    };
    const caseNumber = (name: string) =>
      `EV-2026-${String(Object.keys(ids).indexOf(name) + 1).padStart(6, "0")}`;
    const brief = (findings: FindingJson[]) =>
      findings.map((f) => [f.rule, f.subject.type, f.subject.id, f.evidence.caseNumber ?? null, f.severity]);

    it("complaintHandling: overdue cases against the community or the department, low rates per community", async () => {
      const found = (await evaluate("2026-10")).filter((f) => f.policy === "complaintHandling");
      const near = w.community.id;
      const far = w.farCommunity.id;
      const urban = w.departmentIds.urbanManagement as string;
      // At the end of October (16:00 UTC on the 31st) every deadline below has passed by days.
      expect(brief(found)).toEqual([
        ["resolutionOverdue", "region", far, caseNumber("R3"), "critical"],
        ["resolutionOverdue", "region", far, caseNumber("R1"), "critical"],
        ["firstContactOverdue", "region", near, caseNumber("E1"), "critical"],
        ["resolutionOverdue", "region", near, caseNumber("E1"), "critical"],
        ["firstContactOverdue", "region", near, caseNumber("E2"), "critical"],
        ["resolutionOverdue", "region", near, caseNumber("E2"), "critical"],
        ["firstContactOverdue", "region", near, caseNumber("E3"), "critical"],
        ["resolutionOverdue", "region", near, caseNumber("E3"), "critical"],
        ["checkInOverdue", "department", urban, caseNumber("E4"), "critical"],
        ["resolutionOverdue", "region", near, caseNumber("E4"), "critical"],
        ["lowResponseRate", "region", near, null, "major"],
        ["lowResolutionRate", "region", near, null, "major"],
      ]);
      expect(found[0]?.evidence.hoursLate).toBe(878); // 09-25 10:00 to 11-01 00:00 local
      const r1 = found[1];
      expect(r1).toMatchObject({
        subject: { name: "立仓社区" },
        regionId: far,
        evidence: {
          caseId: ids.R1,
          deadline: local("2026-10-06T10:00").toISOString(),
          // 10-06 10:00 to 11-01 00:00 local
          hoursLate: 614,
        },
      });
      const checkIn = found.find((f) => f.rule === "checkInOverdue");
      expect(checkIn).toMatchObject({
        subject: { type: "department", id: urban, name: expect.any(String) },
        regionId: near,
        evidence: { deadline: local("2026-10-13T14:00").toISOString() },
      });
      expect(checkIn?.message.zh).toContain(checkIn?.subject.name);
      const response = found.find((f) => f.rule === "lowResponseRate");
      expect(response).toMatchObject({
        subject: { name: "城南社区" },
        regionId: near,
        evidence: { period: "2026-10", numerator: 3, denominator: 6, rate: 0.5, target: 1 },
      });
      expect(found.find((f) => f.rule === "lowResolutionRate")?.evidence).toMatchObject({
        numerator: 2,
        denominator: 6,
      });
      // No reporter's name or phone anywhere.
      expect(JSON.stringify(found)).not.toMatch(/张三|13812345678|1381/);
    });

    it("gridResponsibility: cases whose guarantor did not act, against the grid or the compound", async () => {
      const found = (await evaluate("2026-10")).filter((f) => f.rule === "guarantorDidNotAct");
      expect(brief(found)).toEqual([
        ["guarantorDidNotAct", "grid", w.grid, caseNumber("E1"), "major"],
        ["guarantorDidNotAct", "compound", w.happy, caseNumber("E3"), "major"],
      ]);
      expect(found[0]).toMatchObject({
        policy: "gridResponsibility",
        subject: { name: "阳光花园 1号楼网格" },
        regionId: w.community.id,
        evidence: { caseId: ids.E1, caseNumber: caseNumber("E1"), gridId: w.grid, guarantorUserId: null },
      });
      expect(found[0]?.message.zh).toContain("王网格员");
      // E2's guarantor left a note, so only E3 is theirs; the name is the user's display name.
      expect(found[1]).toMatchObject({
        subject: { name: "幸福里" },
        evidence: { caseId: ids.E3, guarantorUserId: guarantor.id },
      });
      expect(found[1]?.message.zh).toContain(guarantor.name);
    });

    it("a period before October's cases were received judges only the case open then", async () => {
      const found = await evaluate("2026-09");
      expect(
        brief(found.filter((f) => f.policy === "complaintHandling" || f.rule === "guarantorDidNotAct")),
      ).toEqual([["resolutionOverdue", "region", w.farCommunity.id, caseNumber("R3"), "major"]]);
      // 09-25 10:00 to 10-01 00:00 local
      expect(found.find((f) => f.rule === "resolutionOverdue")?.evidence.hoursLate).toBe(134);
    });

    it("a later period judges the cases still open when it ends, and not those resolved by then", async () => {
      const found = (await evaluate("2026-11")).filter((f) => f.policy === "complaintHandling");
      expect(found.map((f) => [f.rule, f.evidence.caseNumber])).toEqual([
        ["firstContactOverdue", caseNumber("E1")],
        ["resolutionOverdue", caseNumber("E1")],
        ["firstContactOverdue", caseNumber("E2")],
        ["resolutionOverdue", caseNumber("E2")],
        ["firstContactOverdue", caseNumber("E3")],
        ["resolutionOverdue", caseNumber("E3")],
        ["checkInOverdue", caseNumber("E4")],
        ["resolutionOverdue", caseNumber("E4")],
      ]);
    });
  });
});
