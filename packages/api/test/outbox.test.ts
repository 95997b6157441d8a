import { outbox, withTenant } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemPrincipal } from "../src/context.js";
import { createCase } from "../src/services/cases/create.js";
import { type CaseWorld, caseBody, fileCaseVia, seedCaseWorld } from "./case-fixtures.js";
import { createHarness, type Harness } from "./harness.js";

describe.each(testDrivers())("the outbox on %s", (driver) => {
  let h: Harness;
  let w: CaseWorld;
  beforeAll(async () => {
    h = await createHarness(driver, { startAt: "2026-11-16T01:30:00.000Z" });
    w = await seedCaseWorld(h);
  });
  afterAll(() => h?.destroy());

  const rows = (tenantId = h.ours.id) =>
    withTenant(h.deps.db.db, tenantId, (tx) =>
      tx.select().from(outbox).where(eq(outbox.tenantId, tenantId)).orderBy(asc(outbox.id)),
    );

  it("a filed and whistled case writes case.filed and case.whistled, with no reporter phone", async () => {
    const before = (await rows()).length;
    const filed = await fileCaseVia(h, h.ours, h.ours.adminToken, caseBody(w));
    const base = `/v1/tenants/ours/cases/${filed.id}`;
    expect((await h.request("POST", `${base}/contact`, { token: h.ours.adminToken, body: {} })).status).toBe(
      200,
    );
    const whistle = await h.request("POST", `${base}/whistle`, { token: h.ours.adminToken, body: {} });
    expect(whistle.status).toBe(200);
    const mine = (await rows()).slice(before).filter((r) => r.subjectId === filed.id);
    expect(mine.map((r) => r.type)).toEqual(["case.filed", "case.whistled"]);
    expect(mine[0]?.data).toMatchObject({
      caseId: filed.id,
      number: filed.number,
      category: "serviceQuality",
      status: "received",
      compoundId: w.sunshine,
    });
    expect(mine[1]?.data.departmentCodes).toEqual(["housingCentre"]);
    expect(JSON.stringify(mine)).not.toContain("13812345678");
    expect(JSON.stringify(mine)).not.toContain("张三");
    // Nothing of ours is visible from the other county's context (RLS).
    expect((await rows(h.other.id)).some((r) => r.subjectId === filed.id)).toBe(false);
  });

  it("a rolled-back change writes nothing to the outbox", async () => {
    const before = await rows();
    const ctx = { deps: h.deps, requestId: "test-rollback", principal: systemPrincipal("test") };
    let filedId: string | undefined;
    await expect(
      withTenant(h.deps.db.db, h.ours.id, async (tx) => {
        const view = await createCase({ ...ctx, tenant: h.ours, tx }, caseBody(w) as never);
        filedId = view.id;
        // Inside the transaction the event is there…
        const inside = await tx.select().from(outbox).where(eq(outbox.subjectId, view.id));
        expect(inside.map((r) => r.type)).toEqual(["case.filed"]);
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(filedId).toBeDefined();
    // …and after the rollback it is gone with the case.
    const after = await rows();
    expect(after.length).toBe(before.length);
    expect(after.some((r) => r.subjectId === filedId)).toBe(false);
  });

  it("a committed service call outside HTTP writes its event too", async () => {
    const ctx = { deps: h.deps, requestId: "test-commit", principal: systemPrincipal("test") };
    const view = await createCase({ ...ctx, tenant: h.ours }, caseBody(w) as never);
    const mine = (await rows()).filter((r) => r.subjectId === view.id);
    expect(mine.map((r) => [r.type, r.requestId])).toEqual([["case.filed", "test-commit"]]);
  });
});
