import { cases, withTenant } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Principal, TenantServiceContext } from "../src/context.js";
import { actOnCase } from "../src/services/cases/act.js";
import { type CaseWorld, seedCaseWorld } from "./case-fixtures.js";
import { createHarness, expectProblem, failingPaths, type Harness } from "./harness.js";

describe.each(testDrivers())("public compounds, intake form and KPIs on %s", (driver) => {
  let h: Harness;
  let world: CaseWorld;
  beforeAll(async () => {
    h = await createHarness(driver, { startAt: "2026-04-14T02:00:00.000Z" });
    world = await seedCaseWorld(h);
  });
  afterAll(() => h?.destroy());

  let clients = 0;
  const newClient = () => ({ "x-test-client": `10.1.0.${++clients}` });
  const get = (path: string, headers: Record<string, string> = {}) =>
    h.request("GET", `/v1/tenants/ours/public/${path}`, { headers: { ...newClient(), ...headers } });

  const admin = (): TenantServiceContext => {
    const principal: Principal = {
      kind: "user",
      tenantId: h.ours.id,
      userId: h.ours.adminId,
      username: "admin",
      displayName: "县管理员",
      roles: ["countyAdmin"],
      scope: null,
      sessionId: "ses_test",
      via: "bearer",
    };
    return { deps: h.deps, requestId: "test", principal, tenant: h.ours };
  };

  describe("compound search", () => {
    it("finds active compounds by name and by community, with no personal data", async () => {
      const byName = await get("compounds?q=阳光");
      expect(byName.status).toBe(200);
      expect(byName.body.items).toEqual([
        {
          id: world.sunshine,
          name: "阳光花园",
          address: expect.any(String),
          community: { id: world.community.id, name: "城南社区" },
        },
      ]);
      const byCommunity = await get(`compounds?q=${encodeURIComponent("城南")}`);
      expect(byCommunity.body.items.map((c: { name: string }) => c.name).sort()).toEqual(
        ["幸福里", "阳光花园"].sort(),
      );
      // The archived compound is never offered; no guarantor, phone or household count leaks.
      const all = await get("compounds");
      expect(all.body.items.map((c: { id: string }) => c.id).sort()).toEqual(
        [world.sunshine, world.happy, world.far].sort(),
      );
      expect(JSON.stringify(all.body)).not.toMatch(/李包保|guarantor|phone|households/);
      // LIKE metacharacters match literally.
      expect((await get("compounds?q=%25")).body.items).toEqual([]);
    });

    it("pages with a cursor and refuses a bad limit or cursor naming the field", async () => {
      const first = await get("compounds?limit=2");
      expect(first.body.items).toHaveLength(2);
      expect(first.body.nextCursor).toEqual(expect.any(String));
      const second = await get(`compounds?limit=2&cursor=${first.body.nextCursor}`);
      expect(second.body.items).toHaveLength(1);
      expect(second.body.nextCursor).toBeNull();
      const ids = [...first.body.items, ...second.body.items].map((c: { id: string }) => c.id);
      expect(new Set(ids).size).toBe(3);

      const tooMany = await get("compounds?limit=51");
      expectProblem(tooMany, 400, "bad_request");
      expect(failingPaths(tooMany)).toEqual(["query.limit"]);
      const badCursor = await get("compounds?cursor=nonsense");
      expectProblem(badCursor, 400, "bad_request");
      expect(failingPaths(badCursor)).toEqual(["query.cursor"]);
    });

    it("shows another county nothing of ours, and an unknown county is 404", async () => {
      const other = await h.request("GET", "/v1/tenants/other/public/compounds", { headers: newClient() });
      expect(other.status).toBe(200);
      expect(other.body.items).toEqual([]);
      expectProblem(await h.request("GET", "/v1/tenants/nowhere/public/compounds"), 404, "not_found");
    });
  });

  describe("intake form", () => {
    it("lists the mechanism's categories and the privacy link from the settings", async () => {
      const before = await get("intake");
      expect(before.status).toBe(200);
      expect(before.body.tenant).toEqual({ slug: "ours", name: h.ours.name });
      expect(before.body.categories).toContainEqual({
        code: "serviceQuality",
        name: expect.objectContaining({ zh: expect.any(String), en: expect.any(String) }),
        kind: "complaint",
      });
      expect(before.body.privacyUrl).toBeNull();

      const bad = await h.request("PUT", "/v1/tenants/ours/settings", {
        token: h.ours.adminToken,
        body: { privacyUrl: "javascript:alert(1)" },
      });
      expect(failingPaths(bad)).toContain("body.privacyUrl");
      const set = await h.request("PUT", "/v1/tenants/ours/settings", {
        token: h.ours.adminToken,
        body: { privacyUrl: "https://www.example.gov.cn/privacy.html" },
      });
      expect(set.status).toBe(200);
      expect(set.body.privacyUrl).toBe("https://www.example.gov.cn/privacy.html");
      expect((await get("intake")).body.privacyUrl).toBe("https://www.example.gov.cn/privacy.html");
    });
  });

  describe("KPIs", () => {
    it("answers the county's 三率 and three 100% rates as the staff KPIs do, aggregates only", async () => {
      const file = async (description: string) => {
        const res = await h.request("POST", "/v1/tenants/ours/public/cases", {
          headers: newClient(),
          body: {
            category: "serviceQuality",
            compoundId: world.sunshine,
            description,
            reporter: { name: "王五", phone: "13812345678" },
          },
        });
        expect(res.status).toBe(201);
        const [row] = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
          tx.select({ id: cases.id }).from(cases).where(eq(cases.number, res.body.number)),
        );
        return row?.id as string;
      };
      const answered = await file("楼道灯坏了一个星期没人修。");
      await file("垃圾三天没人清运，气味很大。");
      await actOnCase(admin(), answered, { type: "contact", note: "已电话联系" });
      h.advance(3 * 3600_000); // the other case passes its 2-hour first-contact deadline

      const res = await get("kpis?period=2026-04");
      expect(res.status).toBe(200);
      const staffCases = await h.request("GET", "/v1/tenants/ours/kpis/cases?period=2026-04", {
        token: h.ours.adminToken,
      });
      const staffCoverage = await h.request("GET", "/v1/tenants/ours/kpis/coverage", {
        token: h.ours.adminToken,
      });
      expect(res.body.period).toBe("2026-04");
      expect(res.body.region).toBeNull();
      expect(res.body.received).toBe(2);
      expect(res.body.caseRates.responseRate).toMatchObject({ numerator: 1, denominator: 2, rate: 0.5 });
      for (const key of ["responseRate", "resolutionRate", "satisfactionRate"]) {
        expect(res.body.caseRates[key]).toEqual(staffCases.body[key]);
      }
      for (const key of ["serviceCoverage", "committeeFormation", "partyOrgFormation"]) {
        const { name, ...figures } = res.body.coverage[key];
        expect(name.zh).toMatch(/率$/);
        expect(figures).toEqual(staffCoverage.body[key]);
      }
      expect(res.body.coverage.serviceCoverage.denominator).toBe(3);
      expect(res.body.regions.map((r: { id: string }) => r.id).sort()).toEqual(
        [world.street.id, world.township.id].sort(),
      );
      expect(Object.keys(res.body)).not.toContain("overdue");
      expect(JSON.stringify(res.body)).not.toMatch(/王五|13812345678|byCategory/);
    });

    it("measures one township; a community, an unknown region or a bad period is refused at the field", async () => {
      const township = await get(`kpis?period=2026-04&regionId=${world.township.id}`);
      expect(township.status).toBe(200);
      expect(township.body.region).toEqual({ id: world.township.id, name: "立仓镇", kind: "township" });
      expect(township.body.received).toBe(0);
      expect(township.body.coverage.serviceCoverage.denominator).toBe(1);

      const community = await get(`kpis?regionId=${world.community.id}`);
      expect(failingPaths(community)).toEqual(["query.regionId"]);
      expectProblem(community, 404, "not_found");
      expect(failingPaths(await get("kpis?regionId=nope"))).toEqual(["query.regionId"]);
      const period = await get("kpis?period=2026-13");
      expect(period.status).toBe(400);
      expect(failingPaths(period)).toEqual(["query.period"]);
    });
  });

  describe("as public routes", () => {
    it("let an allowed origin read them, and count against the reads budget", async () => {
      const WIDGET = "https://widgets.example.gov.cn";
      const set = await h.request("PUT", "/v1/tenants/ours/settings", {
        token: h.ours.adminToken,
        body: { allowedOrigins: [WIDGET], publicReads: { perMinute: 3 } },
      });
      expect(set.status).toBe(200);
      const client = newClient();
      for (const path of ["compounds", "intake", "kpis"]) {
        const res = await get(path, { ...client, origin: WIDGET });
        expect(res.status).toBe(200);
        expect(res.headers.get("access-control-allow-origin")).toBe(WIDGET);
      }
      const refused = await get("compounds", { ...client, origin: WIDGET });
      expectProblem(refused, 429, "rate_limited");
      expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
      const stranger = await get("intake", { origin: "https://evil.example.com" });
      expect(stranger.headers.get("access-control-allow-origin")).toBeNull();
    });
  });
});
