import { testDrivers } from "@propgov/db/testing";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { createClient, isPropgovError, PropgovError, type Schema } from "../src/index.js";
import { PASSWORD, startWorld, type World } from "./world.js";

/** Runs `fn`, expecting it to throw a PropgovError, and returns that error. */
async function rejection(fn: () => Promise<unknown>): Promise<PropgovError> {
  try {
    await fn();
  } catch (error) {
    if (error instanceof PropgovError) return error;
    throw error;
  }
  throw new Error("expected a PropgovError, but the call succeeded");
}

describe.each(testDrivers())("SDK against the real API over HTTP (%s)", (driver) => {
  let world: World;

  beforeAll(async () => {
    world = await startWorld(driver);
  });
  afterAll(async () => {
    await world?.destroy();
  });

  /** A client of tenant "ours", signed in as its county admin. */
  const signedIn = async () => {
    const client = createClient({ baseUrl: world.baseUrl, tenant: "ours" });
    await client.login({ username: "admin", password: PASSWORD });
    return client;
  };

  it("signs in, keeps the token and answers getMe", async () => {
    const client = createClient({ baseUrl: world.baseUrl });
    const session = await client.login({ tenant: "ours", username: "admin", password: PASSWORD });
    expect(session.token).toEqual(expect.any(String));
    expect(session.user.tenant?.slug).toBe("ours");
    expect(client.token).toBe(session.token);
    // Signing in to a county makes it the client's tenant.
    expect(client.tenant).toBe("ours");

    const me = await client.GET("/v1/auth/me");
    expectTypeOf(me).toEqualTypeOf<Schema<"SessionUser">>();
    expect(me).toMatchObject({ username: "admin", roles: ["countyAdmin"], tenant: { slug: "ours" } });
  });

  it("fills the client's tenant into {tenant} and still takes an explicit one", async () => {
    const client = await signedIn();
    const page = await client.GET("/v1/tenants/{tenant}/users");
    expectTypeOf(page).toEqualTypeOf<Schema<"UserPage">>();
    expect(page.items.map((u) => u.username)).toEqual(["admin"]);

    const explicit = await client.GET("/v1/tenants/{tenant}/users", {
      params: { path: { tenant: "ours" }, query: { limit: 1 } },
    });
    expect(explicit.items).toHaveLength(1);

    // The other county's users are not ours to see: another tenant answers 404.
    const error = await rejection(() =>
      client.GET("/v1/tenants/{tenant}/users", { params: { path: { tenant: "other" } } }),
    );
    expect(error.status).toBe(404);
    expect(error.code).toBe("not_found");
  });

  it("creates a user and reads it back by id", async () => {
    const client = await signedIn();
    const created = await client.POST("/v1/tenants/{tenant}/users", {
      body: {
        username: "chengguan.zhang",
        displayName: "张伟（城关街道）",
        password: "a long passphrase for zhang",
        roles: ["countyAdmin"],
      },
    });
    expectTypeOf(created).toEqualTypeOf<Schema<"User">>();
    expect(created).toMatchObject({ username: "chengguan.zhang", roles: ["countyAdmin"], disabled: false });
    expect(created.id).toMatch(/^usr_/);

    const read = await client.GET("/v1/tenants/{tenant}/users/{id}", {
      params: { path: { id: created.id } },
    });
    expect(read).toEqual(created);

    const changed = await client.PATCH("/v1/tenants/{tenant}/users/{id}", {
      params: { path: { id: created.id } },
      body: { displayName: "张伟" },
    });
    expect(changed.displayName).toBe("张伟");

    // The new user can sign in with the SDK too.
    const theirs = createClient({ baseUrl: world.baseUrl });
    await theirs.login({
      tenant: "ours",
      username: "chengguan.zhang",
      password: "a long passphrase for zhang",
    });
    expect((await theirs.GET("/v1/auth/me")).id).toBe(created.id);
  });

  it("throws a PropgovError naming the failing field on 422", async () => {
    const client = await signedIn();
    const error = await rejection(() =>
      client.POST("/v1/tenants/{tenant}/users", {
        body: {
          username: "not a valid name!",
          displayName: "Bad",
          password: "a long passphrase for bad",
          roles: ["countyAdmin"],
        },
      }),
    );
    expect(error).toBeInstanceOf(Error);
    expect(isPropgovError(error)).toBe(true);
    expect(error.name).toBe("PropgovError");
    expect(error.status).toBe(422);
    expect(error.code).toBe("unprocessable");
    expect(error.errors.map((e) => e.path)).toContain("body.username");
    expect(error.requestId).toMatch(/^req_/);
    expect(error.requestId).toBe(error.response.headers.get("x-request-id"));
    expect(error.problem).toMatchObject({ status: 422, code: "unprocessable", requestId: error.requestId });
    expect(error.message).toContain("422 unprocessable");
    expect(error.detail).toEqual(expect.any(String));
  });

  it("sends a CSV import as text (a dry run that reports each bad row)", async () => {
    const client = await signedIn();
    const csv =
      "\uFEFF企业名称,统一社会信用代码,法定代表人,联系电话\n示例物业,91330100799655058B,张三,0558-7661001\n坏数据,123,李四,138\n";
    const report = await client.POST("/v1/tenants/{tenant}/imports/companies", { body: csv });
    expect(report).toMatchObject({ rows: 2, valid: 1, committed: false });
    expect(report.errors.map((e) => [e.row, e.field])).toEqual([
      [3, "uscc"],
      [3, "phone"],
    ]);
  });

  it("throws 401 unauthenticated without a token, and for a wrong password", async () => {
    const anonymous = createClient({ baseUrl: world.baseUrl, tenant: "ours" });
    const me = await rejection(() => anonymous.GET("/v1/auth/me"));
    expect(me).toMatchObject({ status: 401, code: "unauthenticated" });
    const users = await rejection(() => anonymous.GET("/v1/tenants/{tenant}/users"));
    expect(users.status).toBe(401);

    const wrong = await rejection(() => anonymous.login({ username: "admin", password: "not the password" }));
    expect(wrong).toMatchObject({ status: 401, code: "unauthenticated" });
    expect(anonymous.token).toBeUndefined();
  });

  it("authenticates with an API key", async () => {
    const admin = await signedIn();
    const created = await admin.POST("/v1/tenants/{tenant}/api-keys", {
      body: { name: "12345 hotline bridge", roles: ["countyAdmin"] },
    });
    expect(created.key).toEqual(expect.any(String));

    const machine = createClient({ baseUrl: world.baseUrl, tenant: "ours", apiKey: created.key });
    const me = await machine.GET("/v1/auth/me");
    expect(me).toMatchObject({
      id: created.id,
      displayName: "12345 hotline bridge",
      tenant: { slug: "ours" },
    });
    const page = await machine.GET("/v1/tenants/{tenant}/users", {
      params: { query: { includeDisabled: "true" } },
    });
    expect(page.items.length).toBeGreaterThan(0);

    await admin.DELETE("/v1/tenants/{tenant}/api-keys/{id}", { params: { path: { id: created.id } } });
    const revoked = await rejection(() => machine.GET("/v1/auth/me"));
    expect(revoked.status).toBe(401);
  });

  it("setToken switches the session; logout ends it on the server", async () => {
    const first = await signedIn();
    const token = first.token!;
    const second = createClient({ baseUrl: world.baseUrl, tenant: "ours" });
    second.setToken(token);
    expect((await second.GET("/v1/auth/me")).username).toBe("admin");

    await second.logout();
    expect(second.token).toBeUndefined();
    // The session is gone on the server: the first client's copy of the token no longer works.
    expect((await rejection(() => first.GET("/v1/auth/me"))).status).toBe(401);
  });

  it("sends configured headers and uses the given fetch", async () => {
    const seen: Request[] = [];
    const client = createClient({
      baseUrl: world.baseUrl,
      tenant: "ours",
      headers: { "x-request-id": "sdk-test-0001" },
      fetch: (request) => {
        seen.push(request.clone());
        return fetch(request);
      },
    });
    const error = await rejection(() => client.GET("/v1/auth/me"));
    expect(error.requestId).toBe("sdk-test-0001");
    expect(seen).toHaveLength(1);
    expect(seen[0]!.headers.get("authorization")).toBeNull();

    await client.login({ username: "admin", password: PASSWORD });
    // No credential goes to the login route, and the token goes to every call after it.
    expect(seen[1]!.headers.get("authorization")).toBeNull();
    await client.GET("/v1/auth/me");
    expect(seen[2]!.headers.get("authorization")).toBe(`Bearer ${client.token}`);
  });

  it("signs a platform user in with tenant: null, and a platform admin reaches any county", async () => {
    const client = createClient({ baseUrl: world.baseUrl, tenant: "other" });
    const session = await client.login({ tenant: null, username: "root", password: PASSWORD });
    expect(session.user.tenant).toBeNull();
    expect(client.tenant).toBe("other");
    const page = await client.GET("/v1/tenants/{tenant}/users");
    expect(page.items.map((u) => u.username)).toEqual(["admin"]);
    const tenants = await client.GET("/v1/tenants");
    expect(tenants.items.map((t) => t.slug).sort()).toEqual(["other", "ours"]);
  });
});

describe("client without a server", () => {
  it("refuses a tenant route when it has no tenant, before any request", async () => {
    let calls = 0;
    const client = createClient({
      baseUrl: "http://127.0.0.1:9",
      token: "t",
      fetch: async () => {
        calls++;
        return new Response(null, { status: 204 });
      },
    });
    await expect(client.GET("/v1/tenants/{tenant}/users")).rejects.toThrow(/needs a tenant/);
    expect(calls).toBe(0);
    client.setTenant("ours");
    expect(client.tenant).toBe("ours");
  });

  it("turns an answer that is not a problem document into code unexpected_response", async () => {
    const client = createClient({
      baseUrl: "http://127.0.0.1:9",
      fetch: async () =>
        new Response("<html>Bad gateway</html>", {
          status: 502,
          statusText: "Bad Gateway",
          headers: { "content-type": "text/html", "retry-after": "30" },
        }),
    });
    const error = await rejection(() => client.GET("/health"));
    expect(error).toMatchObject({
      status: 502,
      code: "unexpected_response",
      detail: "<html>Bad gateway</html>",
      problem: undefined,
      errors: [],
      retryAfter: 30,
      requestId: undefined,
    });
  });

  it("sends the API key, and prefers a session token over it", async () => {
    const auth: (string | null)[] = [];
    const client = createClient({
      baseUrl: "http://127.0.0.1:9",
      apiKey: "key_1.secret",
      fetch: async (request) => {
        auth.push(request.headers.get("authorization"));
        return Response.json({ status: "ok" });
      },
    });
    await client.GET("/health");
    client.setToken("ses_1.secret");
    await client.GET("/health");
    client.setToken(null);
    await client.GET("/health");
    expect(auth).toEqual(["Bearer key_1.secret", "Bearer ses_1.secret", "Bearer key_1.secret"]);
  });

  it("types paths, params and bodies from the OpenAPI document", () => {
    const client = createClient({ baseUrl: "http://127.0.0.1:9", tenant: "ours" });
    // Type-level checks only: these calls are never awaited against a server.
    const typeChecks = () => {
      // @ts-expect-error an unknown path
      void client.GET("/v1/nope");
      // @ts-expect-error a body that lacks required fields
      void client.POST("/v1/tenants/{tenant}/users", { body: { username: "x" } });
      // @ts-expect-error the user id is required even though the tenant is not
      void client.GET("/v1/tenants/{tenant}/users/{id}");
      // @ts-expect-error login has no GET
      void client.GET("/v1/auth/login");
    };
    expect(typeof typeChecks).toBe("function");
  });
});
