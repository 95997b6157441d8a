import { dateInZone } from "@propgov/core";
import { auditEvents, lifecycleEvents, lifecycleSignOffs, pgErrorCode, withTenant } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messages, rejection } from "./db-errors.js";
import { createHarness, expectProblem, failingPaths, type Harness, type Response_ } from "./harness.js";
import { anhuiRoster, seedDepartments } from "./mechanism-fixtures.js";
import { seedCompound, seedWorld, type World } from "./registry-fixtures.js";

/** Asserts the problem and returns the failing fields it names. */
const fieldsOf = (res: Response_, status: number, code: string) => {
  expectProblem(res, status, code);
  return failingPaths(res);
};

const ZH_COMMUNITY = "社区居委会";
const EN_COMMUNITY = "the community (residents' committee)";
const ZH_PARTY = "社区党组织";
const EN_PARTY = "the community party organisation";

describe.each(testDrivers())("lifecycle events on %s", (driver) => {
  let h: Harness;
  let w: World;
  /** The community party committee of 城南社区, and one of 立仓社区. */
  let partyOrg: string;
  let farPartyOrg: string;
  beforeAll(async () => {
    h = await createHarness(driver);
    w = await seedWorld(h);
    await seedDepartments(h, h.ours, anhuiRoster);
    const org = async (regionId: string, name: string) => {
      const res = await h.request("POST", "/v1/tenants/ours/party-orgs", {
        token: h.ours.adminToken,
        body: { kind: "communityCommittee", name, regionId, memberCount: 30 },
      });
      if (res.status !== 201) throw new Error(`party org: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.id as string;
    };
    partyOrg = await org(w.community.id, "城南社区党委");
    farPartyOrg = await org(w.farCommunity.id, "立仓社区党总支");
  });
  afterAll(() => h?.destroy());

  const path = "/v1/tenants/ours/lifecycle-events";
  const body = (overrides: Record<string, unknown> = {}) => ({
    compoundId: w.sunshine,
    kind: "companySelection",
    title: "阳光花园物业服务企业选聘",
    startedOn: "2026-11-20",
    ...overrides,
  });
  const create = async (overrides: Record<string, unknown> = {}, token = h.ours.adminToken) => {
    const res = await h.request("POST", path, { token, body: body(overrides) });
    if (res.status !== 201) throw new Error(`create: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const signOff = (id: string, b: Record<string, unknown>, token = h.ours.adminToken) =>
    h.request("POST", `${path}/${id}/sign-offs`, { token, body: b });
  const complete = (id: string, token = h.ours.adminToken) =>
    h.request("POST", `${path}/${id}/complete`, { token });
  const pairs = (missing: { step: string; participant: string }[]) =>
    missing.map((m) => `${m.step}:${m.participant}`);

  it("starts an event with the steps of the policy config, each signed by the community and its party organisation", async () => {
    const created = await h.request("POST", path, { token: h.ours.adminToken, body: body() });
    expect(created.status).toBe(201);
    const e = created.body;
    expect(e).toMatchObject({
      compoundId: w.sunshine,
      compoundName: "阳光花园",
      communityId: w.community.id,
      kind: "companySelection",
      kindLabel: { zh: "物业服务企业选聘(招投标)", en: "Selecting a company (tender)" },
      title: "阳光花园物业服务企业选聘",
      startedOn: "2026-11-20",
      status: "open",
      statusLabel: { zh: "进行中", en: "Open" },
      required: true,
      allowedActions: ["signOff", "complete", "cancel"],
      completedAt: null,
      cancelledAt: null,
      cancelReason: null,
      createdBy: h.ours.adminId,
    });
    expect(e.id).toMatch(/^lce_/);
    expect(e.steps.map((s: { code: string; name: { zh: string } }) => [s.code, s.name.zh])).toEqual([
      ["announcement", "选聘公告"],
      ["evaluation", "评标"],
      ["result", "结果公示"],
    ]);
    expect(e.steps[0]).toEqual({
      code: "announcement",
      name: { zh: "选聘公告", en: "Announcement" },
      participants: [
        { participant: "community", label: { zh: ZH_COMMUNITY, en: EN_COMMUNITY } },
        { participant: "communityPartyOrg", label: { zh: ZH_PARTY, en: EN_PARTY } },
      ],
      signOffs: [],
      missing: ["community", "communityPartyOrg"],
    });
    expect(pairs(e.missing)).toEqual([
      "announcement:community",
      "announcement:communityPartyOrg",
      "evaluation:community",
      "evaluation:communityPartyOrg",
      "result:community",
      "result:communityPartyOrg",
    ]);
    const election = await create({ kind: "committeeElection", title: "阳光花园业委会换届" });
    expect(election.steps.map((s: { code: string }) => s.code)).toEqual(["nomination", "election", "filing"]);
    expect(election.steps[2].missing).toEqual(["townshipStreet", "community", "communityPartyOrg"]);
    const audit = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx.select().from(auditEvents).where(eq(auditEvents.targetId, e.id)),
    );
    expect(audit.map((a) => a.action)).toEqual(["lifecycleEvent.create"]);
    expect(audit[0]?.after).toMatchObject({ kind: "companySelection", compoundId: w.sunshine });
  });

  it("refuses bad input with the field named", async () => {
    const bad = await h.request("POST", path, {
      token: h.ours.adminToken,
      body: { compoundId: "cpd_1", kind: "demolition", title: " ", startedOn: "2026-02-30", extra: 1 },
    });
    expectProblem(bad, 422, "unprocessable");
    expect(failingPaths(bad).sort()).toEqual(
      ["body", "body.compoundId", "body.kind", "body.startedOn", "body.title"].sort(),
    );
    const archived = await h.request("POST", path, {
      token: h.ours.adminToken,
      body: body({ compoundId: w.archived }),
    });
    expect(fieldsOf(archived, 422, "unprocessable")).toEqual(["body.compoundId"]);
    const badId = await h.request("GET", `${path}/lce_nope`, { token: h.ours.adminToken });
    expect(fieldsOf(badId, 400, "bad_request")).toEqual(["param.id"]);
    const badQuery = await h.request("GET", `${path}?status=done&kind=x`, { token: h.ours.adminToken });
    expect(fieldsOf(badQuery, 400, "bad_request").sort()).toEqual(["query.kind", "query.status"]);
  });

  it("validates sign-offs: unknown step, participant not asked, signing unit, duplicate (409); records actor and time", async () => {
    const e = await create();
    const unknown = await signOff(e.id, { step: "handover", participant: "community" });
    expect(expectProblem(unknown, 422, "unprocessable").errors).toEqual([
      {
        path: "body.step",
        message: "Not a step of this event. Its steps: announcement, evaluation, result.",
      },
    ]);
    const notAsked = await signOff(e.id, { step: "announcement", participant: "townshipStreet" });
    expect(expectProblem(notAsked, 422, "unprocessable").errors).toEqual([
      {
        path: "body.participant",
        message: "Not asked to sign off step 'announcement'. Who signs it: community, communityPartyOrg.",
      },
    ]);
    const notAKind = await signOff(e.id, { step: "announcement", participant: "mayor" });
    expect(fieldsOf(notAKind, 422, "unprocessable")).toEqual(["body.participant"]);
    const wrongPrefix = await signOff(e.id, {
      step: "announcement",
      participant: "communityPartyOrg",
      unitId: w.community.id,
    });
    expect(fieldsOf(wrongPrefix, 422, "unprocessable")).toEqual(["body.unitId"]);
    // 立仓社区's party organisation does not sign for a compound of 城南社区.
    const elsewhere = await signOff(e.id, {
      step: "announcement",
      participant: "communityPartyOrg",
      unitId: farPartyOrg,
    });
    expect(fieldsOf(elsewhere, 422, "unprocessable")).toEqual(["body.unitId"]);

    const before = Date.now();
    const signed = await signOff(e.id, {
      step: "announcement",
      participant: "communityPartyOrg",
      unitId: partyOrg,
      note: "已审核选聘公告。",
    });
    expect(signed.status).toBe(201);
    const step = signed.body.steps[0];
    expect(step.missing).toEqual(["community"]);
    expect(step.signOffs).toHaveLength(1);
    expect(step.signOffs[0]).toMatchObject({
      step: "announcement",
      participant: "communityPartyOrg",
      participantLabel: { zh: ZH_PARTY, en: EN_PARTY },
      unitId: partyOrg,
      note: "已审核选聘公告。",
      actor: { type: "user", id: h.ours.adminId, name: "蒙城县管理员" },
    });
    expect(step.signOffs[0].id).toMatch(/^sgn_/);
    expect(Date.parse(step.signOffs[0].at)).toBeGreaterThanOrEqual(before - 1000);
    // A community signs as the compound's community when it names no unit.
    const community = await signOff(e.id, { step: "announcement", participant: "community" });
    expect(community.body.steps[0].signOffs[1]).toMatchObject({
      participant: "community",
      unitId: w.community.id,
    });
    expect(community.body.steps[0].missing).toEqual([]);

    const twice = await signOff(e.id, { step: "announcement", participant: "communityPartyOrg" });
    expect(expectProblem(twice, 409, "conflict")).toMatchObject({
      step: "announcement",
      participant: "communityPartyOrg",
    });
    expect(twice.body.detail).toContain("选聘公告：社区党组织");
    const audit = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx.select().from(auditEvents).where(eq(auditEvents.targetId, e.id)).orderBy(auditEvents.id),
    );
    expect(audit.map((a) => a.action)).toEqual([
      "lifecycleEvent.create",
      "lifecycleEvent.signOff",
      "lifecycleEvent.signOff",
    ]);
  });

  it("refuses to complete while sign-offs are missing, naming exactly those; completes once all are in", async () => {
    const e = await create();
    await signOff(e.id, { step: "announcement", participant: "community" });
    await signOff(e.id, { step: "evaluation", participant: "communityPartyOrg", unitId: partyOrg });
    const refused = await complete(e.id);
    const problem = expectProblem(refused, 409, "conflict");
    expect(refused.body.missing).toEqual([
      {
        step: "announcement",
        participant: "communityPartyOrg",
        label: { zh: `选聘公告：${ZH_PARTY}`, en: `Announcement: ${EN_PARTY}` },
      },
      {
        step: "evaluation",
        participant: "community",
        label: { zh: `评标：${ZH_COMMUNITY}`, en: `Evaluation of bids: ${EN_COMMUNITY}` },
      },
      {
        step: "result",
        participant: "community",
        label: { zh: `结果公示：${ZH_COMMUNITY}`, en: `Publication of the result: ${EN_COMMUNITY}` },
      },
      {
        step: "result",
        participant: "communityPartyOrg",
        label: { zh: `结果公示：${ZH_PARTY}`, en: `Publication of the result: ${EN_PARTY}` },
      },
    ]);
    expect(refused.body.reason).toBe("lifecycle_sign_offs_missing");
    expect(refused.body.explanation.zh).toBe(
      `全过程参与制度：尚缺以下签字确认，不能办结：选聘公告：${ZH_PARTY}；评标：${ZH_COMMUNITY}；结果公示：${ZH_COMMUNITY}；结果公示：${ZH_PARTY}。`,
    );
    expect(refused.body.explanation.en).toMatch(/^Whole-process participation: the event cannot complete/);
    expect(problem.detail).toContain("不能办结");
    expect(problem.detail).toContain("cannot complete");
    expect(refused.body.policy).toBe("wholeProcessParticipation");
    expect((await h.request("GET", `${path}/${e.id}`, { token: h.ours.adminToken })).body.status).toBe(
      "open",
    );

    for (const [step, participant] of [
      ["announcement", "communityPartyOrg"],
      ["evaluation", "community"],
      ["result", "community"],
      ["result", "communityPartyOrg"],
    ]) {
      expect((await signOff(e.id, { step, participant })).status).toBe(201);
    }
    const done = await complete(e.id);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: "completed", missing: [], allowedActions: [] });
    expect(Date.parse(done.body.completedAt)).not.toBeNaN();
    // Nothing moves after completion.
    expectProblem(await complete(e.id), 409, "conflict");
    const late = await signOff(e.id, { step: "result", participant: "community" });
    expect(expectProblem(late, 409, "conflict")).toMatchObject({ currentStatus: "completed" });
    const cancel = await h.request("POST", `${path}/${e.id}/cancel`, {
      token: h.ours.adminToken,
      body: { reason: "重来" },
    });
    expect(expectProblem(cancel, 409, "conflict")).toMatchObject({ currentStatus: "completed" });
    const audit = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx.select().from(auditEvents).where(eq(auditEvents.targetId, e.id)).orderBy(auditEvents.id),
    );
    expect(audit.at(-1)).toMatchObject({
      action: "lifecycleEvent.complete",
      after: { status: "completed", required: true, missing: [] },
    });
  });

  it("cancels an open event with a reason, which it shows; a cancelled event accepts nothing", async () => {
    const e = await create({ kind: "majorRepair", title: "阳光花园电梯大修" });
    const noReason = await h.request("POST", `${path}/${e.id}/cancel`, {
      token: h.ours.adminToken,
      body: {},
    });
    expect(fieldsOf(noReason, 422, "unprocessable")).toEqual(["body.reason"]);
    const cancelled = await h.request("POST", `${path}/${e.id}/cancel`, {
      token: h.ours.adminToken,
      body: { reason: "业主大会决定暂缓大修。" },
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({
      status: "cancelled",
      statusLabel: { zh: "已取消", en: "Cancelled" },
      cancelReason: "业主大会决定暂缓大修。",
      completedAt: null,
      allowedActions: [],
    });
    expect(cancelled.body.cancelledAt).toBe(cancelled.body.updatedAt);
    const again = await h.request("GET", `${path}/${e.id}`, { token: h.ours.adminToken });
    expect(again.body.cancelReason).toBe("业主大会决定暂缓大修。");
    expect(again.body.cancelledAt).toBe(cancelled.body.cancelledAt);
    // When and why are columns of the event; the audit trail records the cancellation too.
    const [stored] = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx
        .select({ cancelledAt: lifecycleEvents.cancelledAt, cancelReason: lifecycleEvents.cancelReason })
        .from(lifecycleEvents)
        .where(and(eq(lifecycleEvents.tenantId, h.ours.id), eq(lifecycleEvents.id, e.id))),
    );
    expect({ cancelledAt: stored?.cancelledAt?.toISOString(), cancelReason: stored?.cancelReason }).toEqual({
      cancelledAt: cancelled.body.cancelledAt,
      cancelReason: "业主大会决定暂缓大修。",
    });
    const trail = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx
        .select({ after: auditEvents.after })
        .from(auditEvents)
        .where(
          and(
            eq(auditEvents.tenantId, h.ours.id),
            eq(auditEvents.targetId, e.id),
            eq(auditEvents.action, "lifecycleEvent.cancel"),
          ),
        ),
    );
    expect(trail.map((t) => t.after)).toEqual([
      { status: "cancelled", cancelReason: "业主大会决定暂缓大修。" },
    ]);
    expect(expectProblem(await complete(e.id), 409, "conflict")).toMatchObject({
      currentStatus: "cancelled",
    });
    expectProblem(await signOff(e.id, { step: "plan", participant: "community" }), 409, "conflict");
  });

  it("lists newest first with filters by compound, kind, status and region, page by page", async () => {
    const list = async (query: string) => {
      const res = await h.request("GET", `${path}?${query}`, { token: h.ours.adminToken });
      expect(res.status).toBe(200);
      return res.body as { items: { id: string; kind: string; status: string }[]; nextCursor: string | null };
    };
    const far = await create({ compoundId: w.far, kind: "handover", title: "立仓小区物业退出交接" });
    const happy = await create({ compoundId: w.happy, kind: "contractRenewal", title: "幸福里合同续签" });
    const all = await list("limit=200");
    const ids = all.items.map((i) => i.id);
    expect(ids.slice(0, 2)).toEqual([happy.id, far.id]);
    expect([...ids].sort().reverse()).toEqual(ids);
    expect((await list(`compoundId=${w.happy}`)).items.map((i) => i.id)).toEqual([happy.id]);
    expect((await list("kind=handover")).items.map((i) => i.id)).toEqual([far.id]);
    expect((await list(`regionId=${w.township.id}`)).items.map((i) => i.id)).toEqual([far.id]);
    expect((await list(`regionId=${w.street.id}`)).items.map((i) => i.id)).not.toContain(far.id);
    expect((await list("status=cancelled")).items.every((i) => i.status === "cancelled")).toBe(true);
    expect((await list("status=completed")).items.length).toBeGreaterThan(0);
    const first = await list("limit=2");
    expect(first.items.map((i) => i.id)).toEqual(ids.slice(0, 2));
    const second = await list(`limit=2&cursor=${first.nextCursor}`);
    expect(second.items.map((i) => i.id)).toEqual(ids.slice(2, 4));
  });

  it("access: region staff within their subtree only, community staff not for the street, roles, other tenant", async () => {
    const townshipStaff = await h.userWith(h.ours, ["regionStaff"], { regionId: w.township.id });
    const streetStaff = await h.userWith(h.ours, ["regionStaff"], { regionId: w.street.id });
    const communityStaff = await h.userWith(h.ours, ["regionStaff"], { regionId: w.community.id });
    const e = await create({ kind: "committeeElection", title: "阳光花园业委会换届" });

    // Another township: the event does not exist for them, nor may they start one there.
    expectProblem(
      await h.request("GET", `${path}/${e.id}`, { token: townshipStaff.token }),
      404,
      "not_found",
    );
    expectProblem(
      await signOff(e.id, { step: "nomination", participant: "community" }, townshipStaff.token),
      404,
      "not_found",
    );
    expectProblem(await complete(e.id, townshipStaff.token), 404, "not_found");
    const outside = await h.request("POST", path, { token: townshipStaff.token, body: body() });
    expect(fieldsOf(outside, 422, "unprocessable")).toEqual(["body.compoundId"]);
    const theirs = await h.request("GET", path, { token: townshipStaff.token });
    expect(theirs.body.items.map((i: { compoundId: string }) => i.compoundId)).not.toContain(w.sunshine);
    expect((await create({ compoundId: w.far, title: "立仓小区选聘" }, townshipStaff.token)).status).toBe(
      "open",
    );

    // The street signs for itself; a community's staff do not sign for the street.
    const asCommunity = await signOff(
      e.id,
      { step: "nomination", participant: "townshipStreet" },
      communityStaff.token,
    );
    expectProblem(asCommunity, 403, "forbidden");
    const asStreet = await signOff(
      e.id,
      { step: "nomination", participant: "townshipStreet", unitId: w.street.id },
      streetStaff.token,
    );
    expect(asStreet.status).toBe(201);
    expect(asStreet.body.steps[0].signOffs[0]).toMatchObject({
      unitId: w.street.id,
      actor: { id: streetStaff.id },
    });
    // The township is not the street above this compound.
    const wrongTownship = await signOff(e.id, {
      step: "election",
      participant: "townshipStreet",
      unitId: w.township.id,
    });
    expect(fieldsOf(wrongTownship, 422, "unprocessable")).toEqual(["body.unitId"]);
    expect(
      (await signOff(e.id, { step: "nomination", participant: "community" }, communityStaff.token)).status,
    ).toBe(201);

    // Read-only roles read what their compounds have; they do not write.
    const member = await h.userWith(h.ours, ["committeeMember"], { compoundId: w.happy });
    const seen = await h.request("GET", path, { token: member.token });
    expect(seen.body.items.every((i: { compoundId: string }) => i.compoundId === w.happy)).toBe(true);
    expect(seen.body.items.length).toBeGreaterThan(0);
    expectProblem(await h.request("GET", `${path}/${e.id}`, { token: member.token }), 404, "not_found");
    expectProblem(await h.request("POST", path, { token: member.token, body: body() }), 403, "forbidden");
    expectProblem(await complete(e.id, member.token), 403, "forbidden");

    expectProblem(await h.request("GET", path), 401, "unauthenticated");
    // Another tenant: 404, whatever its role.
    expectProblem(
      await h.request("GET", `/v1/tenants/other/lifecycle-events/${e.id}`, { token: h.other.adminToken }),
      404,
      "not_found",
    );
    expectProblem(
      await h.request("POST", `/v1/tenants/other/lifecycle-events/${e.id}/complete`, {
        token: h.other.adminToken,
      }),
      404,
      "not_found",
    );
    const otherList = await h.request("GET", "/v1/tenants/other/lifecycle-events", {
      token: h.other.adminToken,
    });
    expect(otherList.body.items).toEqual([]);
    const otherCreate = await h.request("POST", "/v1/tenants/other/lifecycle-events", {
      token: h.other.adminToken,
      body: body(),
    });
    expect(fieldsOf(otherCreate, 422, "unprocessable")).toEqual(["body.compoundId"]);
  });

  it("sign-offs are append-only: no update or delete, not even by the owner", async () => {
    const e = await create();
    await signOff(e.id, { step: "announcement", participant: "community" });
    const db = h.deps.db.db;
    const update = await rejection(
      withTenant(db, h.ours.id, (tx) =>
        tx
          .update(lifecycleSignOffs)
          .set({ participant: "company" })
          .where(eq(lifecycleSignOffs.eventId, e.id)),
      ),
    );
    expect(pgErrorCode(update)).toBe("42501");
    const remove = await rejection(
      withTenant(db, h.ours.id, (tx) =>
        tx.delete(lifecycleSignOffs).where(eq(lifecycleSignOffs.eventId, e.id)),
      ),
    );
    expect(pgErrorCode(remove)).toBe("42501");
    // The trigger itself: back in the owning role, which has every grant, the change is refused.
    for (const statement of [
      sql`update lifecycle_sign_offs set participant = 'company' where event_id = ${e.id}`,
      sql`delete from lifecycle_sign_offs where event_id = ${e.id}`,
    ]) {
      const error = await rejection(
        withTenant(db, h.ours.id, async (tx) => {
          await tx.execute(sql`reset role`);
          await tx.execute(statement);
        }),
      );
      expect(pgErrorCode(error)).toBe("42501");
      expect(messages(error)).toContain("lifecycle_sign_offs is append-only");
    }
    const again = await h.request("GET", `${path}/${e.id}`, { token: h.ours.adminToken });
    expect(again.body.steps[0].signOffs.map((s: { participant: string }) => s.participant)).toEqual([
      "community",
    ]);
  });

  it("a kind that is not required completes without sign-offs, and the evaluation reports it; stalled events too", async () => {
    const today = dateInZone(new Date(), "Asia/Shanghai");
    const period = today.slice(0, 7);
    const daysAgo = (n: number) =>
      new Date(Date.parse(`${today}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
    const compound = await seedCompound(h, h.ours, w.community, "和平小区");
    const before = await create({
      compoundId: compound,
      kind: "handover",
      title: "和平小区物业退出交接",
      startedOn: daysAgo(1),
    });

    const mechanism = await h.request("GET", "/v1/tenants/ours/mechanism", { token: h.ours.adminToken });
    const doc = mechanism.body.document;
    doc.policies.wholeProcessParticipation = {
      enabled: true,
      config: {
        steps: {
          handover: {
            required: false,
            steps: [
              {
                code: "exitNotice",
                name: { zh: "退出告知", en: "Notice of exit" },
                participants: ["communityPartyOrg"],
              },
              { code: "transfer", name: { zh: "移交", en: "Transfer" }, participants: ["community"] },
            ],
          },
        },
        staleAfterDays: 30,
      },
    };
    const put = await h.request("PUT", "/v1/tenants/ours/mechanism", { token: h.ours.adminToken, body: doc });
    expect(put.status).toBe(200);

    // An event keeps the steps it started with; a new one takes the new config.
    const kept = await h.request("GET", `${path}/${before.id}`, { token: h.ours.adminToken });
    expect(kept.body.steps.map((s: { code: string }) => s.code)).toEqual([
      "exitNotice",
      "inspection",
      "transfer",
    ]);
    expect(kept.body.required).toBe(false);
    const e = await create({
      compoundId: compound,
      kind: "handover",
      title: "和平小区物业交接",
      startedOn: daysAgo(1),
    });
    expect(e.steps.map((s: { code: string }) => s.code)).toEqual(["exitNotice", "transfer"]);
    await signOff(e.id, { step: "transfer", participant: "community" });
    const done = await complete(e.id);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: "completed", required: false });
    expect(pairs(done.body.missing)).toEqual(["exitNotice:communityPartyOrg"]);
    // Required kinds still refuse.
    const selection = await create({ compoundId: compound, title: "和平小区选聘", startedOn: daysAgo(31) });
    expectProblem(await complete(selection.id), 409, "conflict");
    // Open since 10 days: not stalled.
    await create({
      compoundId: compound,
      kind: "majorRepair",
      title: "和平小区外墙维修",
      startedOn: daysAgo(10),
    });

    // Started 100 days ago, completed today without its sign-offs: as the previous month ended
    // it was still open (and stalled); this month it went ahead without them.
    const another = await seedCompound(h, h.ours, w.community, "安康小区");
    const old = await create({
      compoundId: another,
      kind: "handover",
      title: "安康小区物业交接",
      startedOn: daysAgo(100),
    });
    expect((await complete(old.id)).status).toBe(200);

    const findingsOf = async (label: string, compoundId: string) => {
      const run = await h.request("POST", "/v1/tenants/ours/evaluations", {
        token: h.ours.adminToken,
        body: { period: label },
      });
      expect(run.status).toBe(201);
      const found = await h.request(
        "GET",
        `/v1/tenants/ours/findings?period=${label}&policy=wholeProcessParticipation&limit=200`,
        { token: h.ours.adminToken },
      );
      expect(found.status).toBe(200);
      return (found.body.items as { subject: { id: string } }[]).filter((f) => f.subject.id === compoundId);
    };
    const [year, month] = period.split("-").map(Number) as [number, number];
    const previous = new Date(Date.UTC(year, month - 2, 1)).toISOString().slice(0, 7);
    const previousEnd = new Date(Date.UTC(year, month - 1, 0)).toISOString().slice(0, 10);
    expect(await findingsOf(previous, another)).toEqual([
      expect.objectContaining({
        rule: "stalled",
        evidence: expect.objectContaining({
          eventId: old.id,
          daysOpen: (Date.parse(previousEnd) - Date.parse(daysAgo(100))) / 86_400_000,
        }),
      }),
    ]);
    // Nothing of 和平小区 was over by then: its events started later or were open only briefly.
    expect(await findingsOf(previous, compound)).toEqual([]);
    expect(await findingsOf(period, another)).toEqual([
      expect.objectContaining({
        rule: "wentAheadWithoutSignOff",
        evidence: expect.objectContaining({
          eventId: old.id,
          missing: [
            { step: "exitNotice", participant: "communityPartyOrg" },
            { step: "transfer", participant: "community" },
          ],
        }),
      }),
    ]);
    const mine = await findingsOf(period, compound);
    expect(mine).toEqual([
      expect.objectContaining({
        policy: "wholeProcessParticipation",
        rule: "wentAheadWithoutSignOff",
        severity: "major",
        subject: { type: "compound", id: compound, name: "和平小区" },
        regionId: w.community.id,
        message: {
          zh: `小区“和平小区”的物业退出交接“和平小区物业交接”未经全过程参与即办结，缺少签字确认：退出告知：${ZH_PARTY}。`,
          en: `Handover between companies "和平小区物业交接" at compound "和平小区" was completed without these sign-offs: Notice of exit: ${EN_PARTY}.`,
        },
        evidence: {
          eventId: e.id,
          kind: "handover",
          startedOn: daysAgo(1),
          completedAt: done.body.completedAt,
          missing: [{ step: "exitNotice", participant: "communityPartyOrg" }],
        },
      }),
      expect.objectContaining({
        rule: "stalled",
        severity: "info",
        subject: { type: "compound", id: compound, name: "和平小区" },
        evidence: {
          eventId: selection.id,
          kind: "companySelection",
          startedOn: daysAgo(31),
          daysOpen: 31,
          staleAfterDays: 30,
          missing: selection.missing.map(({ step, participant }: { step: string; participant: string }) => ({
            step,
            participant,
          })),
        },
      }),
    ]);
  });
});
