import {
  type App,
  countPlatformUsers,
  createApp,
  createTenant,
  findTenantBySlug,
  type ResolvedDeps,
  resolveDeps,
  systemPrincipal,
} from "@propgov/api";
import { newId } from "@propgov/core";
import { createTestDatabase, type TestDatabase, testDrivers } from "@propgov/db/testing";
import { mengchengSeed } from "@propgov/example-mengcheng";
import { afterEach, describe, expect, it } from "vitest";
import { BOOTSTRAP, bootstrap, generatePassword } from "../src/bootstrap.js";
import { nodeScryptHasher } from "../src/hasher.js";
import { PASSWORD } from "./helpers.js";

type RegionTree = readonly { children?: RegionTree }[];
const countRegions = (tree: RegionTree): number =>
  tree.reduce((n, r) => n + 1 + countRegions(r.children ?? []), 0);

async function login(app: App, body: Record<string, string>) {
  const res = await app.request("/v1/auth/login", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return {
    status: res.status,
    body: (await res.json()) as { user?: { roles: string[]; displayName: string } },
  };
}

describe.each(testDrivers())("bootstrap on %s", (driver) => {
  const open: TestDatabase[] = [];
  const fresh = async (): Promise<{ deps: ResolvedDeps; app: App }> => {
    const database = await createTestDatabase(driver);
    open.push(database);
    const appDeps = { db: database.handle, passwordHasher: nodeScryptHasher() };
    return { deps: resolveDeps(appDeps), app: createApp(appDeps) };
  };
  afterEach(async () => {
    await Promise.all(open.splice(0).map((d) => d.destroy()));
  });

  it("creates root, the tenant mengcheng and its admin on an empty database, then never again", async () => {
    const { deps, app } = await fresh();
    expect(await countPlatformUsers(deps)).toBe(0);

    const first = await bootstrap(deps, PASSWORD);
    expect(first).toMatchObject({
      created: true,
      tenant: { slug: "mengcheng" },
      generatedPassword: undefined,
      demo: {
        regions: countRegions(mengchengSeed.regions),
        departments: 11,
        compounds: mengchengSeed.compounds.length,
        companies: mengchengSeed.companies.length,
        cases: mengchengSeed.cases?.length,
      },
    });

    const tenant = await findTenantBySlug(deps, "mengcheng");
    expect(tenant).toMatchObject({ name: "蒙城县", divisionCode: "341622", timezone: "Asia/Shanghai" });
    expect(await countPlatformUsers(deps)).toBe(1);

    const admin = await login(app, { tenant: "mengcheng", username: "admin", password: PASSWORD });
    expect(admin.status).toBe(200);
    expect(admin.body.user).toMatchObject({
      roles: ["countyAdmin"],
      displayName: BOOTSTRAP.countyAdmin.displayName,
    });
    const root = await login(app, { username: "root", password: PASSWORD });
    expect(root.status).toBe(200);
    expect(root.body.user?.roles).toEqual(["platformAdmin"]);

    const again = await bootstrap(deps, "another password entirely");
    expect(again).toEqual({ created: false });
    expect(await countPlatformUsers(deps)).toBe(1);
    // The first password still holds: nothing was recreated.
    expect((await login(app, { username: "root", password: PASSWORD })).status).toBe(200);
    expect((await login(app, { username: "root", password: "another password entirely" })).status).toBe(401);
  });

  it("without the demo creates root alone: no Mengcheng tenant, no sample data", async () => {
    const { deps, app } = await fresh();
    const result = await bootstrap(deps, PASSWORD, { demo: false });
    expect(result).toMatchObject({ created: true, tenant: null, countyAdmin: null, demo: null });
    expect(await findTenantBySlug(deps, "mengcheng")).toBeNull();
    expect((await login(app, { username: "root", password: PASSWORD })).status).toBe(200);
  });

  it("marks the Mengcheng tenant as demo, so that it may be deleted", async () => {
    const { deps, app } = await fresh();
    await bootstrap(deps, PASSWORD);
    const root = await login(app, { username: "root", password: PASSWORD });
    const token = (root.body as { token?: string }).token;
    const res = await app.request("/v1/tenants", { headers: { authorization: `Bearer ${token}` } });
    const page = (await res.json()) as { items: { slug: string; demo: boolean }[] };
    expect(page.items).toEqual([expect.objectContaining({ slug: "mengcheng", demo: true })]);

    // The whole sample registry, its cases and their timelines included, goes at once.
    const gone = await app.request("/v1/platform/tenants/mengcheng", {
      method: "DELETE",
      headers: { authorization: `Bearer ${token}` },
    });
    expect(gone.status).toBe(204);
    expect(await findTenantBySlug(deps, "mengcheng")).toBeNull();
    expect((await login(app, { tenant: "mengcheng", username: "admin", password: PASSWORD })).status).toBe(
      401,
    );
  });

  it("generates a strong password when none is given and hands it back once", async () => {
    const { deps, app } = await fresh();
    const result = await bootstrap(deps, undefined);
    if (!result.created) throw new Error("expected a bootstrap");
    const password = result.generatedPassword ?? "";
    expect(password.length).toBeGreaterThanOrEqual(16);
    expect((await login(app, { tenant: "mengcheng", username: "admin", password })).status).toBe(200);
    expect((await login(app, { username: "root", password })).status).toBe(200);
  });

  it("refuses a PROPGOV_ADMIN_PASSWORD that breaks the password policy before creating anything", async () => {
    const { deps } = await fresh();
    for (const weak of ["password123", "the root of it all"]) {
      await expect(bootstrap(deps, weak)).rejects.toMatchObject({
        code: "unprocessable",
        errors: [{ path: "PROPGOV_ADMIN_PASSWORD" }],
      });
    }
    expect(await countPlatformUsers(deps)).toBe(0);
    expect(await findTenantBySlug(deps, "mengcheng")).toBeNull();
  });

  it("creates the accounts once when two starts race", async () => {
    const { deps } = await fresh();
    const results = await Promise.all([bootstrap(deps, PASSWORD), bootstrap(deps, PASSWORD)]);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await countPlatformUsers(deps)).toBe(1);
  });

  it("keeps a tenant mengcheng that exists already (created before the first start)", async () => {
    const { deps } = await fresh();
    const existing = await createTenant(
      { deps, requestId: newId("request"), principal: systemPrincipal("test") },
      { ...BOOTSTRAP.tenant, name: "蒙城县（预建）" },
    );
    const result = await bootstrap(deps, PASSWORD);
    // The demo registry goes into the existing tenant too (it had none).
    expect(result).toMatchObject({
      created: true,
      tenant: { id: existing.id },
      demo: { regions: countRegions(mengchengSeed.regions) },
    });
    expect((await findTenantBySlug(deps, "mengcheng"))?.name).toBe("蒙城县（预建）");
  });
});

describe("generatePassword", () => {
  it("gives 24 unambiguous letters and digits, different every time", () => {
    const seen = new Set(Array.from({ length: 50 }, () => generatePassword()));
    expect(seen.size).toBe(50);
    for (const p of seen) expect(p).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{24}$/);
  });
});
