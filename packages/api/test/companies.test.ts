import { AppError, makeUscc, usccCheckChar } from "@propgov/core";
import { auditEvents, companies, withTenant } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemPrincipal, type TenantServiceContext } from "../src/context.js";
import { insertCompany } from "../src/services/companies/create.js";
import { createHarness, expectProblem, failingPaths, type Harness } from "./harness.js";
import {
  companyBody,
  createCompanyVia,
  seedDepartment,
  seedRegion,
  seedScopeCompound,
  validUscc,
} from "./registry-fixtures.js";

describe.each(testDrivers())("companies on %s", (driver) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(driver);
  });
  afterAll(() => h?.destroy());

  const path = "/v1/tenants/ours/companies";
  const names = (res: { body: { items: { name: string }[] } }) => res.body.items.map((c) => c.name);

  it("a county admin registers companies; county staff read them, filtered and searched", async () => {
    const created = await h.request("POST", path, {
      token: h.ours.adminToken,
      body: {
        name: "蒙城县安居物业服务有限公司",
        uscc: validUscc(1).toLowerCase(),
        legalRepresentative: "张伟",
        phone: "+86 138 1234 5678",
        partyMembers: 4,
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: "蒙城县安居物业服务有限公司",
      uscc: validUscc(1),
      legalRepresentative: "张伟",
      phone: "13812345678",
      local: true,
      partyMembers: 4,
      archivedAt: null,
    });
    expect(created.body.id).toMatch(/^cmp_/);
    expect(created.body.createdAt).toMatch(/Z$/);
    await h.request("POST", path, {
      token: h.ours.adminToken,
      body: companyBody(2, { name: "合肥宜居物业有限公司", local: false }),
    });

    const township = await seedRegion(h, h.ours, "township", "立仓镇");
    const staff = await h.userWith(h.ours, ["regionStaff"], { regionId: township.id });
    const officer = await h.userWith(h.ours, ["departmentOfficer"], {
      departmentId: await seedDepartment(h),
    });
    for (const token of [h.ours.adminToken, staff.token, officer.token]) {
      const list = await h.request("GET", path, { token });
      expect(list.status).toBe(200);
      expect(names(list)).toEqual(["蒙城县安居物业服务有限公司", "合肥宜居物业有限公司"]);
    }
    const local = await h.request("GET", `${path}?local=false`, { token: staff.token });
    expect(names(local)).toEqual(["合肥宜居物业有限公司"]);
    const byName = await h.request("GET", `${path}?q=${encodeURIComponent("宜居")}`, { token: staff.token });
    expect(names(byName)).toEqual(["合肥宜居物业有限公司"]);
    const byUscc = await h.request("GET", `${path}?q=${validUscc(1).slice(-6)}`, { token: staff.token });
    expect(names(byUscc)).toEqual(["蒙城县安居物业服务有限公司"]);
    const one = await h.request("GET", `${path}/${created.body.id}`, { token: officer.token });
    expect(one.status).toBe(200);
    expect(one.body.uscc).toBe(validUscc(1));
  });

  it("changes and archives, with before and after in the audit trail; an archived USCC is free again", async () => {
    const id = await createCompanyVia(h, 10);
    const changed = await h.request("PATCH", `${path}/${id}`, {
      token: h.ours.adminToken,
      body: { phone: "0558 7000001", partyMembers: 6, local: false },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ phone: "05587000001", partyMembers: 6, local: false });
    const sameUscc = await h.request("PATCH", `${path}/${id}`, {
      token: h.ours.adminToken,
      body: { uscc: validUscc(10) },
    });
    expect(sameUscc.status).toBe(200);

    const archived = await h.request("DELETE", `${path}/${id}`, { token: h.ours.adminToken });
    expect(archived.status).toBe(200);
    expect(archived.body.archivedAt).not.toBeNull();
    const again = await h.request("DELETE", `${path}/${id}`, { token: h.ours.adminToken });
    expect(again.body.archivedAt).toBe(archived.body.archivedAt);

    const list = await h.request("GET", path, { token: h.ours.adminToken });
    expect(list.body.items.map((c: { id: string }) => c.id)).not.toContain(id);
    const all = await h.request("GET", `${path}?includeArchived=true`, { token: h.ours.adminToken });
    expect(all.body.items.map((c: { id: string }) => c.id)).toContain(id);
    expect((await h.request("GET", `${path}/${id}`, { token: h.ours.adminToken })).status).toBe(200);

    const successor = await h.request("POST", path, {
      token: h.ours.adminToken,
      body: companyBody(10, { name: "重组后的公司" }),
    });
    expect(successor.status).toBe(201);

    const events = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx.select().from(auditEvents).where(eq(auditEvents.targetId, id)).orderBy(auditEvents.id),
    );
    expect(events.map((e) => e.action)).toEqual([
      "company.create",
      "company.update",
      "company.update",
      "company.archive",
    ]);
    expect(events[1]?.before).toMatchObject({ phone: "0558-7123456", partyMembers: 0 });
    expect(events[1]?.after).toMatchObject({ phone: "05587000001", partyMembers: 6 });
    expect(events[3]?.after).toMatchObject({ archivedAt: archived.body.archivedAt });
    expect(events[0]?.actorId).toBe(h.ours.adminId);
  });

  it("an invalid USCC is 422 naming body.uscc with the validator's reason", async () => {
    const good = validUscc(20);
    const wrongCheck = good.slice(0, 17) + (good[17] === "0" ? "1" : "0");
    const org = "MA2N0020";
    const badOrg = `91341622${org}${"X"}`;
    const wrongOrg = badOrg + (usccCheckChar(badOrg) ?? "0");
    const cases: [string, RegExp][] = [
      [good.slice(0, 17), /18 characters/],
      [`${good.slice(0, 16)}I${good[17]}`, /letters/],
      [wrongCheck, /check\) character/],
      [`91AB1622${good.slice(8)}`, /division/],
      [wrongOrg, /organisation code/],
    ];
    for (const [uscc, message] of cases) {
      const res = await h.request("POST", path, {
        token: h.ours.adminToken,
        body: companyBody(20, { uscc }),
      });
      const problem = expectProblem(res, 422, "unprocessable");
      expect(failingPaths(res), uscc).toEqual(["body.uscc"]);
      expect(problem.errors?.[0]?.message, uscc).toMatch(message);
    }
    // Valid codes of other shapes pass: a government organ (11), a social organisation (51).
    for (const uscc of [makeUscc("11", "341622", "00300024"), makeUscc("51", "340000", "MJ092385")]) {
      const res = await h.request("POST", path, {
        token: h.ours.adminToken,
        body: companyBody(21, { uscc, name: `公司 ${uscc}` }),
      });
      expect(res.status, uscc).toBe(201);
    }
  });

  it("bad input is 4xx naming the field; a taken USCC is 409", async () => {
    const bad = await h.request("POST", path, {
      token: h.ours.adminToken,
      body: { name: "", uscc: validUscc(30), legalRepresentative: "张伟", phone: "123", partyMembers: -1 },
    });
    expectProblem(bad, 422, "unprocessable");
    expect(failingPaths(bad).sort()).toEqual(["body.name", "body.partyMembers", "body.phone"]);
    const unknown = await h.request("POST", path, {
      token: h.ours.adminToken,
      body: companyBody(30, { website: "x" }),
    });
    expectProblem(unknown, 422, "unprocessable");

    const first = await createCompanyVia(h, 31);
    const dup = await h.request("POST", path, {
      token: h.ours.adminToken,
      body: companyBody(31, { name: "冒名公司" }),
    });
    expectProblem(dup, 409, "conflict");
    expect(failingPaths(dup)).toEqual(["body.uscc"]);
    const second = await createCompanyVia(h, 32);
    const dupPatch = await h.request("PATCH", `${path}/${second}`, {
      token: h.ours.adminToken,
      body: { uscc: validUscc(31) },
    });
    expectProblem(dupPatch, 409, "conflict");
    expect(failingPaths(dupPatch)).toEqual(["body.uscc"]);
    const badPatch = await h.request("PATCH", `${path}/${first}`, {
      token: h.ours.adminToken,
      body: { phone: "call me" },
    });
    expectProblem(badPatch, 422, "unprocessable");
    expect(failingPaths(badPatch)).toEqual(["body.phone"]);

    expectProblem(
      await h.request("GET", `${path}/cmp_nope`, { token: h.ours.adminToken }),
      400,
      "bad_request",
    );
    expectProblem(
      await h.request("GET", `${path}/cmp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0`, { token: h.ours.adminToken }),
      404,
      "not_found",
    );
    const badCursor = await h.request("GET", `${path}?cursor=nonsense`, { token: h.ours.adminToken });
    expectProblem(badCursor, 400, "bad_request");
    expect(failingPaths(badCursor)).toEqual(["query.cursor"]);
    const badFlag = await h.request("GET", `${path}?local=maybe`, { token: h.ours.adminToken });
    expectProblem(badFlag, 400, "bad_request");
    expect(failingPaths(badFlag)).toEqual(["query.local"]);
  });

  it("two concurrent registrations of one USCC: exactly one wins, the other is 409 naming body.uscc", async () => {
    const results = await Promise.all(
      [1, 2].map((i) =>
        h.request("POST", path, { token: h.ours.adminToken, body: companyBody(40, { name: `并发${i}` }) }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const loser = results.find((r) => r.status === 409);
    if (loser) expect(failingPaths(loser)).toEqual(["body.uscc"]);
  });

  it("insertCompany composes in a caller's transaction: a duplicate is a conflict naming body.uscc", async () => {
    const ctx: TenantServiceContext = {
      deps: h.deps,
      requestId: "test-import",
      principal: systemPrincipal("test"),
      tenant: h.ours,
    };
    const input = { ...companyBody(50), local: true, partyMembers: 0 };
    const outcome = await withTenant(h.deps.db.db, h.ours.id, async (tx) => {
      const first = await insertCompany(tx, ctx, input);
      const error = await insertCompany(tx, ctx, { ...input, name: "同一批次的重复行" }).catch((e) => e);
      // The transaction is still usable after the refused row.
      const third = await insertCompany(tx, ctx, { ...companyBody(51), local: true, partyMembers: 1 });
      return { first, error, third };
    });
    expect(outcome.error).toBeInstanceOf(AppError);
    expect(outcome.error.code).toBe("conflict");
    expect(outcome.error.errors).toEqual([{ path: "body.uscc", message: expect.any(String) }]);
    const stored = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx
        .select({ id: companies.id })
        .from(companies)
        .where(eq(companies.uscc, validUscc(50))),
    );
    expect(stored.map((r) => r.id)).toEqual([outcome.first.id]);
    expect(outcome.third.uscc).toBe(validUscc(51));
  });

  it.skipIf(driver !== "postgres")(
    "a race past the check still answers a conflict naming body.uscc (needs two connections: Postgres only, PGlite has one)",
    async () => {
      const ctx: TenantServiceContext = {
        deps: h.deps,
        requestId: "test-race",
        principal: systemPrincipal("test"),
        tenant: h.ours,
      };
      const input = { ...companyBody(55), local: true, partyMembers: 0 };
      let release = () => {};
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      let signal = () => {};
      const firstInserted = new Promise<void>((resolve) => {
        signal = resolve;
      });
      const first = withTenant(h.deps.db.db, h.ours.id, async (tx) => {
        const view = await insertCompany(tx, ctx, input);
        signal();
        await gate;
        return view;
      });
      await firstInserted;
      // The second transaction does not see the first's uncommitted row, passes the check and
      // waits on the unique index until the first commits.
      const second = withTenant(h.deps.db.db, h.ours.id, (tx) =>
        insertCompany(tx, ctx, { ...input, name: "抢注" }),
      ).catch((error: unknown) => error);
      await new Promise((resolve) => setTimeout(resolve, 300));
      release();
      await first;
      const error = (await second) as AppError;
      expect(error).toBeInstanceOf(AppError);
      expect(error.code).toBe("conflict");
      expect(error.errors?.map((e) => e.path)).toEqual(["body.uscc"]);
    },
  );

  it("pages with a cursor", async () => {
    for (const n of [60, 61, 62]) await createCompanyVia(h, n);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const url: string = `${path}?limit=2${cursor ? `&cursor=${cursor}` : ""}`;
      const res = await h.request("GET", url, { token: h.ours.adminToken });
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.items.map((c: { id: string }) => c.id));
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor && pages < 50);
    const all = await h.request("GET", `${path}?limit=200`, { token: h.ours.adminToken });
    expect(seen).toEqual(all.body.items.map((c: { id: string }) => c.id));
    expect(new Set(seen).size).toBe(seen.length);
    expect(pages).toBeGreaterThan(1);
  });

  it("security: 401, only county admins write, company staff see only their own, other tenants nothing", async () => {
    expectProblem(await h.request("GET", path), 401, "unauthenticated");
    const mine = await createCompanyVia(h, 70);
    const theirs = await createCompanyVia(h, 71);

    const staff = await h.userWith(h.ours, ["regionStaff"], {
      regionId: (await seedRegion(h, h.ours, "street", "任职街道")).id,
    });
    expectProblem(
      await h.request("POST", path, { token: staff.token, body: companyBody(72) }),
      403,
      "forbidden",
    );
    expectProblem(
      await h.request("PATCH", `${path}/${mine}`, { token: staff.token, body: { partyMembers: 1 } }),
      403,
      "forbidden",
    );
    expectProblem(await h.request("DELETE", `${path}/${mine}`, { token: staff.token }), 403, "forbidden");

    const worker = await h.userWith(h.ours, ["companyStaff"], { companyId: mine });
    const own = await h.request("GET", path, { token: worker.token });
    expect(own.body.items.map((c: { id: string }) => c.id)).toEqual([mine]);
    expect((await h.request("GET", `${path}/${mine}`, { token: worker.token })).status).toBe(200);
    expectProblem(await h.request("GET", `${path}/${theirs}`, { token: worker.token }), 404, "not_found");
    expectProblem(
      await h.request("PATCH", `${path}/${mine}`, { token: worker.token, body: { partyMembers: 9 } }),
      403,
      "forbidden",
    );

    const member = await h.userWith(h.ours, ["committeeMember"], {
      compoundId: await seedScopeCompound(h),
    });
    expectProblem(await h.request("GET", path, { token: member.token }), 403, "forbidden");
    const officer = await h.userWith(h.ours, ["departmentOfficer"], {
      departmentId: await seedDepartment(h),
    });
    expectProblem(
      await h.request("POST", path, { token: officer.token, body: companyBody(73) }),
      403,
      "forbidden",
    );

    expectProblem(await h.request("GET", path, { token: h.other.adminToken }), 404, "not_found");
    expectProblem(
      await h.request("GET", `/v1/tenants/other/companies/${mine}`, { token: h.other.adminToken }),
      404,
      "not_found",
    );
    expectProblem(
      await h.request("PATCH", `/v1/tenants/other/companies/${mine}`, {
        token: h.other.adminToken,
        body: { partyMembers: 1 },
      }),
      404,
      "not_found",
    );
    // The same USCC may be registered in another county.
    const elsewhere = await h.request("POST", "/v1/tenants/other/companies", {
      token: h.other.adminToken,
      body: companyBody(70),
    });
    expect(elsewhere.status).toBe(201);
    const theirList = await h.request("GET", "/v1/tenants/other/companies", { token: h.other.adminToken });
    expect(theirList.body.items.map((c: { id: string }) => c.id)).toEqual([elsewhere.body.id]);
  });
});
