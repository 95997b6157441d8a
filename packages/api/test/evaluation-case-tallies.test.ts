import { evaluateAll, type Finding, type PolicyView, parsePeriod, slicesRead } from "@propgov/core";
import { caseDepartments, cases, withTenant } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TenantServiceContext } from "../src/context.js";
import { asOfFor } from "../src/services/evaluations.js";
import { currentMechanism } from "../src/services/mechanism.js";
import { loadPolicyView } from "../src/services/policy-view/load.js";
import { tenantToday } from "../src/services/time.js";
import { type CaseWorld, seedCaseWorld } from "./case-fixtures.js";
import { createHarness, type Harness } from "./harness.js";
import { createCompanyVia } from "./registry-fixtures.js";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const NOW = "2026-11-20T04:00:00.000Z";

/** A small seeded generator (mulberry32): the same cases on every run and driver. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Issue 19: an evaluation whose case readers are core's `caseTallyReaders` loads the per-community
 * tallies (counted in SQL) and only the cases that can yield a finding of their own, instead of
 * every case of the period. On generated cases of every status, with deadlines either side of
 * the view's instant, microsecond timestamps, guarantors, whistled departments and a contract
 * with obligations, the findings of the narrowed view equal those of the full one, for the
 * current month, a past month and a quarter.
 */
describe.each(testDrivers())("evaluations from case tallies on %s", (driver) => {
  let h: Harness;
  let w: CaseWorld;

  beforeAll(async () => {
    h = await createHarness(driver, { startAt: NOW });
    w = await seedCaseWorld(h);
    const company = await createCompanyVia(h, 1);
    const res = await h.request("POST", "/v1/tenants/ours/contracts", {
      token: h.ours.adminToken,
      body: {
        companyId: company,
        compoundId: w.sunshine,
        startsOn: "2026-01-01",
        endsOn: "2026-12-31",
        feeStandard: 0.85,
        projectManager: { name: "刘洋", phone: "13812345678" },
        obligations: [
          { kind: "repairResponseHours", value: 24 },
          { kind: "cleaningFrequency", value: 2 },
        ],
      },
    });
    expect(res.status).toBe(201);
    await generate(600);
  });
  afterAll(() => h?.destroy());

  async function generate(count: number) {
    const next = random(19);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
    const now = Date.parse(NOW);
    const places = [
      { compoundId: w.sunshine, communityId: w.community.id, gridId: w.grid as string | null },
      { compoundId: w.happy, communityId: w.community.id, gridId: null },
      { compoundId: w.far, communityId: w.farCommunity.id, gridId: null },
    ];
    const categories = ["serviceQuality", "illegalConstruction", "facilityRepair", "environmentSanitation"];
    const departmentIds = Object.values(w.departmentIds);
    const rows: (typeof cases.$inferInsert)[] = [];
    const steps: (typeof caseDepartments.$inferInsert)[] = [];
    for (let i = 0; i < count; i++) {
      const received = now - Math.floor(next() * 75 * DAY) + Math.floor(next() * 2 * HOUR);
      const place = pick(places);
      // Open cases are mostly recent ones, as in a county's data; a few old ones linger.
      const status =
        received > now - 10 * DAY
          ? pick(["received", "contacted", "whistled", "resolved", "cancelled"] as const)
          : pick([
              "resolved",
              "rated",
              "rated",
              "closed",
              "cancelled",
              "merged",
              "whistled",
              "received",
            ] as const);
      const firstDue = received + pick([2 * HOUR, 30 * MINUTE, 3 * DAY]);
      const resolutionDue = received + pick([5 * DAY, 7 * DAY, 20 * DAY]);
      const contacted = status === "received" ? null : received + pick([10 * MINUTE, 2 * HOUR, 5 * HOUR]);
      const resolved = ["resolved", "rated", "closed"].includes(status)
        ? (contacted ?? received) + pick([HOUR, 3 * DAY, 9 * DAY])
        : null;
      const rated = resolved !== null && status !== "resolved" ? resolved + pick([HOUR, 2 * DAY]) : null;
      const id = `cas_01TALLY${String(i).padStart(18, "0")}`;
      const guarantor = pick(["user", "name", "none"] as const);
      rows.push({
        tenantId: h.ours.id,
        id,
        number: `MC-2026-${String(900_000 + i)}`,
        trackingCode: `TALLY${String(i).padStart(7, "0")}`,
        category: pick(categories),
        kind: "complaint",
        ...place,
        guarantorUserId: guarantor === "user" ? h.ours.adminId : null,
        guarantorName: guarantor === "name" ? "李包保" : null,
        description: "楼道灯不亮。",
        channel: "hotline12345",
        status,
        round: 1,
        receivedAt: new Date(received),
        roundStartedAt: new Date(received),
        firstContactDueAt: new Date(firstDue),
        resolutionDueAt: new Date(resolutionDue),
        contactedAt: contacted === null ? null : new Date(contacted),
        resolvedAt: resolved === null || resolved > now + DAY ? null : new Date(resolved),
        ratedAt: rated === null || rated > now ? null : new Date(rated),
        rating:
          rated === null || rated > now ? null : pick(["satisfied", "basicallySatisfied", "unsatisfied"]),
        cancelledAt: status === "cancelled" ? new Date(received + HOUR) : null,
        closedAt: status === "closed" && rated !== null && rated <= now ? new Date(rated + HOUR) : null,
        cancelReason: status === "cancelled" ? "duplicate" : null,
      } as typeof cases.$inferInsert);
      if (status === "whistled" || (status === "resolved" && next() < 0.3)) {
        const notified = (contacted ?? received) + HOUR;
        steps.push({
          tenantId: h.ours.id,
          id: `cdp_01TALLY${String(i).padStart(18, "0")}`,
          caseId: id,
          departmentId: pick(departmentIds),
          round: 1,
          notifiedAt: new Date(notified),
          checkInDueAt: new Date(notified + 2 * HOUR),
          checkedInAt: next() < 0.5 ? new Date(notified + pick([HOUR, 5 * HOUR])) : null,
        });
      }
    }
    await withTenant(h.deps.db.db, h.ours.id, async (tx) => {
      for (let i = 0; i < rows.length; i += 200) await tx.insert(cases).values(rows.slice(i, i + 200));
      await tx.insert(caseDepartments).values(steps);
      // Microseconds past the millisecond, as timestamps written by SQL arithmetic carry them
      // (the policies see milliseconds).
      const micro = (column: string) =>
        sql.raw(
          `${column} = ${column} + (abs(hashtext(id || '${column}')) % 1000) * interval '1 microsecond'`,
        );
      await tx.execute(
        sql`update cases set ${sql.join(
          [
            "received_at",
            "first_contact_due_at",
            "resolution_due_at",
            "contacted_at",
            "resolved_at",
            "rated_at",
          ].map(micro),
          sql`, `,
        )} where tenant_id = ${h.ours.id} and id like 'cas_01TALLY%'`,
      );
      await tx.execute(
        sql`update case_departments set ${micro("check_in_due_at")} where tenant_id = ${h.ours.id} and id like 'cdp_01TALLY%'`,
      );
    });
  }

  // One instant for both views: deadlines and lateness are judged against it.
  const ctx = (now: Date): TenantServiceContext => ({
    deps: { ...h.deps, now: () => now },
    requestId: "test",
    principal: null,
    tenant: h.ours,
  });

  async function judge(
    label: string,
    now: Date,
    narrow: boolean,
  ): Promise<{ view: PolicyView; found: Finding[] }> {
    const c = ctx(now);
    const period = parsePeriod(label);
    return withTenant(h.deps.db.db, h.ours.id, async (tx) => {
      const mechanism = await currentMechanism(tx, c);
      const view = await loadPolicyView(tx, c, asOfFor(period, tenantToday(c)), period, {
        slices: slicesRead(mechanism.document, h.deps.policies, "evaluate"),
        ...(narrow ? { narrowCases: { missedFirstContact: true, underContract: true } } : {}),
      });
      return { view, found: evaluateAll(mechanism.document, view, period, h.deps.policies) };
    });
  }

  it.each(["2026-11", "2026-10", "2026-Q4"])(
    "%s: the narrowed view's findings equal the full view's, from fewer cases",
    async (label) => {
      const now = h.deps.now();
      const full = await judge(label, now, false);
      const narrowed = await judge(label, now, true);
      expect(full.view.caseTallies).toBeUndefined();
      expect(narrowed.view.caseTallies?.length).toBeGreaterThan(0);
      expect(narrowed.view.cases?.length).toBeLessThan(full.view.cases?.length ?? 0);
      // The period yields findings of every case-reading kind, so the comparison means something.
      const rules = new Set(full.found.map((f) => f.rule));
      for (const rule of [
        "firstContactOverdue",
        "resolutionOverdue",
        "lowResolutionRate",
        "guarantorDidNotAct",
      ])
        expect(rules).toContain(rule);
      expect(narrowed.found).toEqual(full.found);
    },
  );
});
