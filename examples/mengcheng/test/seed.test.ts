import {
  createApp,
  createPlatformUser,
  createTenant,
  createUser,
  loadRegistrySeed,
  resolveDeps,
  systemPrincipal,
  webPasswordHasher,
} from "@propgov/api";
import { isValidUscc } from "@propgov/core";
import { createTestDatabase, type TestDatabase, testDrivers } from "@propgov/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_CASE_COUNT } from "../src/cases.js";
import { mengchengSeed, mengchengTenant } from "../src/index.js";

const PASSWORD = "a long demo passphrase";

describe.each(testDrivers())("the Mengcheng demo seed on %s", (driver) => {
  let database: TestDatabase;
  let app: ReturnType<typeof createApp>;
  let token: string;
  let ctx: Parameters<typeof loadRegistrySeed>[0];

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    const appDeps = { db: database.handle, passwordHasher: webPasswordHasher({ logN: 10, r: 8, p: 1 }) };
    app = createApp(appDeps);
    const deps = resolveDeps(appDeps);
    const system = { deps, requestId: "seed-test", principal: systemPrincipal("seed-test") };
    await createPlatformUser(deps, { username: "root", displayName: "Root", password: PASSWORD });
    const tenant = await createTenant(system, mengchengTenant);
    await createUser(
      { ...system, tenant },
      { username: "admin", displayName: "管理员", password: PASSWORD, roles: ["countyAdmin"] },
    );
    ctx = { ...system, tenant };
    const res = await app.request("/v1/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ tenant: "mengcheng", username: "admin", password: PASSWORD }),
    });
    token = ((await res.json()) as { token: string }).token;
  });
  afterAll(() => database?.destroy());

  const get = async (path: string) => {
    const res = await app.request(`/v1/tenants/mengcheng/${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status, path).toBe(200);
    return (await res.json()) as { items: Record<string, unknown>[] };
  };

  it("uses valid credit codes and the seed's 8+N roster", () => {
    for (const company of mengchengSeed.companies) expect(isValidUscc(String(company.uscc))).toBe(true);
    expect(mengchengSeed.departments).toHaveLength(11);
  });

  it("loads in one go and every part is visible through the API", async () => {
    const result = await loadRegistrySeed(ctx, mengchengSeed);
    expect(result).toEqual({
      regions: 24,
      departments: 11,
      companies: 3,
      compounds: 7,
      contracts: 4,
      committees: 3,
      partyOrgs: 6,
      bodies: 3,
      staff: 5,
      venues: 3,
      cases: DEMO_CASE_COUNT,
    });
    expect((await get("regions?limit=200")).items).toHaveLength(24);
    expect((await get("departments")).items.map((d) => d.code)).toContain("urbanManagement");
    expect((await get("compounds")).items).toHaveLength(7);
    expect((await get("companies")).items).toHaveLength(3);
    expect((await get("contracts")).items).toHaveLength(4);
    expect((await get("committees")).items).toHaveLength(3);
    expect((await get("party-orgs")).items).toHaveLength(6);
    expect((await get("bodies")).items).toHaveLength(3);
    expect((await get("staff")).items).toHaveLength(5);
    expect((await get("venues")).items).toHaveLength(3);
    // The demo's cases, numbered MC-<year>-…, newest first, in every state of the lifecycle.
    const cases = (await get("cases?limit=200")).items as { number: string; status: string }[];
    expect(cases).toHaveLength(DEMO_CASE_COUNT);
    expect(cases[0]?.number).toMatch(/^MC-\d{4}-\d{6}$/);
    const statuses = new Set(cases.map((c) => c.status));
    for (const status of ["received", "contacted", "closed", "cancelled"]) expect(statuses).toContain(status);
    // 城关街道 → 文化社区 → 文化佳苑 meets the mechanism's bodies, dedicated staff and venues.
    const chengguan = (await get("regions?limit=200")).items.find((r) => r.name === "城关街道");
    const kpi = await app.request(`/v1/tenants/mengcheng/kpis/mechanism?regionId=${chengguan?.id}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(kpi.status).toBe(200);
    const figures = (await kpi.json()) as {
      levels: { level: string; bodies: unknown; dedicatedStaff: unknown; venues: unknown }[];
    };
    const township = figures.levels.find((l) => l.level === "township");
    expect(township).toMatchObject({
      units: 1,
      complete: 1,
      bodies: { present: 1, required: 1 },
      dedicatedStaff: { present: 2, required: 2 },
      venues: { present: 1, required: 1 },
    });
  });

  it("a second load conflicts and leaves nothing half-done", async () => {
    await expect(loadRegistrySeed(ctx, mengchengSeed)).rejects.toThrow();
    expect((await get("regions?limit=200")).items).toHaveLength(24);
    expect((await get("compounds")).items).toHaveLength(7);
  });
});
