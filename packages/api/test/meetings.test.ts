import { dateInZone, newId } from "@propgov/core";
import { auditEvents, contracts, meetingResolutions, tasks, venues, withTenant } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CaseWorld, caseBody, fileCaseVia, seedCaseWorld } from "./case-fixtures.js";
import { createHarness, expectProblem, failingPaths, type Harness, type Response_ } from "./harness.js";
import { anhuiRoster, tenantWithPreset } from "./mechanism-fixtures.js";
import { createCompanyVia, yearsFromNow } from "./registry-fixtures.js";

interface MeetingJson {
  id: string;
  status: string;
  allowedActions: string[];
  participants: { unitType: string; unitId: string; name: string; attended: boolean }[];
  resolutions: {
    id: string;
    matter: string;
    taskId: string | null;
    doneAt: string | null;
    overdue: boolean;
    ownerUnit: { unitType: string; unitId: string; name: string };
  }[];
  [key: string]: unknown;
}

const DAY = 86_400_000;
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

describe.each(testDrivers())("meetings (联席会商 / 重大事项) on %s", (driver) => {
  let h: Harness;
  let w: CaseWorld;
  let company: string;
  let otherCompany: string;
  let committee: string;
  let communityOrg: string;
  let farCommunityOrg: string;
  let branch: string;
  let companyBranch: string;
  let venue: string;
  const tokens: Record<string, string> = {};

  const base = "/v1/tenants/ours";
  const today = () => dateInZone(h.deps.now(), h.ours.timezone);

  beforeAll(async () => {
    h = await createHarness(driver, { startAt: "2026-05-20T02:00:00.000Z" });
    w = await seedCaseWorld(h);
    company = await createCompanyVia(h, 1);
    otherCompany = await createCompanyVia(h, 2);
    venue = newId("venue");
    await withTenant(h.deps.db.db, h.ours.id, async (tx) => {
      await tx.insert(contracts).values({
        tenantId: h.ours.id,
        id: newId("contract"),
        companyId: company,
        compoundId: w.sunshine,
        startsOn: "2020-01-01",
        endsOn: "2099-12-31",
        feeStandard: "0.80",
        projectManagerName: "赵经理",
        projectManagerPhone: "13900001111",
      });
      await tx.insert(venues).values({
        tenantId: h.ours.id,
        id: venue,
        level: "compound",
        compoundId: w.sunshine,
        name: "阳光花园红色议事厅",
        address: "漆园路88号",
        areaM2: 60,
        purpose: ["consultation", "mediation"],
      });
    });
    const post = async (path: string, body: Record<string, unknown>) => {
      const res = await h.request("POST", `${base}/${path}`, { token: h.ours.adminToken, body });
      if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.id as string;
    };
    committee = await post("committees", {
      compoundId: w.sunshine,
      formedOn: yearsFromNow(-1, "06-01"),
      termEndsOn: yearsFromNow(4, "05-31"),
      members: [{ name: "王建国", role: "chair", isPartyMember: true }],
    });
    communityOrg = await post("party-orgs", {
      kind: "communityCommittee",
      name: "城南社区党委",
      regionId: w.community.id,
      memberCount: 35,
    });
    farCommunityOrg = await post("party-orgs", {
      kind: "communityCommittee",
      regionId: w.farCommunity.id,
      memberCount: 12,
    });
    branch = await post("party-orgs", { kind: "compoundBranch", compoundId: w.sunshine, memberCount: 7 });
    companyBranch = await post("party-orgs", { kind: "companyBranch", companyId: company, memberCount: 4 });
    const users: [string, string[], Record<string, string>][] = [
      ["street", ["regionStaff"], { regionId: w.street.id }],
      ["township", ["regionStaff"], { regionId: w.township.id }],
      ["company", ["companyStaff"], { companyId: company }],
      ["otherCompany", ["companyStaff"], { companyId: otherCompany }],
      ["sunshine", ["committeeMember"], { compoundId: w.sunshine }],
      ["happy", ["committeeMember"], { compoundId: w.happy }],
      ["dep", ["departmentOfficer"], { departmentId: w.departmentIds.police as string }],
    ];
    for (const [name, roles, scope] of users) tokens[name] = (await h.userWith(h.ours, roles, scope)).token;
    tokens.admin = h.ours.adminToken;
  });
  afterAll(() => h?.destroy());

  const everyone = () => [
    { unitType: "partyOrg", unitId: communityOrg },
    { unitType: "partyOrg", unitId: branch },
    { unitType: "committee", unitId: committee },
    { unitType: "company", unitId: company },
  ];
  const planBody = (overrides: Record<string, unknown> = {}) => ({
    title: "阳光花园物业费调整联席会议",
    level: "compound",
    compoundId: w.sunshine,
    kind: "majorMatter",
    convenedBy: communityOrg,
    scheduledAt: "2026-11-20T09:30:00+08:00",
    venueId: venue,
    participants: everyone(),
    agenda: [{ topic: "物业费标准调整", matter: "fee" }],
    ...overrides,
  });
  const create = (body: Record<string, unknown>, token = tokens.admin) =>
    h.request("POST", `${base}/meetings`, { token, body });
  const plan = async (
    overrides: Record<string, unknown> = {},
    token = tokens.admin,
  ): Promise<MeetingJson> => {
    const res = await create(planBody(overrides), token);
    if (res.status !== 201) throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const act = (id: string, action: string, body?: unknown, token = tokens.admin) =>
    h.request("POST", `${base}/meetings/${id}/${action}`, { token, ...(body === undefined ? {} : { body }) });
  const attendance = (absent: string[] = []) =>
    everyone().map((p) => ({ ...p, attended: !absent.includes(p.unitId) }));
  /** A compound meeting at 阳光花园, held with everyone present except `absent`. */
  const heldMeeting = async (absent: string[] = [], overrides: Record<string, unknown> = {}) => {
    const m = await plan(overrides);
    const res = await act(m.id, "hold", { minutes: "会议纪要：……", participants: attendance(absent) });
    if (res.status !== 200) throw new Error(`hold failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as MeetingJson;
  };
  const resolution = (overrides: Record<string, unknown> = {}) => ({
    text: "物业费标准维持每月每平方米0.8元，公共收益按季度公示。",
    matter: "fee",
    ownerUnit: { unitType: "company", unitId: company },
    dueOn: addDays(today(), 30),
    ...overrides,
  });
  const adopt = (id: string, list: Record<string, unknown>[], token = tokens.admin) =>
    act(id, "resolutions", { resolutions: list }, token);
  const storedResolutions = (meetingId: string) =>
    withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx
        .select()
        .from(meetingResolutions)
        .where(and(eq(meetingResolutions.tenantId, h.ours.id), eq(meetingResolutions.meetingId, meetingId))),
    );

  describe("planning", () => {
    it("plans a meeting with its unit, convenor, venue, participants and agenda, named and audited", async () => {
      const res = await create(planBody({ attachments: ["https://files.example.cn/notice.pdf"] }));
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        title: "阳光花园物业费调整联席会议",
        level: "compound",
        kind: "majorMatter",
        regionId: null,
        compoundId: w.sunshine,
        unitName: "阳光花园",
        convenedBy: { id: communityOrg, name: "城南社区党委" },
        scheduledAt: "2026-11-20T01:30:00.000Z",
        venueId: venue,
        agenda: [
          { topic: "物业费标准调整", matter: "fee", matterLabel: { zh: "物业收费", en: "property fees" } },
        ],
        minutes: null,
        attachments: ["https://files.example.cn/notice.pdf"],
        status: "planned",
        allowedActions: ["update", "hold"],
        heldAt: null,
        closedAt: null,
        resolutions: [],
      });
      expect(res.body.id).toMatch(/^mtg_[0-9A-Z]{26}$/);
      expect(res.body.participants).toEqual([
        { unitType: "partyOrg", unitId: communityOrg, name: "城南社区党委", attended: false },
        // A party organisation without a name reads as its unit and kind.
        { unitType: "partyOrg", unitId: branch, name: "阳光花园小区(网格)党支部", attended: false },
        { unitType: "committee", unitId: committee, name: "阳光花园业主委员会", attended: false },
        { unitType: "company", unitId: company, name: "蒙城县第1物业服务有限公司", attended: false },
      ]);
      const got = await h.request("GET", `${base}/meetings/${res.body.id}`, { token: tokens.admin });
      expect(got.status).toBe(200);
      expect(got.body).toEqual(res.body);
      const audit = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
        tx
          .select()
          .from(auditEvents)
          .where(and(eq(auditEvents.tenantId, h.ours.id), eq(auditEvents.targetId, res.body.id))),
      );
      expect(audit.map((a) => a.action)).toEqual(["meeting.create"]);
    });

    it("refuses a level without its unit, or with the other one, naming the field", async () => {
      const mismatch = await create(planBody({ level: "community" }));
      expectProblem(mismatch, 422, "unprocessable");
      expect(failingPaths(mismatch).sort()).toEqual(["body.compoundId", "body.regionId"]);
      const both = await create(planBody({ regionId: w.community.id }));
      expect(failingPaths(both)).toEqual(["body.regionId"]);
      // A community meeting is held at a community, a township meeting at a township or street.
      const street = await create(
        planBody({ level: "community", compoundId: undefined, regionId: w.street.id }),
      );
      expectProblem(street, 422, "unprocessable");
      expect(failingPaths(street)).toEqual(["body.regionId"]);
      const townshipAtCommunity = await create(
        planBody({ level: "township", compoundId: undefined, regionId: w.community.id }),
      );
      expect(failingPaths(townshipAtCommunity)).toEqual(["body.regionId"]);
      expect(
        (await create(planBody({ level: "township", compoundId: undefined, regionId: w.street.id }))).status,
      ).toBe(201);
      // Unknown or archived compounds are 422 too.
      expect(failingPaths(await create(planBody({ compoundId: w.archived })))).toEqual(["body.compoundId"]);
      expect(failingPaths(await create(planBody({ compoundId: newId("compound") })))).toEqual([
        "body.compoundId",
      ]);
    });

    it("refuses unknown convenors, venues, participants and matters, and malformed input", async () => {
      expect(failingPaths(await create(planBody({ convenedBy: newId("partyOrg") })))).toEqual([
        "body.convenedBy",
      ]);
      expect(failingPaths(await create(planBody({ venueId: newId("venue") })))).toEqual(["body.venueId"]);
      const stranger = await create(
        planBody({ participants: [...everyone(), { unitType: "department", unitId: newId("department") }] }),
      );
      expectProblem(stranger, 422, "unprocessable");
      expect(failingPaths(stranger)).toEqual(["body.participants.4.unitId"]);
      expect(
        failingPaths(await create(planBody({ agenda: [{ topic: "停车位", matter: "parking" }] }))),
      ).toEqual(["body.agenda.0.matter"]);
      const malformed = await create(
        planBody({
          kind: "party",
          scheduledAt: "2026-11-20 09:30",
          participants: [{ unitType: "company", unitId: committee }],
          attachments: ["javascript:alert(1)"],
        }),
      );
      expectProblem(malformed, 422, "unprocessable");
      expect(failingPaths(malformed).sort()).toEqual([
        "body.attachments.0",
        "body.kind",
        "body.participants.0.unitId",
        "body.scheduledAt",
      ]);
    });

    it("a county's own major matter is a matter its meetings may name", async () => {
      const compact = await tenantWithPreset(h, "compact", "compact-2level");
      // The compact preset has no township level.
      const res = await h.request("POST", "/v1/tenants/compact/meetings", {
        token: compact.adminToken,
        body: planBody({
          level: "township",
          compoundId: undefined,
          regionId: newId("region"),
          participants: [],
        }),
      });
      expectProblem(res, 422, "unprocessable");
      expect(failingPaths(res)).toEqual(["body.level"]);
      // Ours: add a county code to partyLeadership's major matters.
      const mechanism = await h.request("GET", `${base}/mechanism`, { token: tokens.admin });
      const doc = mechanism.body.document;
      doc.policies.partyLeadership.config = { majorMatters: ["fee", "service", "fundUse", "parking"] };
      expect((await h.request("PUT", `${base}/mechanism`, { token: tokens.admin, body: doc })).status).toBe(
        200,
      );
      const parking = await create(planBody({ agenda: [{ topic: "停车位收费", matter: "parking" }] }));
      expect(parking.status).toBe(201);
      expect(parking.body.agenda[0].matterLabel).toEqual({ zh: "parking", en: "parking" });
      // … and a major matter the guard holds to the same rule.
      const m = await heldMeeting([committee]);
      const refused = await adopt(m.id, [resolution({ matter: "parking" })]);
      expectProblem(refused, 422, "unprocessable");
      expect(refused.body.policy).toBe("partyLeadership");
      doc.policies.partyLeadership.config = {};
      expect((await h.request("PUT", `${base}/mechanism`, { token: tokens.admin, body: doc })).status).toBe(
        200,
      );
    });

    it("changes a planned meeting, checked like a new one; moves it to another level with its unit", async () => {
      const m = await plan();
      const res = await h.request("PATCH", `${base}/meetings/${m.id}`, {
        token: tokens.admin,
        body: {
          scheduledAt: "2026-11-21T15:00:00+08:00",
          venueId: null,
          title: "阳光花园物业费联席会议（改期）",
        },
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        scheduledAt: "2026-11-21T07:00:00.000Z",
        venueId: null,
        title: "阳光花园物业费联席会议（改期）",
        compoundId: w.sunshine,
      });
      const moved = await h.request("PATCH", `${base}/meetings/${m.id}`, {
        token: tokens.admin,
        body: { level: "community", regionId: w.community.id },
      });
      expect(moved.status).toBe(200);
      expect(moved.body).toMatchObject({
        level: "community",
        regionId: w.community.id,
        compoundId: null,
        unitName: "城南社区",
      });
      const halfMove = await h.request("PATCH", `${base}/meetings/${m.id}`, {
        token: tokens.admin,
        body: { level: "compound" },
      });
      expectProblem(halfMove, 422, "unprocessable");
      expect(failingPaths(halfMove)).toEqual(["body.compoundId"]);
      const empty = await h.request("PATCH", `${base}/meetings/${m.id}`, { token: tokens.admin, body: {} });
      expectProblem(empty, 422, "unprocessable");
      const badParticipant = await h.request("PATCH", `${base}/meetings/${m.id}`, {
        token: tokens.admin,
        body: { participants: [{ unitType: "body", unitId: newId("body") }] },
      });
      expect(failingPaths(badParticipant)).toEqual(["body.participants.0.unitId"]);
    });
  });

  describe("planned → held → closed", () => {
    it("holds with minutes and attendance, closes, and refuses what each status does not accept", async () => {
      const m = await plan();
      const early = await adopt(m.id, [resolution()]);
      expectProblem(early, 409, "conflict");
      expect(early.body).toMatchObject({ currentStatus: "planned", allowedActions: ["update", "hold"] });
      expectProblem(await act(m.id, "close"), 409, "conflict");

      const future = new Date(h.deps.now().getTime() + 3_600_000).toISOString();
      const tooSoon = await act(m.id, "hold", {
        minutes: "纪要",
        participants: attendance(),
        heldAt: future,
      });
      expectProblem(tooSoon, 422, "unprocessable");
      expect(failingPaths(tooSoon)).toEqual(["body.heldAt"]);
      expect(failingPaths(await act(m.id, "hold", { participants: attendance() }))).toEqual(["body.minutes"]);

      const heldAt = new Date(h.deps.now().getTime() - 3_600_000).toISOString();
      const held = await act(m.id, "hold", {
        minutes: "会议由社区党委书记主持……",
        participants: [
          ...attendance([company]),
          { unitType: "department", unitId: w.departmentIds.housingCentre, attended: true },
        ],
        heldAt,
        attachments: ["https://files.example.cn/minutes.pdf"],
      });
      expect(held.status).toBe(200);
      expect(held.body).toMatchObject({
        status: "held",
        allowedActions: ["addResolutions", "completeResolution", "close"],
        minutes: "会议由社区党委书记主持……",
        heldAt,
        attachments: ["https://files.example.cn/minutes.pdf"],
      });
      expect(
        held.body.participants.map((p: MeetingJson["participants"][number]) => [p.name, p.attended]),
      ).toEqual([
        ["城南社区党委", true],
        ["阳光花园小区(网格)党支部", true],
        ["阳光花园业主委员会", true],
        ["蒙城县第1物业服务有限公司", false],
        [`部门${anhuiRoster.indexOf("housingCentre")}`, true],
      ]);

      const again = await act(m.id, "hold", { minutes: "纪要", participants: [] });
      expectProblem(again, 409, "conflict");
      expect(again.body).toMatchObject({
        currentStatus: "held",
        allowedActions: ["addResolutions", "completeResolution", "close"],
      });
      const update = await h.request("PATCH", `${base}/meetings/${m.id}`, {
        token: tokens.admin,
        body: { title: "x" },
      });
      expectProblem(update, 409, "conflict");

      const closed = await act(m.id, "close");
      expect(closed.status).toBe(200);
      expect(closed.body).toMatchObject({ status: "closed", allowedActions: ["completeResolution"] });
      expect(closed.body.closedAt).not.toBeNull();
      const late = await adopt(m.id, [resolution({ matter: "other" })]);
      expectProblem(late, 409, "conflict");
      expect(late.body).toMatchObject({ currentStatus: "closed", allowedActions: ["completeResolution"] });
      expectProblem(await act(m.id, "close"), 409, "conflict");

      const audit = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
        tx
          .select()
          .from(auditEvents)
          .where(and(eq(auditEvents.tenantId, h.ours.id), eq(auditEvents.targetId, m.id))),
      );
      expect(audit.map((a) => a.action).sort()).toEqual(["meeting.close", "meeting.create", "meeting.hold"]);
    });
  });

  describe("resolutions and the partyLeadership guard", () => {
    const expectRefusal = (res: Response_, zh: string, en: string, index = 0) => {
      const problem = expectProblem(res, 422, "unprocessable");
      expect(res.body.policy).toBe("partyLeadership");
      expect(res.body.reason).toBe("policy_guard");
      expect(res.body.explanation).toEqual({ zh, en });
      expect(res.body.resolution).toBe(index);
      expect(problem.detail).toBe(`${en} (${zh})`);
      expect(failingPaths(res)).toEqual([`body.resolutions.${index}.matter`]);
    };

    it("accepts a fee resolution when every required participant attended; it becomes a task", async () => {
      const m = await heldMeeting();
      const dueOn = addDays(today(), 30);
      const res = await adopt(m.id, [resolution({ dueOn })]);
      expect(res.status).toBe(201);
      expect(res.body.resolutions).toHaveLength(1);
      const [r] = res.body.resolutions as MeetingJson["resolutions"];
      expect(r).toMatchObject({
        matter: "fee",
        matterLabel: { zh: "物业收费", en: "property fees" },
        ownerUnit: { unitType: "company", unitId: company, name: "蒙城县第1物业服务有限公司" },
        dueOn,
        doneAt: null,
        overdue: false,
      });
      expect(r?.id).toMatch(/^mrs_/);
      const task = await h.request("GET", `${base}/tasks/${r?.taskId}`, { token: tokens.admin });
      expect(task.status).toBe(200);
      expect(task.body).toMatchObject({
        source: "meetingResolution",
        sourceId: r?.id,
        ownerUnit: { unitType: "company", unitId: company },
        dueOn,
        status: "open",
        regionId: w.community.id,
        title: "物业费标准维持每月每平方米0.8元，公共收益按季度公示。",
      });
      // The company sees its task.
      const mine = await h.request("GET", `${base}/tasks?source=meetingResolution`, {
        token: tokens.company,
      });
      expect(mine.body.items.map((t: { id: string }) => t.id)).toContain(r?.taskId);
      const audit = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
        tx
          .select()
          .from(auditEvents)
          .where(and(eq(auditEvents.tenantId, h.ours.id), eq(auditEvents.targetId, r?.id ?? ""))),
      );
      expect(audit.map((a) => a.action)).toEqual(["meeting.resolution.adopt"]);
      expect(audit[0]?.after).toMatchObject({
        policyEvent: {
          matter: "fee",
          participants: ["communityPartyOrg", "compoundBranch", "committee", "company"],
          convenedBy: "communityPartyOrg",
          compoundId: w.sunshine,
        },
      });
    });

    it("refuses a fee resolution when the committee, the company or the branch stayed away, in both languages", async () => {
      const noCommittee = await heldMeeting([committee]);
      expectRefusal(
        await adopt(noCommittee.id, [resolution()]),
        "重大事项（物业收费）须由党组织牵头协商决定：业主委员会未参加。",
        "A major matter (property fees) is decided only in a meeting the party organisation leads: absent: the owners' committee.",
      );
      expect(await storedResolutions(noCommittee.id)).toEqual([]);

      const noCompany = await heldMeeting([company]);
      expectRefusal(
        await adopt(noCompany.id, [resolution({ matter: "fundUse" })]),
        "重大事项（资金使用）须由党组织牵头协商决定：物业服务企业未参加。",
        "A major matter (use of funds) is decided only in a meeting the party organisation leads: absent: the property service company.",
      );

      const noBranch = await heldMeeting([branch, committee]);
      expectRefusal(
        await adopt(noBranch.id, [resolution({ matter: "service" })]),
        "重大事项（物业服务）须由党组织牵头协商决定：小区(网格)党支部、业主委员会未参加。",
        "A major matter (property services) is decided only in a meeting the party organisation leads: absent: the compound (grid) party branch, the owners' committee.",
      );
    });

    it("the company's party branch is not the company; a community party organisation elsewhere is not this one", async () => {
      const m = await plan({
        participants: [
          { unitType: "partyOrg", unitId: farCommunityOrg },
          { unitType: "partyOrg", unitId: branch },
          { unitType: "committee", unitId: committee },
          { unitType: "partyOrg", unitId: companyBranch },
        ],
      });
      const held = await act(m.id, "hold", {
        minutes: "纪要",
        participants: [
          { unitType: "partyOrg", unitId: farCommunityOrg, attended: true },
          { unitType: "partyOrg", unitId: branch, attended: true },
          { unitType: "committee", unitId: committee, attended: true },
          { unitType: "partyOrg", unitId: companyBranch, attended: true },
        ],
      });
      expect(held.status).toBe(200);
      // The convenor (this compound's community party organisation) attends as the chair, listed
      // or not; the community party organisation of elsewhere and the company's branch stand for nobody.
      expectRefusal(
        await adopt(m.id, [resolution()]),
        "重大事项（物业收费）须由党组织牵头协商决定：物业服务企业未参加。",
        "A major matter (property fees) is decided only in a meeting the party organisation leads: absent: the property service company.",
      );
    });

    it("the convening community party organisation counts as attending without being listed", async () => {
      const listed = everyone().filter((p) => p.unitId !== communityOrg);
      const m = await plan({ participants: listed });
      const held = await act(m.id, "hold", {
        minutes: "会议由社区党委书记主持召开。",
        participants: listed.map((p) => ({ ...p, attended: true })),
      });
      expect(held.status).toBe(200);
      const adopted = await adopt(m.id, [resolution()]);
      expect(adopted.status).toBe(201);
      expect(await storedResolutions(m.id)).toHaveLength(1);
      // Convened by the branch instead, the community party organisation is absent (and not the convenor).
      const byBranch = await heldMeeting([communityOrg], { convenedBy: branch });
      expectRefusal(
        await adopt(byBranch.id, [resolution()]),
        "重大事项（物业收费）须由党组织牵头协商决定：会议须由社区党组织牵头召集；社区党组织未参加。",
        "A major matter (property fees) is decided only in a meeting the party organisation leads: the meeting must be convened by the community party organisation; absent: the community party organisation.",
      );
    });

    it("a dispute-mediation meeting names the cases it settles; their timelines show it, public tracking does not", async () => {
      const filed = await fileCaseVia(h, h.ours, h.ours.adminToken, caseBody(w, { category: "feeDispute" }));
      const elsewhere = await fileCaseVia(h, h.ours, h.ours.adminToken, caseBody(w, { compoundId: w.happy }));
      const mediation = {
        title: "阳光花园物业费纠纷调处会",
        kind: "disputeMediation",
        agenda: [{ topic: "物业费争议调处", matter: "other" }],
      };
      // Only mediation names cases; each must be a case of the meeting's unit.
      const wrongKind = await create(planBody({ caseIds: [filed.id] }));
      expect(wrongKind.status).toBe(422);
      expect(failingPaths(wrongKind)).toContain("body.caseIds");
      const outside = await create(planBody({ ...mediation, caseIds: [filed.id, elsewhere.id] }));
      expect(outside.status).toBe(422);
      expect(failingPaths(outside)).toEqual(["body.caseIds.1"]);
      const unknown = await create(planBody({ ...mediation, caseIds: [newId("case")] }));
      expect(failingPaths(unknown)).toEqual(["body.caseIds.0"]);
      const malformed = await create(planBody({ ...mediation, caseIds: ["nope"] }));
      expect(malformed.status).toBe(422);
      expect(failingPaths(malformed)).toEqual(["body.caseIds.0"]);

      const m = await plan({ ...mediation, caseIds: [filed.id] });
      expect(m.cases).toEqual([{ id: filed.id, number: filed.number }]);
      const held = await act(m.id, "hold", {
        minutes: "双方达成一致：物业费按原标准收取。",
        participants: attendance(),
      });
      expect(held.status).toBe(200);
      const timeline = (await h.request("GET", `${base}/cases/${filed.id}`, { token: tokens.admin })).body
        .timeline as { type: string; payload: Record<string, unknown> }[];
      expect(timeline.filter((e) => e.type.startsWith("mediation"))).toMatchObject([
        { type: "mediationScheduled", payload: { meetingId: m.id, title: "阳光花园物业费纠纷调处会" } },
        { type: "mediationHeld", payload: { meetingId: m.id, heldAt: held.body.heldAt } },
      ]);
      const tracked = await h.request("GET", `/v1/tenants/ours/public/cases/${filed.trackingCode}`);
      expect(tracked.status).toBe(200);
      expect(JSON.stringify(tracked.body)).not.toContain("mediation");
      // The other case joins later by an update of a planned meeting at the township's level.
      const later = await plan({ ...mediation, caseIds: [] });
      const moved = await h.request("PATCH", `${base}/meetings/${later.id}`, {
        token: tokens.admin,
        body: { level: "township", regionId: w.street.id, caseIds: [filed.id, elsewhere.id] },
      });
      expect(moved.status).toBe(200);
      expect(moved.body.cases.map((c: { id: string }) => c.id)).toEqual([filed.id, elsewhere.id]);
    });

    it("refuses a meeting not convened by the community party organisation, even with everyone there", async () => {
      const m = await heldMeeting([], { convenedBy: branch });
      expectRefusal(
        await adopt(m.id, [resolution()]),
        "重大事项（物业收费）须由党组织牵头协商决定：会议须由社区党组织牵头召集。",
        "A major matter (property fees) is decided only in a meeting the party organisation leads: the meeting must be convened by the community party organisation.",
      );
    });

    it("a non-major matter is always accepted; a batch is kept whole or refused whole", async () => {
      const m = await heldMeeting([committee, company, branch], { convenedBy: branch });
      const refused = await adopt(m.id, [resolution({ matter: "other" }), resolution({ matter: "fee" })]);
      expectRefusal(
        refused,
        // The branch convened it, so it counts as there (the convenor chairs), though marked absent.
        "重大事项（物业收费）须由党组织牵头协商决定：会议须由社区党组织牵头召集；业主委员会、物业服务企业未参加。",
        "A major matter (property fees) is decided only in a meeting the party organisation leads: the meeting must be convened by the community party organisation; absent: the owners' committee, the property service company.",
        1,
      );
      expect(await storedResolutions(m.id)).toEqual([]);
      const taskRows = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
        tx
          .select()
          .from(tasks)
          .where(and(eq(tasks.tenantId, h.ours.id), eq(tasks.source, "meetingResolution"))),
      );
      const stored = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
        tx
          .select({ id: meetingResolutions.id })
          .from(meetingResolutions)
          .where(eq(meetingResolutions.tenantId, h.ours.id)),
      );
      // Every task from a resolution follows a stored resolution: the refused batch left none behind.
      expect(taskRows.map((t) => t.sourceId).sort()).toEqual(stored.map((r) => r.id).sort());

      const accepted = await adopt(m.id, [
        resolution({
          matter: "other",
          text: "加强楼道堆物清理",
          ownerUnit: { unitType: "region", unitId: w.community.id },
        }),
        resolution({
          matter: "other",
          text: "业委会牵头征求业主意见",
          ownerUnit: { unitType: "committee", unitId: committee },
        }),
      ]);
      expect(accepted.status).toBe(201);
      expect(
        (accepted.body.resolutions as MeetingJson["resolutions"]).map((r) => [
          r.ownerUnit.name,
          Boolean(r.taskId),
        ]),
      ).toEqual([
        ["城南社区", true],
        ["阳光花园业主委员会", true],
      ]);
    });

    it("checks each resolution's owner, matter and due date, naming the field", async () => {
      const m = await heldMeeting();
      const unknown = await adopt(m.id, [
        resolution({ matter: "other" }),
        resolution({ matter: "other", ownerUnit: { unitType: "department", unitId: newId("department") } }),
      ]);
      expectProblem(unknown, 422, "unprocessable");
      expect(failingPaths(unknown)).toEqual(["body.resolutions.1.ownerUnit.unitId"]);
      expect(failingPaths(await adopt(m.id, [resolution({ matter: "parking" })]))).toEqual([
        "body.resolutions.0.matter",
      ]);
      expect(failingPaths(await adopt(m.id, [resolution({ dueOn: addDays(today(), -10) })]))).toEqual([
        "body.resolutions.0.dueOn",
      ]);
      const malformed = await adopt(m.id, [
        { text: "", matter: "fee", ownerUnit: { unitType: "partyOrg", unitId: branch } },
      ]);
      expectProblem(malformed, 422, "unprocessable");
      expect(failingPaths(malformed).sort()).toEqual([
        "body.resolutions.0.dueOn",
        "body.resolutions.0.ownerUnit.unitType",
        "body.resolutions.0.text",
      ]);
      expect(await storedResolutions(m.id)).toEqual([]);
    });

    it("marks a resolution done, once, also after the meeting closed", async () => {
      const m = await heldMeeting();
      const added = await adopt(m.id, [resolution({ matter: "other" })]);
      const rid = added.body.resolutions[0].id as string;
      expectProblem(await act(m.id, `resolutions/${newId("meetingResolution")}/done`), 404, "not_found");
      expect((await act(m.id, "close")).status).toBe(200);
      const done = await act(m.id, `resolutions/${rid}/done`);
      expect(done.status).toBe(200);
      expect(done.body).toMatchObject({ id: rid, meetingId: m.id, overdue: false });
      expect(done.body.doneAt).not.toBeNull();
      h.advance(60_000);
      const again = await act(m.id, `resolutions/${rid}/done`);
      expect(again.body.doneAt).toBe(done.body.doneAt);
      const got = await h.request("GET", `${base}/meetings/${m.id}`, { token: tokens.admin });
      expect(got.body.resolutions[0].doneAt).toBe(done.body.doneAt);
      const audit = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
        tx
          .select()
          .from(auditEvents)
          .where(and(eq(auditEvents.tenantId, h.ours.id), eq(auditEvents.targetId, rid))),
      );
      expect(audit.map((a) => a.action).sort()).toEqual([
        "meeting.resolution.adopt",
        "meeting.resolution.done",
      ]);
      // Another meeting's resolution is not this meeting's.
      const other = await heldMeeting();
      expectProblem(await act(other.id, `resolutions/${rid}/done`), 404, "not_found");
    });
  });

  describe("listing", () => {
    let ids: { march: string; feb: string; community: string; far: string };
    beforeAll(async () => {
      const list = async (overrides: Record<string, unknown>) =>
        (await plan({ participants: [], ...overrides })).id;
      ids = {
        // 00:30 on 1 March in Mengcheng is still 28 February in UTC.
        march: await list({
          title: "三月会",
          scheduledAt: "2025-03-01T00:30:00+08:00",
          kind: "jointConsultation",
        }),
        feb: await list({
          title: "二月会",
          scheduledAt: "2025-02-28T23:00:00+08:00",
          kind: "disputeMediation",
        }),
        community: await list({
          title: "城南社区联席会",
          level: "community",
          compoundId: undefined,
          regionId: w.community.id,
          scheduledAt: "2025-03-10T09:00:00+08:00",
          kind: "jointConsultation",
        }),
        far: await list({
          title: "立仓小区议事会",
          compoundId: w.far,
          convenedBy: farCommunityOrg,
          venueId: undefined,
          scheduledAt: "2025-03-12T09:00:00+08:00",
          participants: [{ unitType: "company", unitId: company }],
        }),
      };
    });
    const titles = async (query: string, token = tokens.admin) => {
      const res = await h.request("GET", `${base}/meetings?limit=200&${query}`, { token });
      expect(res.status).toBe(200);
      return (res.body.items as { title: string }[]).map((m) => m.title);
    };

    it("filters by date in the county's zone, level, kind, status, unit and text; newest first", async () => {
      expect(await titles("from=2025-03-01&to=2025-03-31")).toEqual([
        "立仓小区议事会",
        "城南社区联席会",
        "三月会",
      ]);
      expect(await titles("from=2025-02-01&to=2025-02-28")).toEqual(["二月会"]);
      expect(await titles("from=2025-02-01&to=2025-03-31&level=community")).toEqual(["城南社区联席会"]);
      expect(await titles("from=2025-02-01&to=2025-03-31&kind=jointConsultation")).toEqual([
        "城南社区联席会",
        "三月会",
      ]);
      expect(await titles(`from=2025-02-01&to=2025-03-31&regionId=${w.township.id}`)).toEqual([
        "立仓小区议事会",
      ]);
      expect(await titles(`from=2025-02-01&to=2025-03-31&regionId=${w.street.id}`)).toEqual([
        "城南社区联席会",
        "二月会",
        "三月会",
      ]);
      expect(await titles(`from=2025-02-01&to=2025-03-31&compoundId=${w.far}`)).toEqual(["立仓小区议事会"]);
      expect(await titles("from=2025-02-01&to=2025-03-31&status=held")).toEqual([]);
      expect(await titles("from=2025-02-01&to=2025-03-31&q=议事")).toEqual(["立仓小区议事会"]);
      const heldOnes = await titles("status=held");
      expect(heldOnes.length).toBeGreaterThan(0);
      expect(heldOnes).not.toContain("三月会");
    });

    it("pages with a cursor, newest first; bad queries are 400 naming the parameter", async () => {
      const first = await h.request("GET", `${base}/meetings?limit=2&from=2025-02-01&to=2025-03-31`, {
        token: tokens.admin,
      });
      expect(first.body.items.map((m: { id: string }) => m.id)).toEqual([ids.far, ids.community]);
      const second = await h.request(
        "GET",
        `${base}/meetings?limit=2&from=2025-02-01&to=2025-03-31&cursor=${first.body.nextCursor}`,
        { token: tokens.admin },
      );
      expect(second.body.items.map((m: { id: string }) => m.id)).toEqual([ids.feb, ids.march]);
      expect(second.body.nextCursor).toBeNull();
      // Resolutions are read per meeting.
      expect(first.body.items[0].resolutions).toBeUndefined();

      for (const [query, path] of [
        ["from=2025-02-30", "query.from"],
        ["from=2025-03-02&to=2025-03-01", "query.to"],
        ["level=city", "query.level"],
        ["regionId=cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0", "query.regionId"],
      ] as const) {
        const res = await h.request("GET", `${base}/meetings?${query}`, { token: tokens.admin });
        expectProblem(res, 400, "bad_request");
        expect(failingPaths(res)).toEqual([path]);
      }
    });

    it("access: region staff their subtree; companies and committees their compounds' and their own meetings", async () => {
      const window = "from=2025-02-01&to=2025-03-31";
      expect(await titles(window, tokens.township)).toEqual(["立仓小区议事会"]);
      expect(await titles(window, tokens.street)).toEqual(["城南社区联席会", "二月会", "三月会"]);
      // The company serves 阳光花园 and takes part in 立仓小区's meeting.
      expect(await titles(window, tokens.company)).toEqual(["立仓小区议事会", "二月会", "三月会"]);
      expect(await titles(window, tokens.otherCompany)).toEqual([]);
      expect(await titles(window, tokens.sunshine)).toEqual(["二月会", "三月会"]);
      expect(await titles(window, tokens.happy)).toEqual([]);

      const get = (id: string, token: string | undefined) =>
        h.request("GET", `${base}/meetings/${id}`, { token });
      expect((await get(ids.march, tokens.company)).status).toBe(200);
      expectProblem(await get(ids.community, tokens.company), 404, "not_found");
      expectProblem(await get(ids.march, tokens.township), 404, "not_found");
      expect((await get(ids.far, tokens.township)).status).toBe(200);
      expectProblem(await get(ids.march, tokens.happy), 404, "not_found");
    });
  });

  describe("security", () => {
    it("401 without a session; 403 for roles that do not plan or read meetings", async () => {
      const m = await plan();
      expectProblem(await h.request("GET", `${base}/meetings`), 401, "unauthenticated");
      expectProblem(
        await h.request("POST", `${base}/meetings`, { body: planBody() }),
        401,
        "unauthenticated",
      );
      expectProblem(await h.request("GET", `${base}/meetings`, { token: tokens.dep }), 403, "forbidden");
      expectProblem(
        await h.request("GET", `${base}/meetings/${m.id}`, { token: tokens.dep }),
        403,
        "forbidden",
      );
      expectProblem(await create(planBody(), tokens.company), 403, "forbidden");
      expectProblem(await create(planBody(), tokens.sunshine), 403, "forbidden");
      expectProblem(
        await act(m.id, "hold", { minutes: "纪要", participants: [] }, tokens.company),
        403,
        "forbidden",
      );
      expectProblem(await act(m.id, "close", undefined, tokens.sunshine), 403, "forbidden");
    });

    it("region staff plan and run meetings in their subtree only; outside it reads as unknown", async () => {
      const mine = await plan({}, tokens.street);
      expect(mine.status).toBe("planned");
      const outside = await create(
        planBody({ compoundId: w.far, convenedBy: farCommunityOrg }),
        tokens.street,
      );
      expectProblem(outside, 422, "unprocessable");
      expect(failingPaths(outside)).toEqual(["body.compoundId"]);
      // The township's staff cannot see, change or hold the street's meeting.
      expectProblem(
        await h.request("PATCH", `${base}/meetings/${mine.id}`, {
          token: tokens.township,
          body: { title: "x" },
        }),
        404,
        "not_found",
      );
      expectProblem(
        await act(mine.id, "hold", { minutes: "纪要", participants: attendance() }, tokens.township),
        404,
        "not_found",
      );
      const held = await act(mine.id, "hold", { minutes: "纪要", participants: attendance() }, tokens.street);
      expect(held.status).toBe(200);
      // A resolution owned by a region outside the subtree is refused like an unknown one.
      const far = await adopt(
        mine.id,
        [resolution({ matter: "other", ownerUnit: { unitType: "region", unitId: w.farCommunity.id } })],
        tokens.street,
      );
      expectProblem(far, 422, "unprocessable");
      expect(failingPaths(far)).toEqual(["body.resolutions.0.ownerUnit.unitId"]);
      const ok = await adopt(mine.id, [resolution()], tokens.street);
      expect(ok.status).toBe(201);
      expectProblem(
        await act(mine.id, `resolutions/${ok.body.resolutions[0].id}/done`, undefined, tokens.township),
        404,
        "not_found",
      );
      expect(
        (await act(mine.id, `resolutions/${ok.body.resolutions[0].id}/done`, undefined, tokens.street))
          .status,
      ).toBe(200);
    });

    it("another tenant's meeting is 404; its units are unknown here", async () => {
      const m = await plan();
      expectProblem(
        await h.request("GET", `/v1/tenants/other/meetings/${m.id}`, { token: h.other.adminToken }),
        404,
        "not_found",
      );
      expectProblem(
        await h.request("POST", `/v1/tenants/other/meetings/${m.id}/close`, { token: h.other.adminToken }),
        404,
        "not_found",
      );
      const theirs = await h.request("GET", "/v1/tenants/other/meetings", { token: h.other.adminToken });
      expect(theirs.body.items).toEqual([]);
      const crossing = await h.request("POST", "/v1/tenants/other/meetings", {
        token: h.other.adminToken,
        body: planBody({ venueId: undefined, participants: [] }),
      });
      expectProblem(crossing, 422, "unprocessable");
      expect(failingPaths(crossing)).toEqual(["body.compoundId"]);
      // Rows of ours stay ours.
      const rows = await withTenant(h.deps.db.db, h.other.id, (tx) =>
        tx
          .select()
          .from(meetingResolutions)
          .where(inArray(meetingResolutions.meetingId, [m.id])),
      );
      expect(rows).toEqual([]);
    });
  });
});
