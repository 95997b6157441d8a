import { dateInZone } from "@propgov/core";
import { testDrivers } from "@propgov/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "./harness.js";
import { createCompanyVia, seedWorld, type World } from "./registry-fixtures.js";

interface FindingJson {
  policy: string;
  rule: string;
  severity: string;
  subject: { type: string; id: string; name: string };
  regionId: string | null;
  message: { zh: string; en: string };
  evidence: Record<string, unknown>;
}

/**
 * jointConsultation judging real meetings through POST /evaluations: the cadence of joint
 * meetings per unit of each level, and resolutions past due and not done.
 */
describe.each(testDrivers())("jointConsultation evaluations on %s", (driver) => {
  let h: Harness;
  let w: World;
  let company: string;
  let convenor: string;
  let farConvenor: string;
  const base = "/v1/tenants/ours";

  beforeAll(async () => {
    h = await createHarness(driver);
    w = await seedWorld(h);
    company = await createCompanyVia(h, 1);
    const org = async (regionId: string) => {
      const res = await h.request("POST", `${base}/party-orgs`, {
        token: h.ours.adminToken,
        body: { kind: "communityCommittee", regionId, memberCount: 20 },
      });
      if (res.status !== 201) throw new Error(`party org: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.id as string;
    };
    convenor = await org(w.community.id);
    farConvenor = await org(w.farCommunity.id);
  });
  afterAll(() => h?.destroy());

  const request = async (method: string, path: string, body?: unknown, expected = 200) => {
    const res = await h.request(method, `${base}${path}`, { token: h.ours.adminToken, body });
    if (res.status !== expected)
      throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  /** A joint consultation at a unit, held at `heldAt` (Mengcheng time). */
  const jointMeeting = async (unit: Record<string, string>, heldAt: string, kind = "jointConsultation") => {
    const m = await request(
      "POST",
      "/meetings",
      {
        title: "联席会议",
        kind,
        convenedBy: unit.regionId === w.farCommunity.id ? farConvenor : convenor,
        scheduledAt: heldAt,
        ...unit,
      },
      201,
    );
    await request("POST", `/meetings/${m.id}/hold`, { minutes: "会议纪要", participants: [], heldAt });
    return m.id as string;
  };
  const jointFindings = async (period: string): Promise<FindingJson[]> => {
    const run = await request("POST", "/evaluations", { period }, 201);
    const page = await request("GET", `/findings?period=${period}&policy=jointConsultation&limit=200`);
    expect(page.items).toHaveLength(run.byPolicy.jointConsultation ?? 0);
    return page.items;
  };
  const brief = (found: FindingJson[]) =>
    found.map((f) => `${f.rule}:${f.subject.name}:${String(f.evidence.window ?? f.evidence.dueOn)}`).sort();

  it("a community that held a joint meeting in the month passes; one that did not is named", async () => {
    await jointMeeting({ level: "community", regionId: w.community.id }, "2024-05-10T10:00:00+08:00");
    // Not joint consultations, or not in May in Mengcheng: they do not count for 立仓社区.
    await jointMeeting(
      { level: "community", regionId: w.farCommunity.id },
      "2024-05-12T10:00:00+08:00",
      "disputeMediation",
    );
    await jointMeeting({ level: "community", regionId: w.farCommunity.id }, "2024-06-01T00:30:00+08:00");
    const found = await jointFindings("2024-05");
    expect(found).toEqual([
      expect.objectContaining({
        policy: "jointConsultation",
        rule: "tooFewJointMeetings",
        severity: "major",
        subject: { type: "region", id: w.farCommunity.id, name: "立仓社区" },
        regionId: w.farCommunity.id,
        message: {
          zh: "社区“立仓社区”2024-05召开联席会议0次，少于规定的每月1次。",
          en: 'Community "立仓社区" held 0 joint meeting(s) in 2024-05; 1 a month required.',
        },
        evidence: {
          level: "community",
          held: 0,
          required: 1,
          per: "month",
          window: "2024-05",
          from: "2024-05-01",
          to: "2024-05-31",
          meetingIds: [],
        },
      }),
    ]);
  });

  it("a quarter judges each month at communities, and townships and compounds once", async () => {
    await jointMeeting({ level: "township", regionId: w.street.id }, "2024-04-20T10:00:00+08:00");
    await jointMeeting({ level: "compound", compoundId: w.sunshine }, "2024-06-28T10:00:00+08:00");
    expect(brief(await jointFindings("2024-Q2"))).toEqual(
      [
        "tooFewJointMeetings:幸福里:2024-Q2",
        "tooFewJointMeetings:立仓小区:2024-Q2",
        "tooFewJointMeetings:立仓社区:2024-04",
        "tooFewJointMeetings:立仓社区:2024-05",
        "tooFewJointMeetings:立仓镇:2024-Q2",
        "tooFewJointMeetings:城南社区:2024-04",
        "tooFewJointMeetings:城南社区:2024-06",
      ].sort(),
    );
  });

  it("a resolution past due and not done is a finding against its owner, until it is done", async () => {
    const meeting = await jointMeeting(
      { level: "community", regionId: w.community.id },
      "2024-05-15T10:00:00+08:00",
    );
    const added = await request(
      "POST",
      `/meetings/${meeting}/resolutions`,
      {
        resolutions: [
          {
            text: "物业公司在小区公示栏公示公共收益",
            matter: "other",
            ownerUnit: { unitType: "company", unitId: company },
            dueOn: "2024-05-20",
          },
          {
            text: "社区组织业主代表回访",
            matter: "other",
            ownerUnit: { unitType: "region", unitId: w.community.id },
            dueOn: "2024-05-31",
          },
        ],
      },
      201,
    );
    const [late, onTime] = added.resolutions as { id: string; taskId: string }[];
    const overdue = (await jointFindings("2024-05")).filter((f) => f.rule === "resolutionOverdue");
    expect(overdue).toEqual([
      expect.objectContaining({
        subject: { type: "company", id: company, name: "蒙城县第1物业服务有限公司" },
        severity: "minor",
        regionId: w.community.id,
        message: {
          zh: "会议“联席会议”的决议“物业公司在小区公示栏公示公共收益”应于2024-05-20前落实，蒙城县第1物业服务有限公司逾期11天未完成。",
          en: 'The resolution "物业公司在小区公示栏公示公共收益" of the meeting "联席会议" was due on 2024-05-20; 蒙城县第1物业服务有限公司 has not done it (11 days overdue).',
        },
        evidence: {
          meetingId: meeting,
          resolutionId: late?.id,
          matter: "other",
          dueOn: "2024-05-20",
          daysOverdue: 11,
          ownerUnit: { unitType: "company", unitId: company },
        },
      }),
    ]);
    // Judged today, both are overdue; once done, neither counts today. May keeps its verdict:
    // on 31 May the first was not done.
    const thisMonth = dateInZone(h.deps.now(), h.ours.timezone).slice(0, 7);
    expect(brief((await jointFindings(thisMonth)).filter((f) => f.rule === "resolutionOverdue"))).toEqual([
      "resolutionOverdue:城南社区:2024-05-31",
      "resolutionOverdue:蒙城县第1物业服务有限公司:2024-05-20",
    ]);
    for (const r of [late, onTime]) await request("POST", `/meetings/${meeting}/resolutions/${r?.id}/done`);
    expect((await jointFindings(thisMonth)).filter((f) => f.rule === "resolutionOverdue")).toEqual([]);
    expect(brief((await jointFindings("2024-05")).filter((f) => f.rule === "resolutionOverdue"))).toEqual([
      "resolutionOverdue:蒙城县第1物业服务有限公司:2024-05-20",
    ]);
  });

  it("GET /policies says jointConsultation judges meetings", async () => {
    const res = await request("GET", "/policies");
    expect(res.items.find((p: { id: string }) => p.id === "jointConsultation")).toMatchObject({
      enabled: true,
      evaluates: ["meetings", "regions", "compounds", "committees", "companies", "departments"],
    });
  });
});
