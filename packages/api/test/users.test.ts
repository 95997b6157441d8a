import { auditEvents, users, withTenant } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPlatformUser } from "../src/services/platform-users.js";
import {
  createHarness,
  expectProblem,
  failingPaths,
  type Harness,
  PASSWORD,
  type Response_,
} from "./harness.js";
import { createCompanyVia, seedCompound, seedRegion } from "./registry-fixtures.js";

describe.each(testDrivers())("users on %s", (driver) => {
  let h: Harness;
  let REGION: string;
  beforeAll(async () => {
    h = await createHarness(driver);
    REGION = (await seedRegion(h, h.ours, "street", "城关街道")).id;
  });
  afterAll(() => h?.destroy());

  const path = "/v1/tenants/ours/users";

  it("a county admin creates a scoped user who can then sign in", async () => {
    const res = await h.request("POST", path, {
      token: h.ours.adminToken,
      body: {
        username: "chengguan.zhang",
        displayName: "张伟（城关街道）",
        password: PASSWORD,
        roles: ["regionStaff"],
        scope: { regionId: REGION },
      },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      username: "chengguan.zhang",
      roles: ["regionStaff"],
      scope: { regionId: REGION },
      disabled: false,
    });
    expect(res.body).not.toHaveProperty("passwordHash");
    expect(JSON.stringify(res.body)).not.toContain(PASSWORD);
    const token = await h.login("ours", "chengguan.zhang");
    const me = await h.request("GET", "/v1/auth/me", { token });
    expect(me.body).toMatchObject({ roles: ["regionStaff"], scope: { regionId: REGION } });
  });

  it("a platform admin creates a new county's first admin", async () => {
    const res = await h.request("POST", "/v1/tenants/other/users", {
      token: h.rootToken,
      body: { username: "second-admin", displayName: "县管理员", password: PASSWORD, roles: ["countyAdmin"] },
    });
    expect(res.status).toBe(201);
    const { id } = res.body;
    const [event] = await withTenant(h.deps.db.db, h.other.id, (tx) =>
      tx
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.targetId, id), eq(auditEvents.action, "user.create"))),
    );
    expect(event).toMatchObject({ actorType: "platformUser", targetType: "user" });
    expect(JSON.stringify(event?.after)).not.toContain("passwordHash");
  });

  it("bad input is 422 naming the fields; a scope that does not fit the roles too", async () => {
    const bad = await h.request("POST", path, {
      token: h.ours.adminToken,
      body: { username: "a b", displayName: "", password: "short", roles: ["mayor"] },
    });
    expectProblem(bad, 422, "unprocessable");
    expect(failingPaths(bad).sort()).toEqual([
      "body.displayName",
      "body.password",
      "body.roles.0",
      "body.username",
    ]);

    const noScope = await h.request("POST", path, {
      token: h.ours.adminToken,
      body: { username: "officer", displayName: "officer", password: PASSWORD, roles: ["departmentOfficer"] },
    });
    expectProblem(noScope, 422, "unprocessable");
    expect(failingPaths(noScope)).toEqual(["body.scope.departmentId"]);

    const twoScopes = await h.request("POST", path, {
      token: h.ours.adminToken,
      body: {
        username: "officer",
        displayName: "officer",
        password: PASSWORD,
        roles: ["countyAdmin"],
        scope: { regionId: REGION, companyId: "cmp_x" },
      },
    });
    expectProblem(twoScopes, 422, "unprocessable");
    expect(failingPaths(twoScopes)).toEqual(["body.scope"]);
  });

  it("a scope must name a region, department, company or compound of the same county, unarchived", async () => {
    const create = (username: string, roles: string[], scope: Record<string, string>) =>
      h.request("POST", path, {
        token: h.ours.adminToken,
        body: { username, displayName: username, password: PASSWORD, roles, scope },
      });
    const refused = (res: Response_, field: string) => {
      expectProblem(res, 422, "unprocessable");
      expect(failingPaths(res)).toEqual([field]);
    };
    const theirs = await seedRegion(h, h.other, "street", "涡阳城关");
    const community = await seedRegion(h, h.ours, "community", "城南社区", {
      id: REGION,
      path: `${REGION}/`,
    });
    const compound = await seedCompound(h, h.ours, community, "阳光花园");
    const archived = await seedCompound(h, h.ours, community, "旧小区", { archived: true });
    const theirCompany = await createCompanyVia(h, 7, h.other);
    refused(
      await create("scope.a", ["regionStaff"], { regionId: "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0" }),
      "body.scope.regionId",
    );
    refused(await create("scope.b", ["regionStaff"], { regionId: theirs.id }), "body.scope.regionId");
    refused(await create("scope.c", ["companyStaff"], { companyId: theirCompany }), "body.scope.companyId");
    refused(
      await create("scope.d", ["departmentOfficer"], { departmentId: "dep_nowhere" }),
      "body.scope.departmentId",
    );
    refused(await create("scope.e", ["committeeMember"], { compoundId: archived }), "body.scope.compoundId");
    const member = await create("scope.f", ["committeeMember"], { compoundId: compound });
    expect(member.status).toBe(201);

    const patch = (scope: Record<string, string>) =>
      h.request("PATCH", `${path}/${member.body.id}`, { token: h.ours.adminToken, body: { scope } });
    refused(await patch({ compoundId: archived }), "body.scope.compoundId");
    refused(await patch({ compoundId: theirCompany }), "body.scope.compoundId");
    // A change that leaves the scope alone does not look it up again.
    expect(
      (
        await h.request("PATCH", `${path}/${member.body.id}`, {
          token: h.ours.adminToken,
          body: { displayName: "委员" },
        })
      ).status,
    ).toBe(200);
    expect((await patch({ compoundId: compound })).status).toBe(200);
  });

  it("a username is unique per tenant, case-insensitively, but free in another tenant", async () => {
    const body = { username: "Admin", displayName: "dup", password: PASSWORD, roles: ["countyAdmin"] };
    const dup = await h.request("POST", path, { token: h.ours.adminToken, body });
    expectProblem(dup, 409, "conflict");
    expect(failingPaths(dup)).toEqual(["body.username"]);
    const elsewhere = await h.request("POST", "/v1/tenants/other/users", {
      token: h.other.adminToken,
      body: { ...body, username: "chengguan.zhang" },
    });
    expect(elsewhere.status).toBe(201);
  });

  it("lists users with pagination, and gets one", async () => {
    const all: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { status: number; body: { items: { username: string }[]; nextCursor: string | null } } =
        await h.request("GET", `${path}?limit=1${cursor ? `&cursor=${cursor}` : ""}`, {
          token: h.ours.adminToken,
        });
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(1);
      all.push(...res.body.items.map((u) => u.username));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(all).toContain("admin");
    expect(all).toContain("chengguan.zhang");
    expect(all).not.toContain("second-admin");
    const one = await h.request("GET", `${path}/${h.ours.adminId}`, { token: h.ours.adminToken });
    expect(one.body).toMatchObject({ id: h.ours.adminId, username: "admin" });
    expectProblem(await h.request("GET", `${path}/nope`, { token: h.ours.adminToken }), 400, "bad_request");
  });

  it("a new password or disabling ends the user's sessions; the audit keeps before and after", async () => {
    const { id, token } = await h.userWith(h.ours, ["countyAdmin"]);
    const renamed = await h.request("PATCH", `${path}/${id}`, {
      token: h.ours.adminToken,
      body: { displayName: "新名字" },
    });
    expect(renamed.body.displayName).toBe("新名字");
    expect((await h.request("GET", "/v1/auth/me", { token })).status).toBe(200);

    const reset = await h.request("PATCH", `${path}/${id}`, {
      token: h.ours.adminToken,
      body: { password: "reset by the admin" },
    });
    expect(reset.status).toBe(200);
    expectProblem(await h.request("GET", "/v1/auth/me", { token }), 401, "unauthenticated");

    const username = reset.body.username;
    const again = await h.login("ours", username, "reset by the admin");
    await h.request("PATCH", `${path}/${id}`, { token: h.ours.adminToken, body: { disabled: true } });
    expectProblem(await h.request("GET", "/v1/auth/me", { token: again }), 401, "unauthenticated");
    const refused = await h.request("POST", "/v1/auth/login", {
      body: { tenant: "ours", username, password: "reset by the admin" },
    });
    expectProblem(refused, 401, "unauthenticated");

    const events = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx.select().from(auditEvents).where(eq(auditEvents.targetId, id)).orderBy(auditEvents.id),
    );
    expect(events.map((e) => e.action)).toEqual([
      "user.create",
      "auth.login",
      "user.update",
      "user.update.password",
      "auth.login",
      "user.update",
    ]);
    expect(events[2]?.before).toMatchObject({ displayName: username });
    expect(events[2]?.after).toMatchObject({ displayName: "新名字" });
    expect(events[5]?.after).toMatchObject({ disabled: true });
  });

  it("the password policy refuses common, username-bearing and short passwords on create, reset and change", async () => {
    const refused = (res: Response_, field: string, reason: string) => {
      const problem = expectProblem(res, 422, "unprocessable") as ReturnType<typeof expectProblem> & {
        reason?: string;
        explanation?: { zh: string; en: string };
      };
      expect(failingPaths(res)).toEqual([field]);
      expect(problem.reason).toBe(reason);
      expect(problem.explanation?.zh).toMatch(/密码/);
      expect(problem.explanation?.en).toMatch(/password/i);
    };
    const create = (username: string, password: string) =>
      h.request("POST", path, {
        token: h.ours.adminToken,
        body: { username, displayName: username, password, roles: ["countyAdmin"] },
      });
    // In the common-passwords list, or a case / l33t / reversed variation of one.
    for (const common of ["password12", "1234567890", "Qwertyuiop", "P@ssw0rd12", "drowssap12"]) {
      refused(await create("policy.common", common), "body.password", "password_too_common");
    }
    refused(await create("wang.fang", "WANG.FANG!"), "body.password", "password_contains_username");
    refused(
      await create("wang.fang", "my Wang.Fang passphrase"),
      "body.password",
      "password_contains_username",
    );
    expect(failingPaths(await create("wang.fang", "too short"))).toEqual(["body.password"]);
    const made = await create("wang.fang", "a quiet orchard by the river");
    expect(made.status).toBe(201);

    const reset = (password: string) =>
      h.request("PATCH", `${path}/${made.body.id}`, { token: h.ours.adminToken, body: { password } });
    refused(await reset("iloveyou123"), "body.password", "password_too_common");
    refused(await reset("wang.fang.2026"), "body.password", "password_contains_username");

    const token = await h.login("ours", "wang.fang", "a quiet orchard by the river");
    const change = (newPassword: string) =>
      h.request("POST", "/v1/auth/password", {
        token,
        body: { currentPassword: "a quiet orchard by the river", newPassword },
      });
    refused(await change("qwerty123456"), "body.newPassword", "password_too_common");
    refused(await change("new wang.fang home"), "body.newPassword", "password_contains_username");
    expect((await change("a louder orchard by the sea")).status).toBe(200);
    // A platform user (created by bootstrap and the CLI) is under the same policy.
    await expect(
      createPlatformUser(h.deps, { username: "operator", displayName: "运维", password: "Password123" }),
    ).rejects.toMatchObject({ code: "unprocessable", extensions: { reason: "password_too_common" } });
  });

  it("an admin cannot disable themselves; an empty patch is 422", async () => {
    const self = await h.request("PATCH", `${path}/${h.ours.adminId}`, {
      token: h.ours.adminToken,
      body: { disabled: true },
    });
    expectProblem(self, 422, "unprocessable");
    expect(failingPaths(self)).toEqual(["body.disabled"]);
    expectProblem(
      await h.request("PATCH", `${path}/${h.ours.adminId}`, { token: h.ours.adminToken, body: {} }),
      422,
      "unprocessable",
    );
  });

  it("security: no auth 401, wrong role 403, another tenant's admin 404", async () => {
    const body = { username: "x1", displayName: "x", password: PASSWORD, roles: ["countyAdmin"] };
    expectProblem(await h.request("POST", path, { body }), 401, "unauthenticated");
    expectProblem(await h.request("GET", path), 401, "unauthenticated");
    const staff = await h.userWith(h.ours, ["regionStaff"], { regionId: REGION });
    expectProblem(await h.request("POST", path, { token: staff.token, body }), 403, "forbidden");
    expectProblem(await h.request("GET", path, { token: staff.token }), 403, "forbidden");
    expectProblem(
      await h.request("PATCH", `${path}/${h.ours.adminId}`, {
        token: staff.token,
        body: { displayName: "x" },
      }),
      403,
      "forbidden",
    );
    // The other county's admin sees nothing of ours: not the list, not a user, not a change.
    const otherList = await h.request("GET", path, { token: h.other.adminToken });
    expectProblem(otherList, 404, "not_found");
    expect(JSON.stringify(otherList.body)).not.toContain("chengguan");
    expectProblem(
      await h.request("GET", `${path}/${h.ours.adminId}`, { token: h.other.adminToken }),
      404,
      "not_found",
    );
    expectProblem(
      await h.request("PATCH", `${path}/${h.ours.adminId}`, {
        token: h.other.adminToken,
        body: { disabled: true },
      }),
      404,
      "not_found",
    );
    expectProblem(await h.request("POST", path, { token: h.other.adminToken, body }), 404, "not_found");
    // Addressing our user through the other tenant's path is 404 as well.
    expectProblem(
      await h.request("GET", `/v1/tenants/other/users/${h.ours.adminId}`, { token: h.other.adminToken }),
      404,
      "not_found",
    );
    const [still] = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx.select().from(users).where(eq(users.id, h.ours.adminId)),
    );
    expect(still?.disabledAt).toBeNull();
  });
});
