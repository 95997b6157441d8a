import { testDrivers } from "@propgov/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, expectProblem, type Harness } from "./harness.js";
import { anhuiRoster, seedDepartments } from "./mechanism-fixtures.js";
import { seedCompound, seedRegion } from "./registry-fixtures.js";

interface PolicyJson {
  id: string;
  builtin: boolean;
  evaluates: string[];
  configSchema: { type?: string; properties?: Record<string, unknown> };
  defaults: Record<string, unknown>;
  enabled: boolean;
  config: Record<string, unknown> | null;
}

describe.each(testDrivers())("policies on %s", (driver) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(driver);
    await seedDepartments(h, h.ours, anhuiRoster);
  });
  afterAll(() => h?.destroy());

  const path = "/v1/tenants/ours/policies";
  const byId = async (token = h.ours.adminToken) => {
    const res = await h.request("GET", path, { token });
    expect(res.status).toBe(200);
    return { version: res.body.mechanismVersion as number, items: res.body.items as PolicyJson[] };
  };

  it("lists every built-in policy with its schema, defaults, what it judges and its state", async () => {
    const { version, items } = await byId();
    expect(version).toBe(1);
    expect(items.map((p) => p.id)).toEqual([
      "partyLeadership",
      "gridResponsibility",
      "informationDisclosure",
      "complaintHandling",
      "jointConsultation",
      "assessment",
      "cultivateExcellence",
      "wholeProcessParticipation",
      "mechanismCompleteness",
      "contractPerformance",
      "householdsPerGrid",
    ]);
    const get = (id: string) => items.find((p) => p.id === id) as PolicyJson;
    expect(items.every((p) => p.builtin)).toBe(true);
    expect(get("gridResponsibility")).toMatchObject({
      enabled: true,
      evaluates: ["compounds", "grids", "cases"],
      defaults: { requireCompoundGuarantor: true, requireGridGuarantor: true, requireGrids: true },
      config: { requireCompoundGuarantor: true, requireGridGuarantor: true, requireGrids: true },
    });
    expect(get("gridResponsibility").configSchema.type).toBe("object");
    expect(Object.keys(get("gridResponsibility").configSchema.properties ?? {})).toContain("requireGrids");
    // Judges the disclosures published and the contracts they are owed under.
    expect(get("informationDisclosure")).toMatchObject({
      enabled: true,
      evaluates: ["disclosures", "contracts", "compounds", "companies", "committees"],
    });
    // Contract performance: obligations checked against cases and inspections.
    expect(get("contractPerformance")).toMatchObject({
      enabled: true,
      title: { zh: "合同履约", en: "Contract performance" },
      evaluates: ["contracts", "companies", "compounds", "cases", "inspections"],
      defaults: { complaintsPerMonth: 3 },
    });
    // Not in the anhui-3338 mechanism at all.
    expect(get("householdsPerGrid")).toMatchObject({ enabled: false, config: null });
  });

  it("follows the current mechanism: enable, configure and disable through PUT mechanism", async () => {
    const mechanism = await h.request("GET", "/v1/tenants/ours/mechanism", { token: h.ours.adminToken });
    const doc = mechanism.body.document;
    doc.policies.householdsPerGrid = { enabled: true, config: { maxHouseholdsPerGrid: 120 } };
    doc.policies.assessment.enabled = false;
    const put = await h.request("PUT", "/v1/tenants/ours/mechanism", { token: h.ours.adminToken, body: doc });
    expect(put.status).toBe(200);
    const { version, items } = await byId();
    expect(version).toBe(put.body.version);
    expect(items.find((p) => p.id === "householdsPerGrid")).toMatchObject({
      enabled: true,
      config: { maxHouseholdsPerGrid: 120 },
    });
    expect(items.find((p) => p.id === "assessment")?.enabled).toBe(false);
  });

  it("security: 401 without auth, any role of the tenant reads, 404 for another tenant", async () => {
    expectProblem(await h.request("GET", path), 401, "unauthenticated");
    const committee = await h.userWith(h.ours, ["committeeMember"], {
      compoundId: await seedCompound(
        h,
        h.ours,
        await seedRegion(h, h.ours, "community", "城南社区"),
        "阳光花园",
      ),
    });
    expect((await byId(committee.token)).items.length).toBe(11);
    expectProblem(await h.request("GET", path, { token: h.other.adminToken }), 404, "not_found");
    // The other tenant sees its own mechanism's state, not ours.
    const theirs = await h.request("GET", "/v1/tenants/other/policies", { token: h.other.adminToken });
    expect(theirs.body.mechanismVersion).toBe(1);
    expect(theirs.body.items.find((p: PolicyJson) => p.id === "householdsPerGrid").enabled).toBe(false);
  });
});
