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
    return (await res.json()) as { items: Record<string, unknown>[]; nextCursor?: unknown };
  };

  const regionCount = mengchengSeed.regions.reduce((n, r) => n + 1 + (r.children?.length ?? 0), 0);

  /** Every item of a list, page by page. */
  const all = async (resource: string) => {
    const items: Record<string, unknown>[] = [];
    let cursor: unknown = null;
    do {
      const page = (await get(
        `${resource}?limit=200${cursor ? `&cursor=${encodeURIComponent(String(cursor))}` : ""}`,
      )) as { items: Record<string, unknown>[]; nextCursor?: unknown };
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  };

  it("uses valid credit codes and the seed's 8+N roster", () => {
    for (const company of mengchengSeed.companies) expect(isValidUscc(String(company.uscc))).toBe(true);
    expect(mengchengSeed.departments).toHaveLength(11);
  });

  it("looks like Mengcheng: all 16 units, each with communities and compounds, and enough of everything", () => {
    const units = mengchengSeed.regions;
    expect(units.map((u) => u.name)).toEqual(
      expect.arrayContaining(["城关街道", "庄周街道", "漆园街道", "小辛集乡"]),
    );
    expect(units).toHaveLength(16);
    const compoundsOf = (unit: (typeof units)[number]) =>
      mengchengSeed.compounds.filter((c) =>
        unit.children?.some((community) => community.key === c.community),
      );
    for (const unit of units) {
      expect(unit.children?.length ?? 0, unit.name).toBeGreaterThanOrEqual(2);
      expect(compoundsOf(unit).length, unit.name).toBeGreaterThanOrEqual(2);
    }
    expect(mengchengSeed.compounds.length).toBeGreaterThanOrEqual(60);
    expect(mengchengSeed.companies.length).toBeGreaterThanOrEqual(15);
    expect(mengchengSeed.cases?.length ?? 0).toBeGreaterThanOrEqual(300);
    // Contracts in force and ended (the dates are fixed, so the split is too).
    const ended = mengchengSeed.contracts.filter((c) => String(c.endsOn) < "2026-01-01");
    expect(ended.length).toBeGreaterThan(5);
    expect(mengchengSeed.contracts.length - ended.length).toBeGreaterThan(40);
    // Bodies, staff and venues in most units.
    const withBody = units.filter((u) => mengchengSeed.bodies?.some((b) => b.region === u.key));
    expect(withBody.length).toBeGreaterThan(units.length / 2);
    // No phone number of the sample data could be anyone's: every mobile is 1380000xxxx.
    const phones = JSON.stringify(mengchengSeed).match(/1[3-9]\d{9}/g) ?? [];
    expect(phones.length).toBeGreaterThan(100);
    for (const phone of phones) expect(phone).toMatch(/^1380000\d{4}$/);
  });

  it("marks every sample object 示例: communities, compounds, companies, party organisations, bodies, venues", () => {
    const named = [
      ...mengchengSeed.regions.flatMap((u) => u.children ?? []),
      ...mengchengSeed.compounds,
      ...mengchengSeed.companies,
      ...mengchengSeed.partyOrgs,
      ...(mengchengSeed.bodies ?? []),
      ...(mengchengSeed.venues ?? []),
    ];
    expect(named.length).toBeGreaterThan(300);
    for (const item of named) expect(String(item.name)).toContain("示例");
    // The 16 units themselves are the county's real ones, and carry no mark.
    for (const unit of mengchengSeed.regions) expect(unit.name).not.toContain("示例");
  });

  it("loads in one go and every part is visible through the API", async () => {
    const result = await loadRegistrySeed(ctx, mengchengSeed);
    expect(result).toEqual({
      regions: regionCount,
      departments: 11,
      companies: mengchengSeed.companies.length,
      compounds: mengchengSeed.compounds.length,
      contracts: mengchengSeed.contracts.length,
      committees: mengchengSeed.committees.length,
      partyOrgs: mengchengSeed.partyOrgs.length,
      bodies: mengchengSeed.bodies?.length,
      staff: mengchengSeed.staff?.length,
      venues: mengchengSeed.venues?.length,
      cases: DEMO_CASE_COUNT,
      meetings: expect.any(Number),
      disclosures: expect.any(Number),
      tasks: mengchengSeed.tasks?.length,
      creditRecords: mengchengSeed.credit?.length,
      lifecycleEvents: mengchengSeed.lifecycleEvents?.length,
      nominations: mengchengSeed.nominations?.length,
    });
    expect(result.compounds).toBeGreaterThanOrEqual(60);
    // Meetings and disclosures of the seed that fall before the load: a late one of last month may not
    // be out yet, and a company publishes only for windows its contract covers.
    expect(result.meetings).toBeGreaterThan(0.9 * (mengchengSeed.meetings?.length ?? 0));
    expect(result.disclosures).toBeGreaterThan(0.75 * (mengchengSeed.disclosures?.length ?? 0));
    expect((await all("meetings")).length).toBe(result.meetings);
    const published = (await all("disclosures")).length;
    expect(published).toBe(result.disclosures);
    // Tasks in every state of the closed loop; credit records with a penalty under objection.
    const taskList = (await all("tasks")) as { status: string }[];
    expect(taskList).toHaveLength(result.tasks);
    expect(new Set(taskList.map((t) => t.status))).toEqual(
      new Set(["open", "inProgress", "submitted", "verified", "closed"]),
    );
    const anju = (await all("companies")).find((c) => String(c.name).includes("安居物业"));
    const records = (await get(`credit/companies/${anju?.id}/records`)).items;
    expect(records).toEqual([expect.objectContaining({ source: "administrativePenalty", kind: "bad" })]);
    const appeals = (await all("credit/appeals")) as { kind: string; status: string }[];
    expect(appeals).toEqual([expect.objectContaining({ kind: "objection", status: "pending" })]);
    // Lifecycle events with their sign-offs, open and completed; nominations pending and awarded.
    const events = (await all("lifecycle-events")) as { status: string }[];
    expect(events).toHaveLength(result.lifecycleEvents);
    expect(new Set(events.map((e) => e.status))).toEqual(new Set(["open", "completed"]));
    const nominations = (await all("excellence/nominations")) as { status: string }[];
    expect(nominations).toHaveLength(result.nominations);
    expect(nominations.length).toBeGreaterThan(0);
    expect((await all("regions")).length).toBe(regionCount);
    expect((await get("departments")).items.map((d) => d.code)).toContain("urbanManagement");
    expect((await all("compounds")).length).toBe(result.compounds);
    expect((await all("companies")).length).toBe(result.companies);
    expect((await all("contracts")).length).toBe(result.contracts);
    expect((await all("committees")).length).toBe(result.committees);
    expect((await all("party-orgs")).length).toBe(result.partyOrgs);
    expect((await all("bodies")).length).toBe(result.bodies);
    expect((await all("staff")).length).toBe(result.staff);
    expect((await all("venues")).length).toBe(result.venues);
    // The demo's cases, numbered MC-<year>-…, newest first, in every state of the lifecycle.
    const cases = (await all("cases")) as { id: string; number: string; status: string; round: number }[];
    expect(cases).toHaveLength(DEMO_CASE_COUNT);
    expect(cases[0]?.number).toMatch(/^MC-\d{4}-\d{6}$/);
    expect(new Set(cases.map((c) => c.number)).size).toBe(DEMO_CASE_COUNT);
    const statuses = new Set(cases.map((c) => c.status));
    for (const status of [
      "received",
      "contacted",
      "whistled",
      "checkedIn",
      "resolved",
      "closed",
      "cancelled",
    ])
      expect(statuses, status).toContain(status);
    // Reopened cases are in their second round.
    const reopened = cases.filter((c) => c.round > 1);
    expect(reopened.length).toBeGreaterThan(0);
    const one = (await get(`cases/${reopened[0]?.id}`)) as unknown as { timeline: { type: string }[] };
    expect(one.timeline.map((e) => e.type)).toContain("reopened");
    // Some cases carry a point (GCJ-02) near Mengcheng.
    const located = mengchengSeed.cases?.filter((c) => c.location) ?? [];
    expect(located.length).toBeGreaterThan(50);
    for (const c of located) {
      expect(Math.abs((c.location?.lat ?? 0) - 33.26)).toBeLessThan(0.3);
      expect(Math.abs((c.location?.long ?? 0) - 116.56)).toBeLessThan(0.3);
    }
    // 城关街道 → 文化社区 → 文化佳苑 meets the mechanism's bodies, dedicated staff and venues.
    const chengguan = (await all("regions")).find((r) => r.name === "城关街道");
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
    expect((await all("regions")).length).toBe(regionCount);
    expect((await all("compounds")).length).toBe(mengchengSeed.compounds.length);
  });
});
