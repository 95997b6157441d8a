import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import {
  type AppDeps,
  createApp,
  createPlatformUser,
  createTenant,
  createUser,
  resolveDeps,
  systemPrincipal,
  webPasswordHasher,
} from "@propgov/api";
import { createTestDatabase, type TestDriver } from "@propgov/db/testing";

export const PASSWORD = "correct horse battery staple";

/**
 * A suite's world: its own database, the real app listening on a free local port, a platform
 * admin ("root") and two tenants, "ours" and "other", each with a county admin ("admin").
 */
export interface World {
  baseUrl: string;
  destroy(): Promise<void>;
}

export async function startWorld(driver: TestDriver): Promise<World> {
  const database = await createTestDatabase(driver);
  const appDeps: AppDeps = {
    db: database.handle,
    passwordHasher: webPasswordHasher({ logN: 10, r: 8, p: 1 }),
    logger: { error: (error) => console.error("unexpected error in app:", error) },
  };
  const app = createApp(appDeps);
  const deps = resolveDeps(appDeps);

  await createPlatformUser(deps, { username: "root", displayName: "Root", password: PASSWORD });
  const system = { deps, requestId: "sdk-test-seed", principal: systemPrincipal("sdk-test-seed") };
  for (const [slug, name, divisionCode] of [
    ["ours", "蒙城县", "341622"],
    ["other", "涡阳县", "341621"],
  ] as const) {
    const tenant = await createTenant(system, { slug, name, divisionCode });
    await createUser(
      { ...system, tenant },
      { username: "admin", displayName: `${name}管理员`, password: PASSWORD, roles: ["countyAdmin"] },
    );
  }

  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
    s.once("error", reject);
  });
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    async destroy() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ("closeAllConnections" in server) server.closeAllConnections();
      });
      await database.destroy();
    },
  };
}
