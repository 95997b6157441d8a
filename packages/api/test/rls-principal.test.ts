import { pgErrorCode, users, withTenant } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Principal, TenantServiceContext } from "../src/context.js";
import { createUser, getUser, listUsers, updateUser } from "../src/services/users.js";
import { rejection } from "./db-errors.js";
import { createHarness, type Harness, PASSWORD } from "./harness.js";

/**
 * Row-level security takes the tenant from the caller, not only from the path: verbs called with
 * county B's principal on county A (as if a route's role check were missing) see and write nothing
 * of A, because the database refuses it.
 */
describe.each(testDrivers())("row-level security by the principal's county on %s", (driver) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(driver);
  });
  afterAll(() => h?.destroy());

  const otherAdmin = (): Principal => ({
    kind: "user",
    tenantId: h.other.id,
    userId: h.other.adminId,
    username: "admin",
    displayName: "涡阳县管理员",
    roles: ["countyAdmin"],
    scope: null,
    sessionId: "ses_test",
    via: "bearer",
  });
  /** County A's tenant with county B's admin as the caller: what no route lets through. */
  const mismatched = (): TenantServiceContext => ({
    deps: h.deps,
    requestId: "rls-test",
    principal: otherAdmin(),
    tenant: h.ours,
  });
  const oursUsers = () =>
    withTenant(h.deps.db.db, h.ours.id, (tx) => tx.select().from(users).where(eq(users.tenantId, h.ours.id)));

  it("reads none of county A's rows", async () => {
    expect((await oursUsers()).length).toBeGreaterThan(0);
    const page = await listUsers(mismatched(), { limit: 50 });
    expect(page.items).toEqual([]);
    await expect(getUser(mismatched(), h.ours.adminId)).rejects.toMatchObject({ code: "not_found" });
  });

  it("writes no row into county A: the database refuses the insert", async () => {
    const before = (await oursUsers()).length;
    const error = await rejection(
      createUser(mismatched(), {
        username: "planted",
        displayName: "planted",
        password: PASSWORD,
        roles: ["countyAdmin"],
      }),
    );
    // 42501: new row violates row-level security policy.
    expect(pgErrorCode(error)).toBe("42501");
    expect((await oursUsers()).length).toBe(before);
  });

  it("changes none of county A's rows", async () => {
    await expect(updateUser(mismatched(), h.ours.adminId, { disabled: true })).rejects.toMatchObject({
      code: "not_found",
    });
    const [admin] = (await oursUsers()).filter((u) => u.id === h.ours.adminId);
    expect(admin?.disabledAt).toBeNull();
  });
});
