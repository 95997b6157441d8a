import { newId } from "@propgov/core";
import {
  caseDepartments,
  caseEvents,
  cases,
  contracts,
  grids,
  pgErrorCode,
  rowsOf,
  withTenant,
} from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TenantServiceContext } from "../src/context.js";
import { caseViews } from "../src/services/cases/view.js";
import { currentMechanism } from "../src/services/mechanism.js";
import { type CaseWorld, caseBody, fileCaseVia, seedCaseWorld } from "./case-fixtures.js";
import { messages, rejection } from "./db-errors.js";
import { createHarness, expectProblem, failingPaths, type Harness } from "./harness.js";
import { createCompanyVia } from "./registry-fixtures.js";

const PHONE = "13812345678";
const MASKED = "138****5678";

interface User {
  id: string;
  token: string;
}

describe.each(testDrivers())("case access on %s", (driver) => {
  let h: Harness;
  let w: CaseWorld;
  let ow: CaseWorld;
  let guarantor: User;
  let committee: User;
  let company: User;
  let street: User;
  let town: User;
  let urban: User;
  let natural: User;
  let police: User;
  /** 阳光花园 (grid with a guarantor), contacted and whistled to urban management and natural resources. */
  let whistled: string;
  /** 立仓小区, in 立仓镇. */
  let far: string;
  /** 幸福里, in 城南社区, never whistled. */
  let happy: string;
  /** A case of the other tenant. */
  let theirs: string;

  /** A department's id by roster code, in our tenant and in the other one. */
  const idOf = (world: CaseWorld, code: string) => {
    const id = world.departmentIds[code];
    if (!id) throw new Error(`no department ${code}`);
    return id;
  };
  const dep = (code: string) => idOf(w, code);
  const theirDep = (code: string) => idOf(ow, code);
  const base = "/v1/tenants/ours/cases";
  const as = (user: User | string) => (typeof user === "string" ? user : user.token);
  const get = (id: string, user: User | string) => h.request("GET", `${base}/${id}`, { token: as(user) });
  const listed = async (user: User | string) => {
    const res = await h.request("GET", `${base}?limit=200`, { token: as(user) });
    expect(res.status).toBe(200);
    return (res.body.items as { id: string }[]).map((c) => c.id).sort();
  };
  const act = (id: string, action: string, user: User | string, body?: unknown) =>
    h.request("POST", `${base}/${id}/${action}`, {
      token: as(user),
      ...(body === undefined ? {} : { body }),
    });

  beforeAll(async () => {
    h = await createHarness(driver);
    w = await seedCaseWorld(h);
    ow = await seedCaseWorld(h, h.other);
    const admin = h.ours.adminToken;

    guarantor = await h.userWith(h.ours, ["committeeMember"], { compoundId: w.sunshine });
    await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx
        .update(grids)
        .set({ guarantorUserId: guarantor.id, guarantorName: null, guarantorPhone: null })
        .where(and(eq(grids.tenantId, h.ours.id), eq(grids.id, w.grid))),
    );
    committee = await h.userWith(h.ours, ["committeeMember"], { compoundId: w.sunshine });
    const companyId = await createCompanyVia(h, 1);
    await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx.insert(contracts).values({
        tenantId: h.ours.id,
        id: newId("contract"),
        companyId,
        compoundId: w.sunshine,
        startsOn: "2020-01-01",
        endsOn: "2099-12-31",
        feeStandard: "1.20",
        projectManagerName: "赵经理",
        projectManagerPhone: "13900001111",
      }),
    );
    company = await h.userWith(h.ours, ["companyStaff"], { companyId });
    street = await h.userWith(h.ours, ["regionStaff"], { regionId: w.street.id });
    town = await h.userWith(h.ours, ["regionStaff"], { regionId: w.township.id });
    urban = await h.userWith(h.ours, ["departmentOfficer"], {
      departmentId: dep("urbanManagement"),
    });
    natural = await h.userWith(h.ours, ["departmentOfficer"], {
      departmentId: dep("naturalResources"),
    });
    police = await h.userWith(h.ours, ["departmentOfficer"], { departmentId: dep("police") });

    whistled = (await fileCaseVia(h, h.ours, admin, caseBody(w, { gridId: w.grid }))).id;
    await act(whistled, "contact", admin);
    const summoned = await act(whistled, "whistle", admin, {
      departmentIds: [dep("urbanManagement"), dep("naturalResources")],
    });
    expect(summoned.status).toBe(200);
    far = (await fileCaseVia(h, h.ours, admin, caseBody(w, { compoundId: w.far }))).id;
    happy = (await fileCaseVia(h, h.ours, admin, caseBody(w, { compoundId: w.happy }))).id;
    theirs = (await fileCaseVia(h, h.other, h.other.adminToken, caseBody(ow))).id;
  });
  afterAll(() => h?.destroy());

  it("a department officer sees only the cases whistled to its department", async () => {
    expect(await listed(urban)).toEqual([whistled]);
    expect(await listed(natural)).toEqual([whistled]);
    expect(await listed(police)).toEqual([]);
    expect((await get(whistled, urban)).status).toBe(200);
    for (const id of [far, happy]) expectProblem(await get(id, urban), 404, "not_found");
    expectProblem(await get(whistled, police), 404, "not_found");
    // Filters cannot widen what the role sees.
    const filtered = await h.request("GET", `${base}?departmentId=${dep("police")}`, {
      token: urban.token,
    });
    expect(filtered.body.items).toEqual([]);
    const byCompound = await h.request("GET", `${base}?compoundId=${w.happy}`, { token: urban.token });
    expect(byCompound.body.items).toEqual([]);
  });

  it("an officer checks in and completes only for its own department, and takes no other action", async () => {
    const urbanStep = `departments/${dep("urbanManagement")}`;
    const naturalStep = `departments/${dep("naturalResources")}`;
    expectProblem(await act(whistled, `${naturalStep}/check-in`, urban), 403, "forbidden");
    expectProblem(
      await act(whistled, `${naturalStep}/complete`, urban, { outcome: "代报" }),
      403,
      "forbidden",
    );
    for (const action of ["contact", "resolve", "whistle", "close", "reopen"]) {
      expectProblem(await act(whistled, action, urban), 403, "forbidden");
    }
    expectProblem(await act(whistled, "cancel", urban, { reason: "invalid" }), 403, "forbidden");
    expectProblem(await act(whistled, "rate", urban, { rating: "satisfied" }), 403, "forbidden");
    expectProblem(await h.request("POST", base, { token: urban.token, body: caseBody(w) }), 403, "forbidden");
    // A case not whistled to the department does not exist for its officer.
    expectProblem(await act(happy, `${urbanStep}/check-in`, urban), 404, "not_found");

    // What each caller is offered is what it may take.
    const offered = async (user: User | string) => (await get(whistled, user)).body.allowedActions;
    expect(await offered(urban)).toEqual(["checkIn"]);
    expect(await offered(natural)).toEqual(["checkIn"]);
    expect(await offered(h.ours.adminToken)).toEqual(expect.arrayContaining(["checkIn", "supervise"]));
    expect(await offered(street)).toContain("checkIn");
    expect(await offered(street)).not.toContain("supervise");

    const checkedIn = await act(whistled, `${urbanStep}/check-in`, urban, { note: "城管已到场" });
    expect(checkedIn.status).toBe(200);
    expect(checkedIn.body.status).toBe("whistled"); // natural resources has not checked in yet
    expect(checkedIn.body.allowedActions).toEqual(["complete"]);
    expect(await offered(natural)).toEqual(["checkIn"]);
    const done = await act(whistled, `${urbanStep}/complete`, urban, { outcome: "已拆除违建" });
    expect(done.status).toBe(200);
    expect(done.body.allowedActions).toEqual([]);
    const other = await act(whistled, `${naturalStep}/check-in`, natural);
    expect(other.body.status).toBe("checkedIn");
    expect(other.body.allowedActions).toEqual(["complete"]);
    const { timeline } = (await get(whistled, h.ours.adminToken)).body;
    const steps = timeline.filter((e: { type: string }) => e.type === "checkedIn" || e.type === "completed");
    expect(steps.map((e: { type: string; actor: { id: string } }) => [e.type, e.actor.id])).toEqual([
      ["checkedIn", urban.id],
      ["completed", urban.id],
      ["checkedIn", natural.id],
    ]);
  });

  it("region staff see and act within their subtree only", async () => {
    expectProblem(await get(whistled, town), 404, "not_found");
    expectProblem(await get(happy, town), 404, "not_found");
    expect(await listed(town)).toEqual([far]);
    const outside = await h.request("POST", base, { token: town.token, body: caseBody(w) });
    expectProblem(outside, 422, "unprocessable");
    expect(failingPaths(outside)).toEqual(["body.compoundId"]);
    const inside = await h.request("POST", base, {
      token: town.token,
      body: caseBody(w, { compoundId: w.far, description: "立仓小区路灯不亮。" }),
    });
    expect(inside.status).toBe(201);
    expect(inside.body.reporter).toEqual({ name: "张三", phone: PHONE, phoneMasked: false });
    expect((await act(far, "contact", town)).status).toBe(200);
    expectProblem(await act(happy, "contact", town), 404, "not_found");
    expect(await listed(street)).toEqual([happy, whistled].sort());
    expectProblem(await get(far, street), 404, "not_found");
    // A region outside one's subtree lists nothing of it.
    const elsewhere = await h.request("GET", `${base}?regionId=${w.street.id}`, { token: town.token });
    expect(elsewhere.body.items).toEqual([]);
  });

  it("company staff and committee members read their compounds' cases and take no action", async () => {
    for (const reader of [company, committee]) {
      expect(await listed(reader)).toEqual([whistled]);
      expect((await get(whistled, reader)).status).toBe(200);
      expect((await get(whistled, reader)).body.allowedActions).toEqual([]);
      expectProblem(await get(happy, reader), 404, "not_found");
      for (const action of ["contact", "resolve", "whistle", "close", "reopen"]) {
        expectProblem(await act(whistled, action, reader), 403, "forbidden");
      }
      expectProblem(
        await act(whistled, `departments/${dep("urbanManagement")}/check-in`, reader),
        403,
        "forbidden",
      );
      expectProblem(await act(whistled, "cancel", reader, { reason: "invalid" }), 403, "forbidden");
      expectProblem(
        await h.request("POST", base, { token: reader.token, body: caseBody(w) }),
        403,
        "forbidden",
      );
    }
  });

  it("masks the reporter's phone except for those who handle the case", async () => {
    const phoneFor = async (user: User | string) => {
      const one = (await get(whistled, user)).body;
      const inList = (await h.request("GET", `${base}?limit=200`, { token: as(user) })).body.items.find(
        (c: { id: string }) => c.id === whistled,
      );
      // The list and the case agree.
      expect(inList.reporter).toEqual(one.reporter);
      if (one.reporter.phoneMasked) expect(JSON.stringify(one)).not.toContain(PHONE);
      return one.reporter;
    };
    const masked = { name: "张三", phone: MASKED, phoneMasked: true };
    const clear = { name: "张三", phone: PHONE, phoneMasked: false };
    // Those who supervise or are served see it masked.
    expect(await phoneFor(h.ours.adminToken)).toEqual(masked);
    expect(await phoneFor(company)).toEqual(masked);
    expect(await phoneFor(committee)).toEqual(masked);
    // Those who handle it see it: the subtree's region staff, the whistled department, the guarantor.
    expect(await phoneFor(street)).toEqual(clear);
    expect(await phoneFor(urban)).toEqual(clear);
    expect(await phoneFor(guarantor)).toEqual(clear);
    expect((await get(whistled, h.ours.adminToken)).body.guarantor).toEqual({
      userId: guarantor.id,
      name: null,
    });

    // An officer of a department not whistled never gets the case over HTTP (404 above); a view
    // built for that reach masks the phone all the same.
    const ctx: TenantServiceContext = {
      deps: h.deps,
      requestId: "test",
      principal: {
        kind: "user",
        tenantId: h.ours.id,
        userId: police.id,
        username: "police",
        displayName: "police",
        roles: ["departmentOfficer"],
        scope: { departmentId: dep("police") },
        sessionId: "none",
        via: "bearer",
      },
      tenant: h.ours,
    };
    const [policeView, urbanView] = await withTenant(h.deps.db.db, h.ours.id, async (tx) => {
      const rows = await tx
        .select()
        .from(cases)
        .where(and(eq(cases.tenantId, h.ours.id), eq(cases.id, whistled)));
      const mechanism = (await currentMechanism(tx, ctx)).document;
      return [
        ...(await caseViews(tx, ctx, { kind: "department", departmentId: dep("police") }, rows, mechanism)),
        ...(await caseViews(
          tx,
          ctx,
          { kind: "department", departmentId: dep("urbanManagement") },
          rows,
          mechanism,
        )),
      ];
    });
    expect(policeView?.reporter).toEqual(masked);
    expect(urbanView?.reporter).toEqual(clear);
  });

  it("another tenant's cases answer 404, whoever asks and however", async () => {
    expectProblem(await get(theirs, h.ours.adminToken), 404, "not_found");
    expectProblem(await act(theirs, "contact", h.ours.adminToken), 404, "not_found");
    expect(await listed(h.ours.adminToken)).not.toContain(theirs);
    // Our case through their tenant, with their admin.
    const viaTheirs = await h.request("GET", `/v1/tenants/other/cases/${whistled}`, {
      token: h.other.adminToken,
    });
    expectProblem(viaTheirs, 404, "not_found");
    // Our token on their tenant's path.
    expectProblem(
      await h.request("GET", `/v1/tenants/other/cases/${theirs}`, { token: h.ours.adminToken }),
      404,
      "not_found",
    );
    const their = await h.request("GET", `/v1/tenants/other/cases/${theirs}`, { token: h.other.adminToken });
    expect(their.status).toBe(200);
  });

  it("row-level security hides the other tenant's cases even from SQL by id", async () => {
    const db = h.deps.db.db;
    const fromOurs = await withTenant(db, h.ours.id, async (tx) => ({
      cases: await tx.select().from(cases).where(eq(cases.id, theirs)),
      raw: rowsOf(await tx.execute(sql`select id from cases where id = ${theirs}`)),
      events: await tx.select().from(caseEvents).where(eq(caseEvents.caseId, theirs)),
      touched: await tx.update(cases).set({ status: "closed" }).where(eq(cases.id, theirs)).returning(),
      all: rowsOf<{ tenant_id: string }>(await tx.execute(sql`select distinct tenant_id from cases`)),
    }));
    expect(fromOurs.cases).toEqual([]);
    expect(fromOurs.raw).toEqual([]);
    expect(fromOurs.events).toEqual([]);
    expect(fromOurs.touched).toEqual([]);
    expect(fromOurs.all.map((r) => r.tenant_id)).toEqual([h.ours.id]);
    // The same queries in their tenant find it, untouched.
    const fromTheirs = await withTenant(db, h.other.id, (tx) =>
      tx.select().from(cases).where(eq(cases.id, theirs)),
    );
    expect(fromTheirs.map((c) => c.status)).toEqual(["received"]);
    // Nor can one tenant write a department step onto another's case.
    const error = await rejection(
      withTenant(db, h.ours.id, (tx) =>
        tx.insert(caseDepartments).values({
          tenantId: h.other.id,
          id: newId("caseDepartment"),
          caseId: theirs,
          departmentId: theirDep("police"),
          round: 1,
          notifiedAt: new Date(),
          checkInDueAt: new Date(),
        }),
      ),
    );
    expect(pgErrorCode(error)).toBe("42501");
  });

  it("case events are append-only: no update or delete, not even by the owner", async () => {
    const db = h.deps.db.db;
    const update = await rejection(
      withTenant(db, h.ours.id, (tx) =>
        tx.update(caseEvents).set({ type: "rewritten" }).where(eq(caseEvents.caseId, whistled)),
      ),
    );
    expect(pgErrorCode(update)).toBe("42501");
    const remove = await rejection(
      withTenant(db, h.ours.id, (tx) => tx.delete(caseEvents).where(eq(caseEvents.caseId, whistled))),
    );
    expect(pgErrorCode(remove)).toBe("42501");
    // The trigger itself: in a tenant transaction that switched back to the owning role, which
    // has every grant, the change is still refused.
    for (const statement of [
      sql`update case_events set type = 'rewritten' where case_id = ${whistled}`,
      sql`delete from case_events where case_id = ${whistled}`,
    ]) {
      const error = await rejection(
        withTenant(db, h.ours.id, async (tx) => {
          await tx.execute(sql`reset role`);
          await tx.execute(statement);
        }),
      );
      expect(pgErrorCode(error)).toBe("42501");
      expect(messages(error)).toContain("case_events is append-only");
    }
    const { timeline } = (await get(whistled, h.ours.adminToken)).body;
    expect(timeline.map((e: { type: string }) => e.type)).not.toContain("rewritten");
    expect(timeline[0].type).toBe("received");
  });
});
