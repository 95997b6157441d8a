import { auditEvents, disclosures, withTenant } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, expectProblem, failingPaths, type Harness, type SeededTenant } from "./harness.js";
import { anhuiRoster, seedDepartments } from "./mechanism-fixtures.js";
import {
  createCompanyVia,
  seedDepartment,
  seedWorld,
  type World,
  yearsFromNow,
} from "./registry-fixtures.js";

interface DisclosureJson {
  id: string;
  compound: { id: string; name: string } | null;
  company: { id: string; name: string } | null;
  item: { code: string; label: { zh: string; en: string } };
  period: string;
  publishedBy: { id: string | null; name: string | null };
  withdrawnAt: string | null;
  withdrawnBy: string | null;
  withdrawalReason: string | null;
}

const PM_PHONE = "13987654321";

async function contract(
  h: Harness,
  companyId: string,
  compoundId: string,
  startsOn: string,
  endsOn: string,
  tenant: SeededTenant = h.ours,
) {
  const res = await h.request("POST", `/v1/tenants/${tenant.slug}/contracts`, {
    token: tenant.adminToken,
    body: {
      companyId,
      compoundId,
      startsOn,
      endsOn,
      feeStandard: 0.6,
      projectManager: { name: "刘洋", phone: PM_PHONE },
    },
  });
  if (res.status !== 201) throw new Error(`contract failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

describe.each(testDrivers())("disclosures on %s", (driver) => {
  let h: Harness;
  let w: World;
  /** 安居物业 serves 阳光花园 now and served 幸福里 until last year; 立仓物业 serves 立仓小区. */
  let anju: string;
  let licang: string;
  let anjuStaff: { id: string; token: string };
  let licangStaff: { id: string; token: string };
  let sunshineMember: { id: string; token: string };
  let farStaff: { id: string; token: string };

  const base = "/v1/tenants/ours/disclosures";
  const publish = (token: string, body: Record<string, unknown>) => h.request("POST", base, { token, body });
  const body = (over: Record<string, unknown> = {}) => ({
    compoundId: w.sunshine,
    companyId: anju,
    item: "publicRevenue",
    period: "2026-Q3",
    title: "2026年第三季度公共收益收支公示",
    content: "电梯广告收入12,000元；停车场收入8,500元；支出：公共设施维修6,200元。",
    attachments: ["https://files.example.gov.cn/2026q3.pdf"],
    ...over,
  });
  const ids = (res: { body: { items: { id: string }[] } }) => res.body.items.map((d) => d.id);

  beforeAll(async () => {
    h = await createHarness(driver);
    w = await seedWorld(h);
    // The mechanism's roster must exist for PUT mechanism to pass.
    await seedDepartments(h, h.ours, anhuiRoster);
    anju = await createCompanyVia(h, 1);
    licang = await createCompanyVia(h, 2);
    await contract(h, anju, w.sunshine, yearsFromNow(-1, "01-01"), yearsFromNow(2, "12-31"));
    await contract(h, anju, w.happy, yearsFromNow(-4, "01-01"), yearsFromNow(-1, "12-31"));
    await contract(h, licang, w.far, yearsFromNow(-1, "01-01"), yearsFromNow(2, "12-31"));
    anjuStaff = await h.userWith(h.ours, ["companyStaff"], { companyId: anju });
    licangStaff = await h.userWith(h.ours, ["companyStaff"], { companyId: licang });
    sunshineMember = await h.userWith(h.ours, ["committeeMember"], { compoundId: w.sunshine });
    farStaff = await h.userWith(h.ours, ["regionStaff"], { regionId: w.farCommunity.id });
  });
  afterAll(() => h?.destroy());

  it("the county publishes a compound's disclosure by its company, with labels and an audit entry", async () => {
    const res = await publish(h.ours.adminToken, body());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      compound: { id: w.sunshine, name: "阳光花园" },
      company: { id: anju, name: "蒙城县第1物业服务有限公司" },
      item: { code: "publicRevenue", label: { zh: "公共收益收支", en: "Public revenue and its use" } },
      period: "2026-Q3",
      attachments: ["https://files.example.gov.cn/2026q3.pdf"],
      publishedBy: { id: h.ours.adminId, name: "蒙城县管理员" },
      withdrawnAt: null,
      withdrawnBy: null,
      withdrawalReason: null,
    });
    expect(res.body.id).toMatch(/^dsc_[0-9A-Z]{26}$/);
    expect(Math.abs(Date.parse(res.body.publishedAt) - Date.now())).toBeLessThan(60_000);
    const one = await h.request("GET", `${base}/${res.body.id}`, { token: h.ours.adminToken });
    expect(one.body).toEqual(res.body);
    const audit = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.tenantId, h.ours.id), eq(auditEvents.targetId, res.body.id))),
    );
    expect(audit.map((e) => [e.action, e.actorId])).toEqual([["disclosure.create", h.ours.adminId]]);
  });

  it("refuses an item outside the config, a period off the item's cadence, and a disclosure of nobody", async () => {
    const item = await publish(h.ours.adminToken, body({ item: "parkingFees" }));
    expect(failingPaths(item)).toEqual(["body.item"]);
    expect(expectProblem(item, 422, "unprocessable").errors?.[0]?.message).toContain(
      "feeStandard, serviceStandard, publicRevenue, maintenanceFund, committeeDecisions, contractSummary",
    );
    for (const [code, period] of [
      ["publicRevenue", "2026-10"],
      ["publicRevenue", "2026"],
      ["committeeDecisions", "2026-Q4"],
      ["feeStandard", "2026-10"],
      ["feeStandard", "2026-Q1"],
    ]) {
      const res = await publish(h.ours.adminToken, body({ item: code, period }));
      expectProblem(res, 422, "unprocessable");
      expect(failingPaths(res)).toEqual(["body.period"]);
    }
    const nobody = await publish(h.ours.adminToken, body({ compoundId: undefined, companyId: undefined }));
    expectProblem(nobody, 422, "unprocessable");
    expect(failingPaths(nobody)).toEqual(["body.compoundId"]);
    const fields = await publish(
      h.ours.adminToken,
      body({ content: "x".repeat(20_001), attachments: ["javascript:alert(1)"], title: "" }),
    );
    expect(failingPaths(fields).sort()).toEqual(["body.attachments.0", "body.content", "body.title"]);
    // A company that never served the compound; an archived compound; an unknown company.
    expect(failingPaths(await publish(h.ours.adminToken, body({ compoundId: w.far })))).toEqual([
      "body.companyId",
    ]);
    expect(failingPaths(await publish(h.ours.adminToken, body({ compoundId: w.archived })))).toEqual([
      "body.compoundId",
    ]);
    expect(
      failingPaths(await publish(h.ours.adminToken, body({ companyId: "cmp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0" }))),
    ).toEqual(["body.companyId"]);
  });

  it("follows the county's config: another cadence, another period", async () => {
    const mechanism = await h.request("GET", "/v1/tenants/ours/mechanism", { token: h.ours.adminToken });
    const doc = mechanism.body.document;
    doc.policies.informationDisclosure.config = { items: { publicRevenue: { cadence: "monthly" } } };
    const put = await h.request("PUT", "/v1/tenants/ours/mechanism", { token: h.ours.adminToken, body: doc });
    expect(put.status).toBe(200);
    expect(failingPaths(await publish(h.ours.adminToken, body({ period: "2026-Q3" })))).toEqual([
      "body.period",
    ]);
    expect((await publish(h.ours.adminToken, body({ period: "2026-09" }))).status).toBe(201);
    doc.policies.informationDisclosure.config = {};
    expect(
      (await h.request("PUT", "/v1/tenants/ours/mechanism", { token: h.ours.adminToken, body: doc })).status,
    ).toBe(200);
  });

  it("company staff publish only as their company, for compounds it serves under an active contract", async () => {
    const own = await publish(anjuStaff.token, body({ item: "feeStandard", period: "2026" }));
    expect(own.status).toBe(201);
    expect(own.body.publishedBy).toEqual({ id: anjuStaff.id, name: expect.any(String) });
    const companyOnly = await publish(
      anjuStaff.token,
      body({ compoundId: undefined, item: "serviceStandard", period: "2026" }),
    );
    expect(companyOnly.status).toBe(201);
    expect(companyOnly.body.compound).toBeNull();
    const noCompany = await publish(anjuStaff.token, body({ companyId: undefined }));
    expect(failingPaths(noCompany)).toEqual(["body.companyId"]);
    expect(failingPaths(await publish(anjuStaff.token, body({ companyId: licang })))).toEqual([
      "body.companyId",
    ]);
    // 幸福里: its contract ended last year. 立仓小区: another company's.
    expect(failingPaths(await publish(anjuStaff.token, body({ compoundId: w.happy })))).toEqual([
      "body.compoundId",
    ]);
    expect(failingPaths(await publish(anjuStaff.token, body({ compoundId: w.far })))).toEqual([
      "body.compoundId",
    ]);
  });

  it("a committee member publishes for their compound only, as the committee; region staff within their part", async () => {
    const mine = await publish(
      sunshineMember.token,
      body({ companyId: undefined, item: "committeeDecisions", period: "2026-10" }),
    );
    expect(mine.status).toBe(201);
    expect(mine.body.company).toBeNull();
    expect(
      failingPaths(
        await publish(sunshineMember.token, body({ item: "committeeDecisions", period: "2026-10" })),
      ),
    ).toEqual(["body.companyId"]);
    expect(
      failingPaths(
        await publish(
          sunshineMember.token,
          body({ compoundId: w.happy, companyId: undefined, period: "2026-Q3" }),
        ),
      ),
    ).toEqual(["body.compoundId"]);

    const far = await publish(farStaff.token, body({ compoundId: w.far, companyId: licang }));
    expect(far.status).toBe(201);
    expect(failingPaths(await publish(farStaff.token, body()))).toEqual(["body.compoundId"]);
    expect(
      failingPaths(await publish(farStaff.token, body({ compoundId: undefined, companyId: licang }))),
    ).toEqual(["body.compoundId"]);

    const officer = await h.userWith(h.ours, ["departmentOfficer"], {
      departmentId: await seedDepartment(h),
    });
    expectProblem(await publish(officer.token, body()), 403, "forbidden");
    expect((await h.request("GET", base, { token: officer.token })).status).toBe(200);
    expectProblem(await h.request("POST", base, { body: body() }), 401, "unauthenticated");
    expectProblem(await publish(h.other.adminToken, body()), 404, "not_found");
  });

  it("each side reads its own part; other tenants see nothing", async () => {
    const all = await h.request("GET", `${base}?limit=200`, { token: h.ours.adminToken });
    const items = all.body.items as DisclosureJson[];
    expect(items.length).toBeGreaterThan(4);
    // Newest first.
    const sorted = [...items]
      .map((d) => d.id)
      .sort()
      .reverse();
    expect(items.map((d) => d.id)).toEqual(sorted);

    const visible = (token: string, query = "") =>
      h.request("GET", `${base}?limit=200${query}`, { token }).then((r) => r.body.items as DisclosureJson[]);
    const anjuSees = await visible(anjuStaff.token);
    // Its company's (with or without a compound) and its compounds' (the committee's too); not 立仓小区's.
    expect(anjuSees.every((d) => d.company?.id === anju || d.compound?.id === w.sunshine)).toBe(true);
    expect(anjuSees.some((d) => d.company === null)).toBe(true);
    expect(anjuSees.some((d) => d.compound?.id === w.far)).toBe(false);
    const licangSees = await visible(licangStaff.token);
    expect(licangSees.map((d) => d.compound?.id)).toEqual([w.far]);
    const memberSees = await visible(sunshineMember.token);
    expect(memberSees.length).toBeGreaterThan(0);
    expect(memberSees.every((d) => d.compound?.id === w.sunshine)).toBe(true);
    expect((await visible(farStaff.token)).map((d) => d.compound?.id)).toEqual([w.far]);

    const farOne = licangSees[0]!.id;
    expectProblem(await h.request("GET", `${base}/${farOne}`, { token: anjuStaff.token }), 404, "not_found");
    expectProblem(
      await h.request("GET", `/v1/tenants/other/disclosures/${farOne}`, { token: h.other.adminToken }),
      404,
      "not_found",
    );
    expect(
      (await h.request("GET", "/v1/tenants/other/disclosures", { token: h.other.adminToken })).body.items,
    ).toEqual([]);
    expectProblem(
      await h.request("GET", `${base}/dsc_nope`, { token: h.ours.adminToken }),
      400,
      "bad_request",
    );

    // Filters and pages.
    const revenue = await visible(h.ours.adminToken, `&item=publicRevenue&compoundId=${w.sunshine}`);
    expect(revenue.length).toBeGreaterThan(0);
    expect(revenue.every((d) => d.item.code === "publicRevenue" && d.compound?.id === w.sunshine)).toBe(true);
    expect((await visible(h.ours.adminToken, "&period=2026")).every((d) => d.period === "2026")).toBe(true);
    expect((await visible(h.ours.adminToken, `&companyId=${licang}`)).map((d) => d.compound?.id)).toEqual([
      w.far,
    ]);
    const first = await h.request("GET", `${base}?limit=2`, { token: h.ours.adminToken });
    const second = await h.request("GET", `${base}?limit=2&cursor=${first.body.nextCursor}`, {
      token: h.ours.adminToken,
    });
    expect([...ids(first), ...ids(second)]).toEqual(items.slice(0, 4).map((d) => d.id));
    expect(
      failingPaths(await h.request("GET", `${base}?period=2026-13`, { token: h.ours.adminToken })),
    ).toEqual(["query.period"]);
  });

  it("withdraws on the publisher's side, with a reason, once", async () => {
    const published = await publish(anjuStaff.token, body({ item: "contractSummary", period: "2026" }));
    const id = published.body.id as string;
    const path = `${base}/${id}/withdraw`;
    const reason = "金额有误，更正后重新公示。";
    // Another company does not even see it; the compound's committee sees it but is not its publisher.
    expectProblem(
      await h.request("POST", path, { token: licangStaff.token, body: { reason } }),
      404,
      "not_found",
    );
    expectProblem(
      await h.request("POST", path, { token: sunshineMember.token, body: { reason } }),
      403,
      "forbidden",
    );
    expect(failingPaths(await h.request("POST", path, { token: anjuStaff.token, body: {} }))).toEqual([
      "body.reason",
    ]);
    const done = await h.request("POST", path, { token: anjuStaff.token, body: { reason } });
    expect(done.status).toBe(200);
    expect(done.body.withdrawnAt).not.toBeNull();
    expect(done.body.withdrawalReason).toBe(reason);
    expect(done.body.withdrawnBy).toBe(anjuStaff.id);
    // Who and why are columns of the disclosure, not only in its audit trail.
    const [stored] = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx
        .select({ withdrawnBy: disclosures.withdrawnBy, withdrawalReason: disclosures.withdrawalReason })
        .from(disclosures)
        .where(and(eq(disclosures.tenantId, h.ours.id), eq(disclosures.id, id))),
    );
    expect(stored).toEqual({ withdrawnBy: anjuStaff.id, withdrawalReason: reason });
    expectProblem(
      await h.request("POST", path, { token: h.ours.adminToken, body: { reason } }),
      409,
      "conflict",
    );

    const listed = await h.request("GET", `${base}?limit=200`, { token: h.ours.adminToken });
    expect(ids(listed)).not.toContain(id);
    const withWithdrawn = await h.request("GET", `${base}?limit=200&includeWithdrawn=true`, {
      token: h.ours.adminToken,
    });
    const found = (withWithdrawn.body.items as DisclosureJson[]).find((d) => d.id === id);
    expect(found).toMatchObject({ withdrawalReason: reason, withdrawnBy: anjuStaff.id });
    expect((await h.request("GET", `${base}/${id}`, { token: anjuStaff.token })).body.withdrawalReason).toBe(
      reason,
    );
    const audit = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.tenantId, h.ours.id), eq(auditEvents.targetId, id))),
    );
    expect(audit.map((e) => e.action).sort()).toEqual(["disclosure.create", "disclosure.withdraw"]);
    expect(audit.find((e) => e.action === "disclosure.withdraw")?.after).toMatchObject({ reason });

    // The committee's own disclosure: its members, the region staff over it and the county may withdraw it.
    const theirs = await publish(
      sunshineMember.token,
      body({ companyId: undefined, item: "committeeDecisions", period: "2026-09" }),
    );
    expectProblem(
      await h.request("POST", `${base}/${theirs.body.id}/withdraw`, {
        token: anjuStaff.token,
        body: { reason },
      }),
      403,
      "forbidden",
    );
    const byCounty = await h.request("POST", `${base}/${theirs.body.id}/withdraw`, {
      token: h.ours.adminToken,
      body: { reason },
    });
    expect(byCounty.status).toBe(200);
  });

  it("the public board needs no login, shows what is published and nothing personal", async () => {
    const pub = (query: string, slug = "ours") =>
      h.request("GET", `/v1/tenants/${slug}/public/disclosures${query}`, {});
    const none = await pub("");
    expectProblem(none, 400, "bad_request");
    expect(failingPaths(none)).toEqual(["query.compoundId"]);
    expect(failingPaths(await pub("?compoundId=cpd_x"))).toEqual(["query.compoundId"]);

    const board = await pub(`?compoundId=${w.sunshine}&limit=200`);
    expect(board.status).toBe(200);
    const items = board.body.items as Record<string, unknown>[];
    expect(items.length).toBeGreaterThan(3);
    for (const item of items) {
      expect(Object.keys(item).sort()).toEqual(
        [
          "attachments",
          "company",
          "compound",
          "content",
          "id",
          "item",
          "period",
          "publishedAt",
          "title",
        ].sort(),
      );
      expect(item.compound).toEqual({ id: w.sunshine, name: "阳光花园" });
    }
    // Newest first, none withdrawn: the staff list (without withdrawn ones) of the compound, in order.
    const staff = await h.request("GET", `${base}?limit=200&compoundId=${w.sunshine}`, {
      token: h.ours.adminToken,
    });
    expect(items.map((d) => d.id)).toEqual(ids(staff));
    const withdrawn = await h.request(
      "GET",
      `${base}?limit=200&includeWithdrawn=true&compoundId=${w.sunshine}`,
      {
        token: h.ours.adminToken,
      },
    );
    expect(withdrawn.body.items.length).toBeGreaterThan(items.length);

    // Nothing that names or reaches a person: no user ids, usernames, display names, phones.
    const text = JSON.stringify(board.body);
    const users = await h.request("GET", "/v1/tenants/ours/users?limit=200", { token: h.ours.adminToken });
    const people = users.body.items as { id: string; username: string; displayName: string }[];
    expect(people.length).toBeGreaterThan(4);
    for (const p of people) {
      expect(text).not.toContain(p.id);
      expect(text).not.toContain(`"${p.username}"`);
      expect(text).not.toContain(p.displayName);
    }
    for (const secret of ["publishedBy", "publisher", "withdraw", PM_PHONE, "刘洋", "0558-7123456", "张伟"]) {
      expect(text).not.toContain(secret);
    }

    const company = await pub(`?companyId=${anju}&limit=200`);
    expect((company.body.items as { company: { id: string } }[]).every((d) => d.company.id === anju)).toBe(
      true,
    );
    expect((company.body.items as { compound: unknown }[]).some((d) => d.compound === null)).toBe(true);
    const fees = await pub(`?compoundId=${w.sunshine}&item=feeStandard`);
    expect(fees.body.items.map((d: { item: { code: string } }) => d.item.code)).toEqual(["feeStandard"]);
    const page = await pub(`?compoundId=${w.sunshine}&limit=1`);
    const next = await pub(`?compoundId=${w.sunshine}&limit=1&cursor=${page.body.nextCursor}`);
    expect([...ids(page), ...ids(next)]).toEqual(items.slice(0, 2).map((d) => d.id as string));

    // Another county's board does not hold ours; an unknown county is 404.
    expect((await pub(`?compoundId=${w.sunshine}`, "other")).body.items).toEqual([]);
    expectProblem(await pub(`?compoundId=${w.sunshine}`, "nowhere"), 404, "not_found");
  });
});
