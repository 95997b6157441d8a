import type { DbHandle, ShardRouter } from "@propgov/db";
import { createTestDatabase, type TestDatabase, type TestDriver } from "@propgov/db/testing";
import type { AppDeps, ResolvedDeps, TenantRef } from "../src/context.js";
import { systemPrincipal } from "../src/context.js";
import { type App, createApp, resolveDeps, webPasswordHasher } from "../src/index.js";
import { createPlatformUser } from "../src/services/platform-users.js";
import { createTenant } from "../src/services/tenants.js";
import { createUser } from "../src/services/users.js";

/** Cheap scrypt for tests (the format and code path are the production ones). */
export const testHasher = webPasswordHasher({ logN: 10, r: 8, p: 1 });

export const PASSWORD = "correct horse battery staple";
export const ORIGIN = "http://localhost";

export interface Response_ {
  status: number;
  headers: Headers;
  body: any;
}

export interface RequestOptions {
  token?: string | undefined;
  cookie?: string | undefined;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
}

export interface SeededTenant extends TenantRef {
  adminToken: string;
  adminId: string;
}

/**
 * A suite's world: its own database, an app on it, a platform admin and two tenants, "ours"
 * and "other", each with a county admin already signed in. Nothing is shared between suites.
 */
export interface Harness {
  driver: TestDriver;
  app: App;
  deps: ResolvedDeps;
  rootToken: string;
  ours: SeededTenant;
  other: SeededTenant;
  /** Moves the app's clock (only in a suite that pinned its start with `startAt`). */
  advance(ms: number): void;
  request(method: string, path: string, options?: RequestOptions): Promise<Response_>;
  login(tenant: string | undefined, username: string, password?: string): Promise<string>;
  /** Creates a user in a tenant (as its admin) and signs them in. */
  userWith(
    tenant: SeededTenant,
    roles: string[],
    scope?: Record<string, string>,
  ): Promise<{ id: string; token: string }>;
  destroy(): Promise<void>;
}

export interface HarnessOptions extends Partial<Omit<AppDeps, "shards">> {
  /** Counties over several databases: the router, given the suite's database as the directory. */
  shards?: (directory: DbHandle) => ShardRouter;
  /**
   * Pins the app's clock: it starts at this instant (ISO 8601) and runs on from there. A suite
   * that moves the clock must pin its start, so that what it checks never depends on today's date.
   */
  startAt?: string;
}

export async function createHarness(driver: TestDriver, options: HarnessOptions = {}): Promise<Harness> {
  const { startAt, shards, ...overrides } = options;
  const database: TestDatabase = await createTestDatabase(driver);
  const started = Date.now();
  const origin = startAt === undefined ? started : Date.parse(startAt);
  if (Number.isNaN(origin)) throw new Error(`createHarness: startAt '${startAt}' is not an instant`);
  let offset = 0;
  const appDeps: AppDeps = {
    db: database.handle,
    passwordHasher: testHasher,
    now: () => new Date(origin + (Date.now() - started) + offset),
    clientAddress: (c) => c.req.header("x-test-client") ?? "127.0.0.1",
    logger: { error: (error) => console.error("unexpected error in app:", error) },
    ...overrides,
    ...(shards ? { shards: shards(database.handle) } : {}),
  };
  const app = createApp(appDeps);
  const deps = resolveDeps(appDeps);

  const request = async (method: string, path: string, options: RequestOptions = {}): Promise<Response_> => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.cookie) headers.cookie = options.cookie;
    let body: string | undefined = options.rawBody;
    if (options.body !== undefined) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(options.body);
    }
    const res = await app.request(`http://localhost${path}`, { method, headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, headers: res.headers, body: parsed };
  };

  const login = async (tenant: string | undefined, username: string, password = PASSWORD) => {
    const res = await request("POST", "/v1/auth/login", { body: { tenant, username, password } });
    if (res.status !== 200) throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.token as string;
  };

  await createPlatformUser(deps, { username: "root", displayName: "Root", password: PASSWORD });
  const rootToken = await login(undefined, "root");
  const system = { deps, requestId: "test-seed", principal: systemPrincipal("test-seed") };

  const seedTenant = async (slug: string, name: string, divisionCode: string): Promise<SeededTenant> => {
    const tenant = await createTenant(system, { slug, name, divisionCode });
    const admin = await createUser(
      { ...system, tenant },
      { username: "admin", displayName: `${name}管理员`, password: PASSWORD, roles: ["countyAdmin"] },
    );
    return { ...tenant, adminId: admin.id, adminToken: await login(slug, "admin") };
  };
  const ours = await seedTenant("ours", "蒙城县", "341622");
  const other = await seedTenant("other", "涡阳县", "341621");

  let counter = 0;
  return {
    driver,
    app,
    deps,
    rootToken,
    ours,
    other,
    advance(ms) {
      if (startAt === undefined) {
        throw new Error(
          "h.advance: a suite that moves the clock pins its start (createHarness(driver, { startAt }))",
        );
      }
      offset += ms;
    },
    request,
    login,
    async userWith(tenant, roles, scope) {
      const username = `user${++counter}`;
      const res = await request("POST", `/v1/tenants/${tenant.slug}/users`, {
        token: tenant.adminToken,
        body: { username, displayName: username, password: PASSWORD, roles, ...(scope ? { scope } : {}) },
      });
      if (res.status !== 201)
        throw new Error(`user create failed: ${res.status} ${JSON.stringify(res.body)}`);
      return { id: res.body.id, token: await login(tenant.slug, username) };
    },
    destroy: () => database.destroy(),
  };
}

/** Asserts the shape every error of the API has, and returns the body. */
export function expectProblem(res: Response_, status: number, code: string) {
  if (res.status !== status || res.body?.code !== code) {
    throw new Error(`expected ${status} ${code}, got ${res.status} ${JSON.stringify(res.body)}`);
  }
  if (!res.headers.get("content-type")?.startsWith("application/problem+json")) {
    throw new Error(`expected problem+json, got ${res.headers.get("content-type")}`);
  }
  for (const key of ["type", "title", "status", "detail", "code", "requestId"]) {
    if (!(key in res.body)) throw new Error(`problem lacks ${key}: ${JSON.stringify(res.body)}`);
  }
  return res.body as {
    detail: string;
    errors?: { path: string; message: string; code?: string }[];
    requestId: string;
  };
}

/** The paths of the failing fields a problem names. */
export const failingPaths = (res: Response_) =>
  ((res.body?.errors ?? []) as { path: string }[]).map((e) => e.path);
