import { testDrivers } from "@propgov/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "./harness.js";
import { createCompanyVia, seedCompound, seedWorld, type World } from "./registry-fixtures.js";

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
 * The informationDisclosure policy judging real disclosures. The app's clock moves into next year
 * (Y) and the county publishes along the way; `Y-Q1` is then judged with the default config
 * (15 grace days). Hand-computed: Y-Q1 judges the windows due in it — the yearly items of Y−1
 * (feeStandard, serviceStandard, contractSummary by the company; maintenanceFund by the
 * committee), publicRevenue of (Y−1)-Q4 (the company), and committeeDecisions of (Y−1)-12, Y-01
 * and Y-02 (the committee): eight obligations per compound under contract, due on Y-01-15
 * (yearly, Q4, December), Y-02-15 (January) and Y-03-15 (February).
 *
 * - 阳光花园 (安居物业, committee in term): all eight on time → nothing.
 * - 立仓小区 (立仓物业, committee in term): feeStandard on time; serviceStandard withdrawn;
 *   Q4 revenue and January decisions published on Y-02-20 (36 and 5 days late); February's
 *   published after the quarter (as of its end: missing); the rest missing.
 * - 立仓新村 (立仓物业, no committee): nothing published; the committee's items fall on the compound.
 * - 幸福里: no contract → not judged.
 */
describe.each(testDrivers())("disclosures in evaluations on %s", (driver) => {
  let h: Harness;
  let w: World;
  let newVillage: string;
  let anju: string;
  let licang: string;
  let contractFar: string;
  let contractNew: string;
  let committeeFar: string;
  /** The assessed year; the suite starts in December of the year before it. */
  const Y = 2027;
  const prev = Y - 1;
  const base = "/v1/tenants/ours";

  /** Moves the app's clock to a wall-clock time in Asia/Shanghai. */
  const advanceTo = (wall: string) => h.advance(Date.parse(`${wall}+08:00`) - h.deps.now().getTime());

  const post = async (token: string, path: string, body: unknown) => {
    const res = await h.request("POST", `${base}${path}`, { token, body });
    if (res.status !== 201 && res.status !== 200)
      throw new Error(`${path} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const contract = (companyId: string, compoundId: string) =>
    post(h.ours.adminToken, "/contracts", {
      companyId,
      compoundId,
      startsOn: `${Y - 2}-01-01`,
      endsOn: `${Y + 1}-12-31`,
      feeStandard: 0.8,
      projectManager: { name: "刘洋", phone: "13912345678" },
    }).then((b) => b.id as string);
  const committee = (compoundId: string) =>
    post(h.ours.adminToken, "/committees", {
      compoundId,
      formedOn: `${Y - 2}-01-01`,
      termEndsOn: `${Y + 2}-12-31`,
      members: [{ name: "周敏", role: "chair", isPartyMember: true }],
    }).then((b) => b.id as string);
  const disclose = (
    token: string,
    compoundId: string,
    companyId: string | undefined,
    item: string,
    period: string,
  ) =>
    post(token, "/disclosures", {
      compoundId,
      companyId,
      item,
      period,
      title: `${item} ${period}`,
      content: `${period}公示内容。`,
    }).then((b) => b.id as string);

  const evaluate = async (period: string) => {
    const run = await h.request("POST", `${base}/evaluations`, {
      token: h.ours.adminToken,
      body: { period },
    });
    expect(run.status).toBe(201);
    const found: FindingJson[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { items: FindingJson[]; nextCursor: string | null } } = await h.request(
        "GET",
        `${base}/findings?limit=200&period=${period}&policy=informationDisclosure${cursor ? `&cursor=${cursor}` : ""}`,
        { token: h.ours.adminToken },
      );
      found.push(...res.body.items);
      cursor = res.body.nextCursor;
    } while (cursor);
    return found;
  };

  beforeAll(async () => {
    // Sessions outlive the months the clock moves: 399 days (cookies allow 400), renewed on each use.
    const days399 = 399 * 24 * 3600;
    h = await createHarness(driver, {
      startAt: "2026-12-01T02:00:00.000Z",
      session: { ttlSeconds: days399, renewWithinSeconds: days399 },
    });
    w = await seedWorld(h);
    newVillage = await seedCompound(h, h.ours, w.farCommunity, "立仓新村");
    anju = await createCompanyVia(h, 1);
    licang = await createCompanyVia(h, 2);
    await contract(anju, w.sunshine);
    contractFar = await contract(licang, w.far);
    contractNew = await contract(licang, newVillage);
    await committee(w.sunshine);
    committeeFar = await committee(w.far);

    const anjuStaff = await h.userWith(h.ours, ["companyStaff"], { companyId: anju });
    const licangStaff = await h.userWith(h.ours, ["companyStaff"], { companyId: licang });
    const sunshineCommittee = await h.userWith(h.ours, ["committeeMember"], { compoundId: w.sunshine });
    const farCommittee = await h.userWith(h.ours, ["committeeMember"], { compoundId: w.far });
    const a = (item: string, period: string) => disclose(anjuStaff.token, w.sunshine, anju, item, period);
    const aCommittee = (item: string, period: string) =>
      disclose(sunshineCommittee.token, w.sunshine, undefined, item, period);

    advanceTo(`${Y}-01-05T10:00:00`);
    for (const item of ["feeStandard", "serviceStandard", "contractSummary"]) await a(item, String(prev));
    await a("publicRevenue", `${prev}-Q4`);
    await aCommittee("maintenanceFund", String(prev));
    await aCommittee("committeeDecisions", `${prev}-12`);
    await disclose(licangStaff.token, w.far, licang, "feeStandard", String(prev));
    const withdrawn = await disclose(licangStaff.token, w.far, licang, "serviceStandard", String(prev));
    await post(licangStaff.token, `/disclosures/${withdrawn}/withdraw`, { reason: "内容有误。" });

    advanceTo(`${Y}-02-10T10:00:00`);
    await aCommittee("committeeDecisions", `${Y}-01`);

    // 00:00 on 02-16 would already be late for January; 02-20 is.
    advanceTo(`${Y}-02-20T10:00:00`);
    await disclose(licangStaff.token, w.far, licang, "publicRevenue", `${prev}-Q4`);
    await disclose(farCommittee.token, w.far, undefined, "committeeDecisions", `${Y}-01`);

    advanceTo(`${Y}-03-15T23:30:00`);
    await aCommittee("committeeDecisions", `${Y}-02`);

    advanceTo(`${Y}-04-02T10:00:00`);
    await disclose(farCommittee.token, w.far, undefined, "committeeDecisions", `${Y}-02`);
  });
  afterAll(() => h?.destroy());

  const far = () => ({ type: "company", id: licang, name: "蒙城县第2物业服务有限公司" });

  it(`judges the quarter: exactly the missing and late disclosures`, async () => {
    const found = await evaluate(`${Y}-Q1`);
    const committeeSubject = { type: "committee", id: committeeFar, name: "立仓小区业主委员会" };
    const village = { type: "compound", id: newVillage, name: "立仓新村" };
    const row = (f: FindingJson) => [
      f.rule,
      f.severity,
      f.subject,
      f.evidence.compoundId,
      f.evidence.item,
      f.evidence.window,
      f.evidence.dueBy,
      f.evidence.contractId,
      f.regionId,
    ];
    const expected = (
      rule: string,
      subject: unknown,
      compoundId: string,
      contractId: string,
      item: string,
      window: string,
      dueBy: string,
    ) => [
      rule,
      rule === "disclosureLate" ? "minor" : "major",
      subject,
      compoundId,
      item,
      window,
      dueBy,
      contractId,
      w.farCommunity.id,
    ];
    const yearEnd = `${Y}-01-15`;
    const forFar = (rule: string, subject: unknown, item: string, window: string, dueBy = yearEnd) =>
      expected(rule, subject, w.far, contractFar, item, window, dueBy);
    const forNew = (subject: unknown, item: string, window: string, dueBy = yearEnd) =>
      expected("disclosureMissing", subject, newVillage, contractNew, item, window, dueBy);
    expect(found.map(row)).toEqual([
      forFar("disclosureMissing", far(), "serviceStandard", String(prev)),
      forFar("disclosureLate", far(), "publicRevenue", `${prev}-Q4`),
      forFar("disclosureMissing", committeeSubject, "maintenanceFund", String(prev)),
      forFar("disclosureMissing", committeeSubject, "committeeDecisions", `${prev}-12`),
      forFar("disclosureLate", committeeSubject, "committeeDecisions", `${Y}-01`, `${Y}-02-15`),
      forFar("disclosureMissing", committeeSubject, "committeeDecisions", `${Y}-02`, `${Y}-03-15`),
      forFar("disclosureMissing", far(), "contractSummary", String(prev)),
      forNew(far(), "feeStandard", String(prev)),
      forNew(far(), "serviceStandard", String(prev)),
      forNew(far(), "publicRevenue", `${prev}-Q4`),
      forNew(village, "maintenanceFund", String(prev)),
      forNew(village, "committeeDecisions", `${prev}-12`),
      forNew(village, "committeeDecisions", `${Y}-01`, `${Y}-02-15`),
      forNew(village, "committeeDecisions", `${Y}-02`, `${Y}-03-15`),
      forNew(far(), "contractSummary", String(prev)),
    ]);
    const late = found.filter((f) => f.rule === "disclosureLate");
    expect(late.map((f) => f.evidence.daysLate)).toEqual([36, 5]);
    expect(late[0]?.message.zh).toBe(
      `蒙城县第2物业服务有限公司逾期公示立仓小区公共收益收支（${prev}-Q4）：应于${Y}-01-15前公示，${Y}-02-20才公示，逾期36天。`,
    );
    // No finding for 阳光花园 (complete) or 幸福里 (no contract).
    expect(found.some((f) => f.evidence.compoundId === w.sunshine || f.evidence.compoundId === w.happy)).toBe(
      false,
    );
  });

  it("judges a month: only the window due in it", async () => {
    const found = await evaluate(`${Y}-02`);
    expect(found.map((f) => [f.rule, f.subject.id, f.evidence.item, f.evidence.window])).toEqual([
      ["disclosureLate", committeeFar, "committeeDecisions", `${Y}-01`],
      ["disclosureMissing", newVillage, "committeeDecisions", `${Y}-01`],
    ]);
  });

  it("GET policies says what it judges", async () => {
    const res = await h.request("GET", `${base}/policies`, { token: h.ours.adminToken });
    const policy = (res.body.items as { id: string; evaluates: string[] }[]).find(
      (p) => p.id === "informationDisclosure",
    );
    expect(policy?.evaluates).toEqual(["disclosures", "contracts", "compounds", "companies", "committees"]);
  });
});
