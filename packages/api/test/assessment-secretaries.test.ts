import { newId } from "@propgov/core";
import { meetings, withTenant } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, expectProblem, failingPaths, type Harness } from "./harness.js";
import { seed } from "./kpi-fixtures.js";

type Item = { id: string; score: number; scored: boolean; figures: Record<string, unknown> };
type Card = {
  templateCode: string;
  targetType: string;
  targetId: string;
  targetName: string;
  regionId: string | null;
  total: number;
  grade: string | null;
  rank: number | null;
  passed: boolean;
  items: Item[];
};

/**
 * 述职评议: the party secretaries' scorecards (the preset templates `townshipSecretary` and
 * `communitySecretary`), scored by the 2025 year-end assessment on 2026-01-10 (judged as of
 * 2025-12-31), with every figure computed by hand.
 *
 * ```
 * 城关街道 T1 (street) ── 北关社区 C1 (org 北关社区党委) ─┬─ P1: 5 resident party members, branch;
 *                                                     │       committee K1 3/5 party members, branch
 *                                                     ├─ P2: 4 party members, no branch; K2 0/3
 *                                                     └─ P4: 0 party members; K5 1/3
 * 立仓镇 T2 (township) ─── 立仓社区 C2 (no org) ───────── P3: 3 party members, branch;
 *                                                             K3 ended 2025-06-30, K4 1/3
 * Meetings held in 2025: M1 C1 joint consultation convened by 北关社区党委 (03-10); M2 P1 major
 * matter, no convenor (05-10); M3 C1 major matter convened by the org (08-01); M6 T1 joint
 * consultation, no convenor (09-01); M4 C1 planned only.
 * ```
 */
describe.each(testDrivers())("secretaries' annual review on %s", (driver) => {
  let h: Harness;
  let w: Record<"T1" | "C1" | "T2" | "C2" | "P1" | "P2" | "P3" | "P4" | "org", string>;
  const admin = () => ({ token: h.ours.adminToken });
  const url = "/v1/tenants/ours/assessments";
  let annual: { id: string; scorecards: Card[] };

  beforeAll(async () => {
    h = await createHarness(driver, { startAt: "2026-01-10T02:00:00.000Z" });
    w = await seed(h, h.ours.id, (s) => {
      const T1 = s.region("street", "城关街道", { code: "001" });
      const C1 = s.region("community", "北关社区", { parent: T1 });
      const T2 = s.region("township", "立仓镇", { code: "002" });
      const C2 = s.region("community", "立仓社区", { parent: T2 });
      const P1 = s.compound(C1, "P1小区", { residentPartyMembers: 5 });
      const P2 = s.compound(C1, "P2小区", { residentPartyMembers: 4 });
      const P4 = s.compound(C1, "P4小区");
      const P3 = s.compound(C2, "P3小区", { residentPartyMembers: 3 });
      const K1 = s.committee(P1, "2024-01-01", "2028-12-31", { members: 5, partyMembers: 3 });
      s.committee(P2, "2025-06-01", "2030-05-31", { members: 3, partyMembers: 0 });
      s.committee(P4, "2025-01-01", "2029-12-31", { members: 3, partyMembers: 1 });
      s.committee(P3, "2023-01-01", "2025-06-30", { members: 3, partyMembers: 0 });
      s.committee(P3, "2025-07-01", "2030-06-30", { members: 3, partyMembers: 1 });
      s.partyOrg({ compoundId: P1 }, { formedOn: "2025-03-01" });
      s.partyOrg({ committeeId: K1 }, { formedOn: "2024-02-01" });
      s.partyOrg({ compoundId: P3 }, { formedOn: "2020-01-01" });
      const org = s.partyOrg(
        { regionId: C1 },
        { formedOn: "2019-01-01", name: "北关社区党委", memberCount: 12 },
      );
      return { T1, C1, T2, C2, P1, P2, P3, P4, org };
    });
    const meeting = (
      title: string,
      level: "township" | "community" | "compound",
      kind: "jointConsultation" | "majorMatter",
      unit: { regionId: string } | { compoundId: string },
      convenedBy: string | null,
      at: string,
      status: "held" | "planned" = "held",
    ) => ({
      tenantId: h.ours.id,
      id: newId("meeting"),
      title,
      level,
      kind,
      regionId: null,
      compoundId: null,
      ...unit,
      convenedBy,
      scheduledAt: new Date(at),
      status,
      heldAt: status === "held" ? new Date(at) : null,
    });
    await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx
        .insert(meetings)
        .values([
          meeting("M1", "community", "jointConsultation", { regionId: w.C1 }, w.org, "2025-03-10T02:00:00Z"),
          meeting("M2", "compound", "majorMatter", { compoundId: w.P1 }, null, "2025-05-10T02:00:00Z"),
          meeting("M3", "community", "majorMatter", { regionId: w.C1 }, w.org, "2025-08-01T02:00:00Z"),
          meeting(
            "M4",
            "community",
            "jointConsultation",
            { regionId: w.C1 },
            w.org,
            "2025-11-01T02:00:00Z",
            "planned",
          ),
          meeting("M6", "township", "jointConsultation", { regionId: w.T1 }, null, "2025-09-01T02:00:00Z"),
        ]),
    );
    const res = await h.request("POST", url, { ...admin(), body: { kind: "annual", period: "2025" } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    annual = res.body;
  });
  afterAll(() => h?.destroy());

  const card = (code: string, targetId: string) => {
    const found = annual.scorecards.find((c) => c.templateCode === code && c.targetId === targetId);
    if (!found) throw new Error(`no ${code} card for ${targetId}`);
    return found;
  };
  const item = (c: Card, id: string) => c.items.find((i) => i.id === id) as Item;

  it("the preset installs both secretary templates, scored in the year-end only", async () => {
    const list = await h.request("GET", "/v1/tenants/ours/assessment-templates", admin());
    expect(list.status).toBe(200);
    const byCode = new Map(
      (list.body.items as { code: string; targetKind: string; document: { kinds: string[] } }[]).map((t) => [
        t.code,
        t,
      ]),
    );
    expect(byCode.get("townshipSecretary")).toMatchObject({
      targetKind: "townshipSecretary",
      document: { kinds: ["annual"] },
    });
    expect(byCode.get("communitySecretary")).toMatchObject({
      targetKind: "communitySecretary",
      document: { kinds: ["annual"] },
    });
    // Every template of the year-end was taken, the secretaries' with their regions' targets.
    expect(
      annual.scorecards
        .filter((c) => c.targetType.endsWith("Secretary"))
        .map((c) => [c.templateCode, c.targetName])
        .sort(),
    ).toEqual([
      ["communitySecretary", "北关社区党委书记"],
      ["communitySecretary", "立仓社区党组织书记"],
      ["townshipSecretary", "城关街道党工委书记"],
      ["townshipSecretary", "立仓镇党委书记"],
    ]);
  });

  it("a community secretary's card: each 红色物业 item from its figures, the total scaled over the items scored", () => {
    const c1 = card("communitySecretary", w.C1);
    expect(c1).toMatchObject({ targetType: "communitySecretary", regionId: w.C1 });
    // Eligible (≥ 3 party members): P1 (branch), P2 (none), K1 (branch) → 2/3;
    // 25 × (2/3 − 0.5) / 0.5 = 8.33.
    expect(item(c1, "partyOrgFormation")).toMatchObject({
      score: 8.33,
      figures: { numerator: 2, denominator: 3 },
    });
    // Committees in term on 2025-12-31 with a party member: K1 and K5, of K1, K2, K5 → 2/3 → 6.67.
    expect(item(c1, "crossAppointment")).toMatchObject({
      score: 6.67,
      figures: { numerator: 2, denominator: 3, on: "2025-12-31", withoutPartyMember: ["P2小区业主委员会"] },
    });
    // Held in 2025 in C1's subtree: M1, M2, M3 (M4 only planned); party-led M1, M3 → 2/3 → 6.67.
    expect(item(c1, "partyLedMeetings")).toMatchObject({
      score: 6.67,
      figures: { numerator: 2, denominator: 3, notPartyLed: ["M2"] },
    });
    // partyLeadership: P2 without a branch (noPartyOrg), K2 without a party member → 15 − 2 × 3 = 9.
    expect(item(c1, "partyLeadership")).toMatchObject({ score: 9, figures: { value: 2 } });
    // jointConsultation: C1 met in March only (11 months short), P1, P2, P4 never (4 quarters
    // each) → 23 findings → 10 − min(10, 5 × 23) = 0.
    expect(item(c1, "jointConsultation")).toMatchObject({ score: 0, figures: { value: 23 } });
    // No case rated in 2025: satisfaction is left out.
    expect(item(c1, "satisfactionRate")).toMatchObject({ scored: false, score: 0 });
    // (8.33 + 6.67 + 6.67 + 9 + 0) × 100 / 90 = 34.08 → 差.
    expect(c1).toMatchObject({ total: 34.08, grade: "差", passed: false, rank: 2 });

    const c2 = card("communitySecretary", w.C2);
    expect(item(c2, "partyOrgFormation")).toMatchObject({
      score: 25,
      figures: { numerator: 1, denominator: 1 },
    });
    // K3's term ended on 2025-06-30; K4 has a party member → 1/1.
    expect(item(c2, "crossAppointment")).toMatchObject({
      score: 20,
      figures: { numerator: 1, denominator: 1 },
    });
    expect(item(c2, "partyLedMeetings")).toMatchObject({
      scored: false,
      figures: { value: null, denominator: 0 },
    });
    expect(item(c2, "partyLeadership")).toMatchObject({ score: 15, figures: { value: 0 } });
    // C2 12 months + P3 4 quarters = 16 findings → 0.
    expect(item(c2, "jointConsultation")).toMatchObject({ score: 0, figures: { value: 16 } });
    // (25 + 20 + 15 + 0) × 100 / 70 = 85.71 → 较好.
    expect(c2).toMatchObject({ total: 85.71, grade: "较好", passed: true, rank: 1 });
  });

  it("a township secretary's card measures the whole subtree", () => {
    const t1 = card("townshipSecretary", w.T1);
    expect(t1).toMatchObject({ targetType: "townshipSecretary", regionId: w.T1 });
    expect(item(t1, "partyOrgFormation").figures).toMatchObject({ numerator: 2, denominator: 3 });
    // M1, M2, M3 and the street's own M6 (no convenor) → 2/4 = 0.5 → 0 points.
    expect(item(t1, "partyLedMeetings")).toMatchObject({
      score: 0,
      figures: { numerator: 2, denominator: 4 },
    });
    // The street met in Q3 only: 3 more findings → 26.
    expect(item(t1, "jointConsultation").figures.value).toBe(26);
    // (8.33 + 6.67 + 0 + 9 + 0) × 100 / 90 = 26.67.
    expect(t1).toMatchObject({ total: 26.67, grade: "差", rank: 2 });
    // 立仓镇: 4 + 16 = 20 joint-consultation findings; otherwise as 立仓社区 → 85.71.
    const t2 = card("townshipSecretary", w.T2);
    expect(item(t2, "jointConsultation").figures.value).toBe(20);
    expect(t2).toMatchObject({ total: 85.71, grade: "较好", rank: 1 });
  });

  it("publishing the year-end records each secretary template's ranking, the input to 述职评议", async () => {
    const published = await h.request("POST", `${url}/${annual.id}/publish`, admin());
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    const rankings = published.body.results.rankings;
    expect(
      rankings.townshipSecretary.map((r: { targetId: string; rank: number; total: number }) => [
        r.targetId,
        r.rank,
        r.total,
      ]),
    ).toEqual([
      [w.T2, 1, 85.71],
      [w.T1, 2, 26.67],
    ]);
    expect(rankings.communitySecretary.map((r: { targetId: string }) => r.targetId)).toEqual([w.C2, w.C1]);
    // No credit record for a secretary.
    expect(
      published.body.results.credit.filter((r: { companyId: string }) =>
        [w.T1, w.T2, w.C1, w.C2].includes(r.companyId),
      ),
    ).toEqual([]);
    // Region staff of the street read their own secretaries' cards only.
    const staff = await h.userWith(h.ours, ["regionStaff"], { regionId: w.T1 });
    const seen = await h.request("GET", `${url}/${annual.id}`, { token: staff.token });
    expect(
      (seen.body.scorecards as Card[])
        .filter((c) => c.targetType.endsWith("Secretary"))
        .map((c) => c.targetId)
        .sort(),
    ).toEqual([w.T1, w.C1].sort());
  });

  it("other cycles leave the secretaries out; naming their template there is 422", async () => {
    const monthly = await h.request("POST", url, {
      ...admin(),
      body: { kind: "monthlyBulletin", period: "2025-12" },
    });
    expect(monthly.status).toBe(201);
    expect((monthly.body.scorecards as Card[]).filter((c) => c.targetType.endsWith("Secretary"))).toEqual([]);
    const named = await h.request("POST", url, {
      ...admin(),
      body: { kind: "quarterly", period: "2025-Q4", templates: ["township", "communitySecretary"] },
    });
    expectProblem(named, 422, "unprocessable");
    expect(failingPaths(named)).toEqual(["body.templates.1"]);
  });

  it("a template's kinds and the new metrics are validated", async () => {
    const base = {
      code: "secretaryBad",
      name: { zh: "书记述职", en: "Secretaries" },
      targetKind: "company",
      kinds: ["annual", "annual"],
      items: [
        {
          id: "cross",
          title: { zh: "交叉任职", en: "Cross-appointment" },
          points: 100,
          source: { metric: "party.crossAppointment" },
          rule: { kind: "linear", from: 0, to: 1 },
        },
      ],
    };
    const res = await h.request("POST", "/v1/tenants/ours/assessment-templates", { ...admin(), body: base });
    expectProblem(res, 422, "unprocessable");
    expect(failingPaths(res).sort()).toEqual(["body.items.0.source.metric", "body.kinds"]);
  });
});
