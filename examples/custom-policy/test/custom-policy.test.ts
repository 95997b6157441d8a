import {
  type App,
  createApp,
  createPlatformUser,
  createTenant,
  createUser,
  resolveDeps,
  systemPrincipal,
  webPasswordHasher,
} from "@propgov/api";
import { createTestDatabase, type TestDatabase, testDrivers } from "@propgov/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { guaranteedGrids } from "../src/index.js";

const PASSWORD = "a long demo passphrase";
const ID = "qinghe.guaranteedGrids";

// The plugin registered with the app, against a real database: listed, enabled, evaluated.
describe.each(testDrivers())("a county's own policy on %s", (driver) => {
  let database: TestDatabase;
  let app: App;
  let token: string;

  const call = async (method: string, path: string, body?: unknown) => {
    const res = await app.request(`http://localhost/v1/tenants/qinghe${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: res.status, body: await res.json() };
  };
  const ok = async (method: string, path: string, body?: unknown) => {
    const res = await call(method, path, body);
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    // The one line that registers the plugin: the app's policies are the built-ins plus these.
    const appDeps = {
      db: database.handle,
      passwordHasher: webPasswordHasher({ logN: 10, r: 8, p: 1 }),
      policies: [guaranteedGrids],
    };
    const deps = resolveDeps(appDeps);
    const system = { deps, requestId: "custom-policy-test", principal: systemPrincipal("test") };
    await createPlatformUser(deps, { username: "root", displayName: "Root", password: PASSWORD });
    const tenant = await createTenant(system, {
      slug: "qinghe",
      name: "青禾县",
      divisionCode: "341699",
      preset: "compact-2level",
    });
    await createUser(
      { ...system, tenant },
      { username: "admin", displayName: "青禾县管理员", password: PASSWORD, roles: ["countyAdmin"] },
    );
    app = createApp(appDeps);
    const login = await app.request("http://localhost/v1/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ tenant: "qinghe", username: "admin", password: PASSWORD }),
    });
    token = (await login.json()).token;

    // A little registry through the API: the roster of the preset, a community, three compounds.
    const mechanism = await ok("GET", "/mechanism");
    const { core, utilities } = mechanism.document.roster as { core: string[]; utilities: string[] };
    for (const code of [...core, ...utilities]) {
      await ok("POST", "/departments", {
        code,
        name: { zh: code, en: code },
        kind: core.includes(code) ? "core" : "utility",
      });
    }
    const street = await ok("POST", "/regions", { kind: "street", name: "青禾街道" });
    const community = await ok("POST", "/regions", {
      kind: "community",
      name: "东门社区",
      parentId: street.id,
    });
    const compound = (name: string, households: number, grids: { name: string; guarantor?: unknown }[]) =>
      ok("POST", "/compounds", {
        name,
        address: `${name}1号`,
        communityId: community.id,
        buildings: 10,
        households,
        serviceMode: "professional",
        grids,
      });
    const guarantor = { name: "王强", phone: "13812345678" };
    await compound("东门花园", 600, [
      { name: "1号网格", guarantor },
      { name: "2号网格" },
      { name: "3号网格" },
    ]);
    await compound("西门小区", 700, [
      { name: "1号网格", guarantor },
      { name: "2号网格", guarantor },
    ]);
    await compound("南门小区", 120, []);
  });
  afterAll(() => database?.destroy());

  it("appears in GET policies, not yet enabled, with its form schema and defaults", async () => {
    const { items } = await ok("GET", "/policies");
    const mine = items.find((p: { id: string }) => p.id === ID);
    expect(mine).toMatchObject({
      builtin: false,
      enabled: false,
      config: null,
      evaluates: ["compounds", "grids"],
      defaults: { minHouseholds: 500, minGuaranteedGrids: 2 },
      title: { zh: "大型小区网格包保" },
    });
    expect(Object.keys(mine.configSchema.properties)).toEqual(["minHouseholds", "minGuaranteedGrids"]);
    // Not enabled: an evaluation does not run it.
    const run = await ok("POST", "/evaluations", { period: "2024-05" });
    expect(run.byPolicy[ID]).toBeUndefined();
  });

  it("is enabled through PUT mechanism, its config checked against its own schema", async () => {
    const { document } = await ok("GET", "/mechanism");
    document.policies[ID] = { enabled: true, config: { minGuaranteedGrids: 0 } };
    const bad = await call("PUT", "/mechanism", document);
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual([
      `body.policies.${ID}.config.minGuaranteedGrids`,
    ]);
    document.policies[ID] = { enabled: true, config: { minHouseholds: 500 } };
    const put = await ok("PUT", "/mechanism", document);
    expect(put.document.policies[ID]).toEqual({
      enabled: true,
      config: { minHouseholds: 500, minGuaranteedGrids: 2 },
    });
    const { items } = await ok("GET", "/policies");
    expect(items.find((p: { id: string }) => p.id === ID)).toMatchObject({
      enabled: true,
      config: { minHouseholds: 500, minGuaranteedGrids: 2 },
    });
  });

  it("produces findings in POST evaluations, stored and filterable like the built-ins'", async () => {
    const run = await ok("POST", "/evaluations", { period: "2024-05" });
    expect(run.byPolicy[ID]).toBe(1);
    const { items } = await ok("GET", `/findings?period=2024-05&policy=${ID}`);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      policy: ID,
      rule: "tooFewGuaranteedGrids",
      severity: "major",
      subject: { type: "compound", name: "东门花园" },
      evidence: { households: 600, grids: 3, guaranteed: 1, required: 2 },
    });
  });
});
