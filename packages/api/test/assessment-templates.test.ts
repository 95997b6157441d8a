import { companyTemplate } from "@propgov/core";
import { assessmentTemplates, withTenant } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, expectProblem, failingPaths, type Harness } from "./harness.js";
import { createCompanyVia } from "./registry-fixtures.js";

const base = (slug: string) => `/v1/tenants/${slug}/assessment-templates`;
const t = (zh: string) => ({ zh, en: zh });

const firms = {
  code: "firms",
  name: t("企业月度考核"),
  targetKind: "company",
  items: [
    {
      id: "resp",
      title: t("响应率"),
      points: 60,
      source: { metric: "cases.responseRate" },
      rule: { kind: "linear", from: 0, to: 1 },
    },
    { id: "site", title: t("现场检查"), points: 40, source: { metric: "manual" }, rule: { kind: "manual" } },
  ],
};

describe.each(testDrivers())("assessment templates (%s)", (driver) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(driver);
  });
  afterAll(async () => {
    await h?.destroy();
  });

  it("a new tenant has its preset's templates as version 1 (anhui-3338: company, township and the secretaries')", async () => {
    const res = await h.request("GET", base("ours"), { token: h.ours.adminToken });
    expect(res.status).toBe(200);
    expect(res.body.items.map((i: { code: string; version: number }) => [i.code, i.version])).toEqual([
      ["communitySecretary", 1],
      ["company", 1],
      ["township", 1],
      ["townshipSecretary", 1],
    ]);
    const company = res.body.items.find((i: { code: string }) => i.code === "company");
    expect(company.targetKind).toBe("company");
    expect(company.document.items.map((i: { id: string }) => i.id)).toEqual(
      companyTemplate.items.map((i) => i.id),
    );
    expect(company.document.passLine).toBe(60);
  });

  it("creates a template (version 1), audited; a taken code is 409", async () => {
    const res = await h.request("POST", base("ours"), { token: h.ours.adminToken, body: firms });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ code: "firms", version: 1, targetKind: "company" });
    expect(res.body.id).toMatch(/^atp_/);
    expect(res.body.document.bands).toHaveLength(4);
    const audits = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx.execute(sql`select action from audit_events where target_id = ${res.body.id}`),
    );
    expect(JSON.stringify(audits)).toContain("assessmentTemplate.create");
    const again = await h.request("POST", base("ours"), { token: h.ours.adminToken, body: firms });
    expect(failingPaths(again)).toEqual(["body.code"]);
    expectProblem(again, 409, "conflict");
  });

  it("PUT writes the next version; the versions stay readable", async () => {
    const { code: _, ...doc } = firms;
    const res = await h.request("PUT", `${base("ours")}/firms`, {
      token: h.ours.adminToken,
      body: { ...doc, passLine: 70, note: "提高及格线" },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: 2, note: "提高及格线" });
    const versions = await h.request("GET", `${base("ours")}/firms/versions`, { token: h.ours.adminToken });
    expect(versions.body.items.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const v1 = await h.request("GET", `${base("ours")}/firms/versions/1`, { token: h.ours.adminToken });
    expect(v1.body.document.passLine).toBe(60);
    const list = await h.request("GET", base("ours"), { token: h.ours.adminToken });
    expect(list.body.items.find((i: { code: string }) => i.code === "firms").version).toBe(2);
    // History is append-only in the database too.
    await expect(
      withTenant(h.deps.db.db, h.ours.id, (tx) =>
        tx.update(assessmentTemplates).set({ note: "x" }).where(eq(assessmentTemplates.id, res.body.id)),
      ),
    ).rejects.toThrow();
  });

  it("422 names every path: schema errors, then rules against sources", async () => {
    const { code: _, ...doc } = firms;
    const bad = await h.request("PUT", `${base("ours")}/firms`, {
      token: h.ours.adminToken,
      body: {
        ...doc,
        items: [
          doc.items[0],
          doc.items[1],
          { ...doc.items[0], id: "x", rule: { kind: "linear", from: 2, to: 1 } },
        ],
      },
    });
    expectProblem(bad, 422, "unprocessable");
    expect(failingPaths(bad)).toContain("body.items.2.rule.from");

    const cross = await h.request("PUT", `${base("ours")}/firms`, {
      token: h.ours.adminToken,
      body: {
        ...doc,
        items: [
          doc.items[0],
          doc.items[1],
          { ...doc.items[0], id: "x", rule: { kind: "linear", from: 0.9, to: 0.5 } },
          {
            id: "cov",
            title: t("覆盖"),
            points: 5,
            source: { metric: "coverage.service" },
            rule: { kind: "linear", from: 0, to: 1 },
          },
          {
            id: "f",
            title: t("发现"),
            points: 5,
            source: { metric: "findings" },
            rule: { kind: "deduction", perFinding: 1 },
          },
        ],
      },
    });
    expectProblem(cross, 422, "unprocessable");
    expect(failingPaths(cross)).toEqual(
      expect.arrayContaining([
        "body.items.2.rule.from",
        "body.items.3.source.metric",
        "body.items.4.source.policy",
      ]),
    );
    const versions = await h.request("GET", `${base("ours")}/firms/versions`, { token: h.ours.adminToken });
    expect(versions.body.items).toHaveLength(2);
  });

  it("security: 401 without a token, 403 for company staff writing, 404 in another tenant", async () => {
    expectProblem(await h.request("GET", base("ours")), 401, "unauthenticated");
    const staff = await h.userWith(h.ours, ["companyStaff"], { companyId: await createCompanyVia(h, 1) });
    const read = await h.request("GET", base("ours"), { token: staff.token });
    expect(read.status).toBe(200);
    expectProblem(
      await h.request("POST", base("ours"), { token: staff.token, body: { ...firms, code: "mine" } }),
      403,
      "forbidden",
    );
    expectProblem(
      await h.request("GET", `${base("other")}/firms/versions`, { token: h.other.adminToken }),
      404,
      "not_found",
    );
    expectProblem(
      await h.request("GET", `${base("ours")}/nothing/versions/1`, { token: h.ours.adminToken }),
      404,
      "not_found",
    );
  });
});
