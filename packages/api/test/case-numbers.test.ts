import type { Policy } from "@propgov/core";
import { cases } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { type CaseWorld, caseBody, seedCaseWorld } from "./case-fixtures.js";
import { createHarness, type Harness } from "./harness.js";

/** A county's rule that refuses violations at intake: after the case's insert took its number. */
const refuseViolations: Policy<{ kind: string }> = {
  id: "test.refuseViolations",
  title: { zh: "测试：拒收违法类诉求", en: "Test: refuse violations" },
  description: { zh: "测试用。", en: "For tests." },
  configSchema: z.object({ kind: z.string().default("violation") }),
  reads: { evaluate: [] },
  events: ["case.received"],
  on: (event, _view, config) =>
    event.payload.kind === config.kind
      ? [{ type: "guard", allow: false, reason: { zh: "不予受理。", en: "Not accepted." } }]
      : [],
};

// Case numbers under concurrent intake: taken by the case's insert (no lock held for the rest of
// the intake), without duplicates or gaps, in the order intakes commit. On PostgreSQL the
// requests really run side by side on the pool; PGlite (one connection) serializes them.
describe.each(testDrivers())("case numbers on %s", (driver) => {
  let h: Harness;
  let w: CaseWorld;
  beforeAll(async () => {
    h = await createHarness(driver, { startAt: "2026-11-16T01:30:00.000Z", policies: [refuseViolations] });
    w = await seedCaseWorld(h);
    const current = await h.request("GET", "/v1/tenants/ours/mechanism", { token: h.ours.adminToken });
    const doc = current.body.document;
    doc.policies[refuseViolations.id] = { enabled: true, config: {} };
    const put = await h.request("PUT", "/v1/tenants/ours/mechanism", { token: h.ours.adminToken, body: doc });
    if (put.status !== 200) throw new Error(`mechanism: ${put.status} ${JSON.stringify(put.body)}`);
  });
  afterAll(() => h?.destroy());

  const sequenceOf = (number: string) => Number(number.slice(number.lastIndexOf("-") + 1));
  const numberOf = (res: { body: unknown } | undefined) => {
    if (!res) throw new Error("no response");
    return sequenceOf((res.body as { number: string }).number);
  };
  const fileMany = (n: number, overrides: Record<string, unknown> = {}) =>
    Promise.all(
      Array.from({ length: n }, () =>
        h.request("POST", "/v1/tenants/ours/cases", {
          token: h.ours.adminToken,
          body: caseBody(w, overrides),
        }),
      ),
    );

  it("gives concurrent intakes distinct numbers with no gaps, later batches later numbers", async () => {
    const first = await fileMany(24);
    const second = await fileMany(24);
    for (const res of [...first, ...second]) expect(res.status).toBe(201);
    const numbersOf = (batch: typeof first) => batch.map(numberOf).sort((a, b) => a - b);
    const a = numbersOf(first);
    const b = numbersOf(second);
    expect(new Set([...a, ...b]).size).toBe(48);
    // A batch answered before the next was sent holds every earlier number.
    expect(Math.max(...a)).toBeLessThan(Math.min(...b));
    expect([...a, ...b]).toEqual(Array.from({ length: 48 }, (_, i) => i + 1));
  });

  it("returns the number of a refused intake: the next case takes it", async () => {
    const before = await fileMany(1);
    const last = numberOf(before[0]);
    // The county's rule refuses a violation when its `received` event is judged, after the
    // case's insert took a number: the rollback gives the number back.
    const refused = await fileMany(3, { category: "illegalConstruction" });
    for (const res of refused) {
      expect(res.status).toBe(422);
      expect(res.body.policy).toBe(refuseViolations.id);
    }
    const after = await fileMany(1);
    expect(numberOf(after[0])).toBe(last + 1);
  });

  it("stores the numbers it answered, in the tenant's format", async () => {
    const rows = await h.deps.db.db
      .select({ number: cases.number })
      .from(cases)
      .where(and(eq(cases.tenantId, h.ours.id)))
      .orderBy(asc(cases.number));
    expect(rows.length).toBe(50);
    for (const r of rows) expect(r.number).toMatch(/^[A-Z][A-Z0-9]{0,9}-2026-\d{6}$/);
  });
});
