import { testDrivers } from "@propgov/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/index.js";
import { createHarness, expectProblem, failingPaths, type Harness, ORIGIN, PASSWORD } from "./harness.js";

const DAY = 24 * 3600 * 1000;

function sessionCookie(res: { headers: Headers }): { raw: string; pair: string } {
  const raw = res.headers.get("set-cookie") ?? "";
  return { raw, pair: raw.split(";")[0] ?? "" };
}

describe.each(testDrivers())("sessions and sign-in on %s", (driver) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(driver, {
      startAt: "2026-05-12T02:00:00.000Z",
      loginThrottle: {
        maxFailures: 3,
        maxClientFailures: 10,
        maxPasswordChangeFailures: 3,
        windowSeconds: 600,
        blockSeconds: 300,
      },
    });
  });
  afterAll(() => h?.destroy());

  it("signs a county user in with a token, the user and an HttpOnly SameSite=Lax cookie", async () => {
    const res = await h.request("POST", "/v1/auth/login", {
      body: { tenant: "ours", username: "ADMIN", password: PASSWORD },
    });
    expect(res.status).toBe(200);
    // The token names the session's whole primary key: its id, its county, then the secret.
    expect(res.body.token).toMatch(/^ses_[0-9A-Z]{26}\.ten_[0-9A-Z]{26}\.[a-z0-9]{32}$/);
    expect(res.body.token.split(".")[1]).toBe(h.ours.id);
    expect(new Date(res.body.expiresAt).getTime()).toBeGreaterThan(h.deps.now().getTime() + 29 * DAY);
    expect(res.body.user).toEqual({
      id: h.ours.adminId,
      username: "admin",
      displayName: "蒙城县管理员",
      roles: ["countyAdmin"],
      scope: null,
      tenant: { id: h.ours.id, slug: "ours", name: "蒙城县" },
    });
    const cookie = sessionCookie(res);
    expect(cookie.pair).toBe(`propgov_session=${res.body.token}`);
    expect(cookie.raw).toMatch(/HttpOnly/);
    expect(cookie.raw).toMatch(/SameSite=Lax/);
    expect(cookie.raw).not.toMatch(/Secure/);
  });

  it("marks the cookie Secure over https", async () => {
    const res = await h.request("POST", "/v1/auth/login", {
      body: { tenant: "ours", username: "admin", password: PASSWORD },
      headers: { "x-forwarded-proto": "https" },
    });
    expect(sessionCookie(res).raw).toMatch(/Secure/);
  });

  it("signs a platform user in when no tenant is given", async () => {
    const res = await h.request("POST", "/v1/auth/login", { body: { username: "root", password: PASSWORD } });
    expect(res.status).toBe(200);
    expect(res.body.token).toMatch(/^pses_/);
    expect(res.body.user).toMatchObject({ username: "root", roles: ["platformAdmin"], tenant: null });
  });

  it("answers a wrong password, an unknown user and a wrong tenant with the same 401", async () => {
    const bodies = [];
    for (const body of [
      { tenant: "ours", username: "admin", password: "wrong password" },
      { tenant: "ours", username: "nobody", password: PASSWORD },
      { tenant: "nowhere", username: "admin", password: PASSWORD },
      { username: "admin", password: PASSWORD },
    ]) {
      const res = await h.request("POST", "/v1/auth/login", {
        body,
        headers: { "x-test-client": "same-body" },
      });
      const problem = expectProblem(res, 401, "unauthenticated");
      bodies.push({ ...problem, requestId: undefined });
    }
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1);
  });

  it("stores only a hash of the token secret", async () => {
    const token = await h.login("ours", "admin");
    const [id, , secret] = token.split(".") as [string, string, string];
    const { sessions, withTenant } = await import("@propgov/db");
    const { eq } = await import("drizzle-orm");
    const [row] = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx.select().from(sessions).where(eq(sessions.id, id)),
    );
    expect(row?.secretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row?.secretHash).not.toContain(secret);
    expect(JSON.stringify(row)).not.toContain(secret);
  });

  it("accepts the token as Bearer or as the cookie; a tampered secret is 401", async () => {
    const token = await h.login("ours", "admin");
    expect((await h.request("GET", "/v1/auth/me", { token })).body.username).toBe("admin");
    expect(
      (await h.request("GET", "/v1/auth/me", { cookie: `propgov_session=${token}` })).body.username,
    ).toBe("admin");
    const tampered = `${token.slice(0, -1)}${token.endsWith("a") ? "b" : "a"}`;
    expectProblem(await h.request("GET", "/v1/auth/me", { token: tampered }), 401, "unauthenticated");
    expectProblem(await h.request("GET", "/v1/auth/me", { token: "garbage" }), 401, "unauthenticated");
    expectProblem(await h.request("GET", "/v1/auth/me"), 401, "unauthenticated");
  });

  it("a session token under another county's id, or without its county, is 401", async () => {
    const token = await h.login("ours", "admin");
    const [id, tenantId, secret] = token.split(".") as [string, string, string];
    expect(tenantId).toBe(h.ours.id);
    for (const wrong of [`${id}.${h.other.id}.${secret}`, `${id}.${secret}`, `${id}.ten_x.${secret}`]) {
      expectProblem(await h.request("GET", "/v1/auth/me", { token: wrong }), 401, "unauthenticated");
      expectProblem(
        await h.request("GET", "/v1/tenants/other/users", { token: wrong }),
        401,
        "unauthenticated",
      );
    }
    expect((await h.request("GET", "/v1/auth/me", { token })).status).toBe(200);
  });

  it("logout ends the session and clears the cookie", async () => {
    const token = await h.login("ours", "admin");
    const res = await h.request("POST", "/v1/auth/logout", { token });
    expect(res.status).toBe(204);
    expect(sessionCookie(res).raw).toMatch(/Max-Age=0/);
    expectProblem(await h.request("GET", "/v1/auth/me", { token }), 401, "unauthenticated");
    expectProblem(await h.request("POST", "/v1/auth/logout", { token }), 401, "unauthenticated");
  });

  it("a session expires after its idle lifetime, and use within it slides the expiry", async () => {
    const stale = await h.login("ours", "admin");
    const kept = await h.login("ours", "admin");
    h.advance(20 * DAY);
    // 10 days left is under the 15-day renewal threshold: this use extends the session.
    const renewed = await h.request("GET", "/v1/auth/me", { cookie: `propgov_session=${kept}` });
    expect(renewed.status).toBe(200);
    expect(sessionCookie(renewed).raw).toContain(`propgov_session=${kept}`);
    h.advance(11 * DAY);
    expectProblem(await h.request("GET", "/v1/auth/me", { token: stale }), 401, "unauthenticated");
    expect((await h.request("GET", "/v1/auth/me", { token: kept })).status).toBe(200);
    h.advance(31 * DAY);
    expectProblem(await h.request("GET", "/v1/auth/me", { token: kept }), 401, "unauthenticated");
    h.advance(-62 * DAY);
  });

  it("refuses a cookie-authenticated change from a foreign or missing Origin (CSRF)", async () => {
    const token = await h.login("ours", "admin");
    const cookie = `propgov_session=${token}`;
    const body = { username: "csrf-victim", displayName: "x", password: PASSWORD, roles: ["countyAdmin"] };
    const foreign = await h.request("POST", "/v1/tenants/ours/users", {
      cookie,
      body,
      headers: { origin: "https://evil.example" },
    });
    expectProblem(foreign, 403, "forbidden");
    const missing = await h.request("POST", "/v1/tenants/ours/users", { cookie, body });
    expectProblem(missing, 403, "forbidden");
    // Reads by cookie need no Origin; the same origin may change things; Bearer needs no Origin.
    expect((await h.request("GET", "/v1/tenants/ours/users", { cookie })).status).toBe(200);
    const same = await h.request("POST", "/v1/tenants/ours/users", {
      cookie,
      body,
      headers: { origin: ORIGIN },
    });
    expect(same.status).toBe(201);
    const bearer = await h.request("POST", "/v1/tenants/ours/users", {
      token,
      body: { ...body, username: "csrf-bearer" },
      headers: { origin: "https://evil.example" },
    });
    expect(bearer.status).toBe(201);
  });

  it("the CSRF check takes X-Forwarded-Host as the API's host only behind a trusted proxy", async () => {
    const token = await h.login("ours", "admin");
    const headers = {
      cookie: `propgov_session=${token}`,
      "content-type": "application/json",
      origin: "https://console.gov.example",
      "x-forwarded-host": "console.gov.example",
    };
    const body = (username: string) =>
      JSON.stringify({ username, displayName: "x", password: PASSWORD, roles: ["countyAdmin"] });
    const send = (app: typeof h.app, username: string) =>
      app.request("http://localhost/v1/tenants/ours/users", {
        method: "POST",
        headers,
        body: body(username),
      });
    // PROPGOV_TRUST_PROXY off (the default): the header is the caller's word, so the Origin is foreign.
    const untrusted = await send(h.app, "xfh-untrusted");
    expect(untrusted.status).toBe(403);
    expect((await untrusted.json()).code).toBe("forbidden");
    const behindProxy = createApp({
      db: h.deps.db,
      passwordHasher: h.deps.passwordHasher,
      now: h.deps.now,
      trustProxy: true,
    });
    expect((await send(behindProxy, "xfh-trusted")).status).toBe(201);
    // Behind the proxy, an Origin that is not the forwarded host is still refused.
    const foreign = await behindProxy.request("http://localhost/v1/tenants/ours/users", {
      method: "POST",
      headers: { ...headers, origin: "https://evil.example" },
      body: body("xfh-foreign"),
    });
    expect(foreign.status).toBe(403);
  });

  it("rate-limits repeated failures per username and client with 429 and Retry-After", async () => {
    const attempt = (password: string, client = "10.0.0.7") =>
      h.request("POST", "/v1/auth/login", {
        body: { tenant: "ours", username: "admin", password },
        headers: { "x-test-client": client },
      });
    for (let i = 0; i < 3; i++) expectProblem(await attempt("wrong password"), 401, "unauthenticated");
    const blocked = await attempt(PASSWORD);
    expectProblem(blocked, 429, "rate_limited");
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(blocked.headers.get("retry-after"))).toBeLessThanOrEqual(300);
    // Another client is not blocked by this one's failures.
    expect((await attempt(PASSWORD, "10.0.0.8")).status).toBe(200);
    h.advance(301_000);
    expect((await attempt(PASSWORD)).status).toBe(200);
    h.advance(-301_000);
  });

  it("rate-limits one client's failures across usernames (password spraying), per window", async () => {
    const attempt = (username: string, password: string, client = "10.0.1.1") =>
      h.request("POST", "/v1/auth/login", {
        body: { tenant: "ours", username, password },
        headers: { "x-test-client": client },
      });
    // Failures spread over more than the window never add up to the limit.
    for (let i = 0; i < 9; i++) expect((await attempt(`early${i}`, "Winter2026!")).status).toBe(401);
    h.advance(601_000);
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) statuses.push((await attempt(`spray${i}`, "Winter2026!")).status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(10);
    expect(statuses.slice(10).every((s) => s === 429)).toBe(true);
    // The client is refused even with a right password; another client is not.
    const blocked = await attempt("admin", PASSWORD);
    expectProblem(blocked, 429, "rate_limited");
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(blocked.headers.get("retry-after"))).toBeLessThanOrEqual(300);
    expect((await attempt("admin", PASSWORD, "10.0.1.2")).status).toBe(200);
    h.advance(301_000);
    expect((await attempt("admin", PASSWORD)).status).toBe(200);
    h.advance(-902_000);
  });

  it("changing one's password ends every session and opens a new one", async () => {
    const { token: first } = await h.userWith(h.ours, ["countyAdmin"]);
    const me = await h.request("GET", "/v1/auth/me", { token: first });
    const username = me.body.username as string;
    const second = await h.login("ours", username);
    const wrong = await h.request("POST", "/v1/auth/password", {
      token: first,
      body: { currentPassword: "not it at all", newPassword: "a brand new passphrase" },
    });
    expectProblem(wrong, 422, "unprocessable");
    expect(failingPaths(wrong)).toEqual(["body.currentPassword"]);
    const short = await h.request("POST", "/v1/auth/password", {
      token: first,
      body: { currentPassword: PASSWORD, newPassword: "short" },
    });
    expect(failingPaths(short)).toEqual(["body.newPassword"]);
    const res = await h.request("POST", "/v1/auth/password", {
      token: first,
      body: { currentPassword: PASSWORD, newPassword: "a brand new passphrase" },
    });
    expect(res.status).toBe(200);
    expectProblem(await h.request("GET", "/v1/auth/me", { token: first }), 401, "unauthenticated");
    expectProblem(await h.request("GET", "/v1/auth/me", { token: second }), 401, "unauthenticated");
    expect((await h.request("GET", "/v1/auth/me", { token: res.body.token })).status).toBe(200);
    expect(
      (await h.request("POST", "/v1/auth/login", { body: { tenant: "ours", username, password: PASSWORD } }))
        .status,
    ).toBe(401);
    expect(await h.login("ours", username, "a brand new passphrase")).toMatch(/^ses_/);
  });

  it("throttles wrong current passwords in a password change per user, per window", async () => {
    const { token } = await h.userWith(h.ours, ["countyAdmin"]);
    const { token: bystander } = await h.userWith(h.ours, ["countyAdmin"]);
    const change = (currentPassword: string, as = token) =>
      h.request("POST", "/v1/auth/password", {
        token: as,
        body: { currentPassword, newPassword: "a brand new passphrase" },
      });
    // Wrong guesses spread over more than the window never add up to the limit.
    for (let i = 0; i < 2; i++) expectProblem(await change("not it at all"), 422, "unprocessable");
    h.advance(601_000);
    for (let i = 0; i < 2; i++) expectProblem(await change("not it either"), 422, "unprocessable");
    expectProblem(await change("nor this one"), 422, "unprocessable");
    const blocked = await change(PASSWORD);
    expectProblem(blocked, 429, "rate_limited");
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(blocked.headers.get("retry-after"))).toBeLessThanOrEqual(300);
    // Another user of the same client is not blocked by this one's guesses.
    expect((await change("not it at all", bystander)).status).toBe(422);
    h.advance(301_000);
    expect((await change(PASSWORD)).status).toBe(200);
    h.advance(-902_000);
  });

  it("records sign-ins in the tenant's audit trail", async () => {
    await h.login("ours", "admin");
    const { auditEvents, withTenant } = await import("@propgov/db");
    const { eq } = await import("drizzle-orm");
    const rows = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx.select().from(auditEvents).where(eq(auditEvents.action, "auth.login")),
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]).toMatchObject({ actorType: "user", actorId: h.ours.adminId, targetId: h.ours.adminId });
  });
});
