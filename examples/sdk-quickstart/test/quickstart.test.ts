import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
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
import { createTestDatabase, type TestDatabase } from "@propgov/db/testing";
import { mengchengSeed, mengchengTenant } from "@propgov/example-mengcheng";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { quickstart } from "../src/quickstart.js";

const PASSWORD = "a long demo passphrase";

// The quickstart against a real server over real HTTP, with the Mengcheng demo loaded (PGlite).
describe("the SDK quickstart", () => {
  let database: TestDatabase;
  let server: ReturnType<typeof serve>;
  let baseUrl: string;

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    const appDeps = { db: database.handle, passwordHasher: webPasswordHasher({ logN: 10, r: 8, p: 1 }) };
    const deps = resolveDeps(appDeps);
    const system = { deps, requestId: "quickstart-test", principal: systemPrincipal("test") };
    await createPlatformUser(deps, { username: "root", displayName: "Root", password: PASSWORD });
    const tenant = await createTenant(system, mengchengTenant);
    await createUser(
      { ...system, tenant },
      { username: "admin", displayName: "蒙城县管理员", password: PASSWORD, roles: ["countyAdmin"] },
    );
    await loadRegistrySeed({ ...system, tenant }, mengchengSeed);
    const app = createApp(appDeps);
    server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
    await new Promise((resolve) => server.once("listening", resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    await database?.destroy();
  });

  it("signs in and prints the county's and each region's coverage", async () => {
    const lines: string[] = [];
    const kpis = await quickstart({
      baseUrl,
      tenant: "mengcheng",
      username: "admin",
      password: PASSWORD,
      print: (l) => lines.push(l),
    });
    expect(lines[0]).toBe("signed in as 蒙城县管理员 (countyAdmin) of 蒙城县");
    expect(lines[1]).toMatch(/^coverage on \d{4}-\d{2}-\d{2}/);
    // All sample compounds; those served today depend on which sample contracts are in force
    // today, so the printout is checked against the figure the API gave.
    expect(kpis.serviceCoverage.denominator).toBe(mengchengSeed.compounds.length);
    const selfManaged = mengchengSeed.compounds.filter((c) => c.serviceMode === "selfManaged").length;
    expect(kpis.serviceCoverage.numerator).toBeGreaterThanOrEqual(selfManaged);
    expect(lines[2]).toContain(`${((kpis.serviceCoverage.rate ?? 0) * 100).toFixed(1)}%`);
    expect(lines.some((l) => l.startsWith("城关街道"))).toBe(true);
    // Every township of the demo has compounds, so each has its line.
    expect(lines.some((l) => l.startsWith("小涧镇"))).toBe(true);
  });

  it("a wrong password surfaces as a PropgovError with the problem's code", async () => {
    await expect(
      quickstart({
        baseUrl,
        tenant: "mengcheng",
        username: "admin",
        password: "wrong password",
        print: () => {},
      }),
    ).rejects.toMatchObject({ status: 401, code: "unauthenticated" });
  });
});
