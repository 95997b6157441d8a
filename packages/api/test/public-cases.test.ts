import { caseEvents, cases, idempotencyKeys, withTenant } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Principal, TenantServiceContext } from "../src/context.js";
import { actOnCase } from "../src/services/cases/act.js";
import { type CaseWorld, seedCaseWorld } from "./case-fixtures.js";
import { createHarness, expectProblem, failingPaths, type Harness } from "./harness.js";

describe.each(testDrivers())("public cases on %s", (driver) => {
  let h: Harness;
  let world: CaseWorld;
  beforeAll(async () => {
    h = await createHarness(driver, { startAt: "2026-04-14T02:00:00.000Z" });
    world = await seedCaseWorld(h);
  });
  afterAll(() => h?.destroy());

  const path = "/v1/tenants/ours/public/cases";
  const PHONE = "13812345678";
  const report = (overrides: Record<string, unknown> = {}) => ({
    category: "serviceQuality",
    compoundId: world.sunshine,
    description: "3号楼电梯坏了三天，物业没人来修。",
    reporter: { name: "张三丰", phone: PHONE },
    ...overrides,
  });
  // Every test speaks from its own client address, so the rate limit of one never touches another.
  let clients = 0;
  const newClient = () => ({ "x-test-client": `10.0.0.${++clients}` });

  const admin = (): TenantServiceContext => {
    const principal: Principal = {
      kind: "user",
      tenantId: h.ours.id,
      userId: h.ours.adminId,
      username: "admin",
      displayName: "县管理员李四",
      roles: ["countyAdmin"],
      scope: null,
      sessionId: "ses_test",
      via: "bearer",
    };
    return { deps: h.deps, requestId: "test", principal, tenant: h.ours };
  };

  const rowsWhere = (description: string) =>
    withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx
        .select()
        .from(cases)
        .where(and(eq(cases.tenantId, h.ours.id), eq(cases.description, description))),
    );
  const caseCount = async () =>
    (await withTenant(h.deps.db.db, h.ours.id, (tx) => tx.select({ id: cases.id }).from(cases))).length;

  const settings = async (body: Record<string, unknown>) => {
    const res = await h.request("PUT", "/v1/tenants/ours/settings", { token: h.ours.adminToken, body });
    expect(res.status).toBe(200);
  };

  /** Moves the clock to half a second into the next minute, so a burst stays in one window. */
  const startOfMinute = () => {
    const now = h.deps.now().getTime();
    h.advance(60_000 - (now % 60_000) + 500);
  };

  it("files without login, tracks by code (any case), and takes the rating once resolved", async () => {
    const filed = await h.request("POST", path, { body: report(), headers: newClient() });
    expect(filed.status).toBe(201);
    expect(Object.keys(filed.body).sort()).toEqual(["number", "trackingCode"]);
    expect(filed.body.number).toMatch(/^OU-\d{4}-\d{6}$/);
    expect(filed.body.trackingCode).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    const code: string = filed.body.trackingCode;

    const [row] = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx.select().from(cases).where(eq(cases.number, filed.body.number)),
    );
    expect(row).toMatchObject({ channel: "web", status: "received", reporterPhone: PHONE });
    const id = row?.id as string;

    const fresh = await h.request("GET", `${path}/${code.toLowerCase()}`);
    expect(fresh.status).toBe(200);
    expect(fresh.body).toMatchObject({
      number: filed.body.number,
      category: { code: "serviceQuality" },
      status: "received",
      statusLabel: { zh: "已受理", en: "Received" },
      resolvedAt: null,
      rating: null,
    });
    expect(fresh.body.category.name.zh).toBeTruthy();
    expect(fresh.body.timeline).toEqual([
      { type: "received", at: fresh.body.receivedAt, label: { zh: "诉求已受理", en: "Report received" } },
    ]);

    // Rating an unresolved case is refused by the state machine.
    const early = await h.request("POST", `${path}/${code}/rating`, {
      body: { rating: "satisfied" },
      headers: newClient(),
    });
    expect(expectProblem(early, 409, "conflict")).toMatchObject({ currentStatus: "received" });

    // Staff work the case: contact with a note, whistle, a department checks in and completes, resolve.
    const staff = admin();
    await actOnCase(staff, id, { type: "contact", note: "电话联系了张三丰，约好明早上门" });
    const whistled = await actOnCase(staff, id, { type: "whistle", note: "需要住房中心协调" });
    const departmentId = whistled.departments[0]?.departmentId as string;
    await actOnCase(staff, id, { type: "checkIn", departmentId });
    await actOnCase(staff, id, {
      type: "complete",
      departmentId,
      outcome: "责令物业王经理更换曳引机钢丝绳",
    });
    await actOnCase(staff, id, { type: "resolve", note: "电梯已恢复运行" });

    const resolved = await h.request("GET", `${path}/${code}`);
    expect(resolved.body.status).toBe("resolved");
    expect(resolved.body.resolvedAt).not.toBeNull();
    expect(resolved.body.timeline.map((e: { type: string }) => e.type)).toEqual([
      "received",
      "contacted",
      "whistled",
      "checkedIn",
      "completed",
      "resolved",
    ]);
    // No personal data and nothing staff wrote: search the whole serialized answer.
    const text = JSON.stringify(resolved.body);
    for (const secret of [
      PHONE,
      PHONE.slice(-4),
      "张三丰",
      "县管理员李四",
      "王网格员",
      "李包保",
      "约好明早上门",
      "需要住房中心协调",
      "曳引机钢丝绳",
      "电梯已恢复运行",
      "电梯坏了三天",
      departmentId,
      id,
      h.ours.adminId,
    ]) {
      expect(text, `public view leaks ${secret}`).not.toContain(secret);
    }
    for (const key of ["reporter", "phone", "actor", "payload", "note", "outcome", "departments"]) {
      expect(text).not.toContain(`"${key}"`);
    }

    const rated = await h.request("POST", `${path}/${code}/rating`, {
      body: { rating: "satisfied", comment: "处理及时" },
      headers: newClient(),
    });
    expect(rated.status).toBe(200);
    expect(rated.body).toMatchObject({ status: "rated", rating: "satisfied" });
    expect(rated.body.timeline.at(-1)).toMatchObject({ type: "rated", label: { zh: "已评价", en: "Rated" } });
    const events = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx.select().from(caseEvents).where(eq(caseEvents.caseId, id)).orderBy(caseEvents.at),
    );
    expect(events[0]).toMatchObject({
      type: "received",
      actorType: "public",
      actorId: null,
      actorName: null,
    });
    expect(events.at(-1)).toMatchObject({ type: "rated", actorType: "public", actorName: null });

    const again = await h.request("POST", `${path}/${code}/rating`, {
      body: { rating: "unsatisfied" },
      headers: newClient(),
    });
    expect(expectProblem(again, 409, "conflict")).toMatchObject({ currentStatus: "rated" });
  });

  it("an unsatisfied rating reopens the case for another round", async () => {
    const filed = await h.request("POST", path, {
      body: report({ description: "楼道灯坏了一个月没人修。" }),
      headers: newClient(),
    });
    const [row] = await rowsWhere("楼道灯坏了一个月没人修。");
    await actOnCase(admin(), row?.id as string, { type: "contact" });
    await actOnCase(admin(), row?.id as string, { type: "resolve" });
    const rated = await h.request("POST", `${path}/${filed.body.trackingCode}/rating`, {
      body: { rating: "unsatisfied" },
      headers: newClient(),
    });
    expect(rated.status).toBe(200);
    expect(rated.body).toMatchObject({ status: "received", rating: "unsatisfied", resolvedAt: null });
    expect(rated.body.timeline.slice(-2).map((e: { type: string }) => e.type)).toEqual(["rated", "reopened"]);
  });

  it("answers 404 for an unknown code or another county's, 400 for a malformed one", async () => {
    const filed = await h.request("POST", path, { body: report(), headers: newClient() });
    expectProblem(await h.request("GET", `${path}/AAAA-BBBB-CCCC`), 404, "not_found");
    expectProblem(
      await h.request("GET", `/v1/tenants/other/public/cases/${filed.body.trackingCode}`),
      404,
      "not_found",
    );
    expectProblem(
      await h.request("POST", `/v1/tenants/other/public/cases/${filed.body.trackingCode}/rating`, {
        body: { rating: "satisfied" },
        headers: newClient(),
      }),
      404,
      "not_found",
    );
    const malformed = await h.request("GET", `${path}/not-a-code`);
    expectProblem(malformed, 400, "bad_request");
    expect(failingPaths(malformed)).toEqual(["param.trackingCode"]);
    expectProblem(
      await h.request("GET", "/v1/tenants/nowhere/public/cases/AAAA-BBBB-CCCC"),
      404,
      "not_found",
    );
  });

  it("answers a filled honeypot like a success and stores nothing", async () => {
    const before = await caseCount();
    const res = await h.request("POST", path, {
      body: report({ description: "蜜罐测试：机器人填写的内容", website: "http://spam.example" }),
      headers: { ...newClient(), "idempotency-key": "honeypot-1" },
    });
    expect(res.status).toBe(201);
    expect(Object.keys(res.body).sort()).toEqual(["number", "trackingCode"]);
    expect(res.body.number).toMatch(/^OU-\d{4}-\d{6}$/);
    expect(res.body.trackingCode).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(await caseCount()).toBe(before);
    expect(await rowsWhere("蜜罐测试：机器人填写的内容")).toEqual([]);
    const keys = await withTenant(h.deps.db.db, h.ours.id, (tx) => tx.select().from(idempotencyKeys));
    expect(keys).toEqual([]);
    expectProblem(await h.request("GET", `${path}/${res.body.trackingCode}`), 404, "not_found");
    // An empty honeypot is what people send: filed as usual.
    const human = await h.request("POST", path, { body: report({ website: "" }), headers: newClient() });
    expect(human.status).toBe(201);
    expect(await caseCount()).toBe(before + 1);
  });

  it("names the failing fields", async () => {
    const invalid: [Record<string, unknown>, string][] = [
      [report({ reporter: { name: "张三" } }), "body.reporter.phone"],
      [report({ reporter: { name: "张三", phone: "0000" } }), "body.reporter.phone"],
      [report({ description: "坏了" }), "body.description"],
      [report({ compoundId: "nope" }), "body.compoundId"],
    ];
    for (const [body, field] of invalid) {
      const res = await h.request("POST", path, { body, headers: newClient() });
      expectProblem(res, 422, "unprocessable");
      expect(failingPaths(res)).toContain(field);
    }
    const before = await caseCount();
    const category = await h.request("POST", path, {
      body: report({ category: "noSuchCategory" }),
      headers: newClient(),
    });
    expectProblem(category, 422, "unprocessable");
    expect(failingPaths(category)).toEqual(["body.category"]);
    const archived = await h.request("POST", path, {
      body: report({ compoundId: world.archived }),
      headers: newClient(),
    });
    expectProblem(archived, 422, "unprocessable");
    expect(failingPaths(archived)).toEqual(["body.compoundId"]);
    const elsewhere = await seedCaseWorld(h, h.other);
    const foreign = await h.request("POST", path, {
      body: report({ compoundId: elsewhere.sunshine }),
      headers: newClient(),
    });
    expectProblem(foreign, 422, "unprocessable");
    expect(failingPaths(foreign)).toEqual(["body.compoundId"]);
    const extra = await h.request("POST", path, {
      body: report({ channel: "hotline12345" }),
      headers: newClient(),
    });
    expectProblem(extra, 422, "unprocessable");
    expect(await caseCount()).toBe(before);
  });

  it("limits each client to the tenant's reports per minute, with Retry-After", async () => {
    startOfMinute();
    const a = newClient();
    for (let i = 0; i < 20; i++) {
      const res = await h.request("POST", path, { body: report(), headers: a });
      expect(res.status, `request ${i + 1}`).toBe(201);
    }
    const before = await caseCount();
    const refused = await h.request("POST", path, { body: report(), headers: a });
    expectProblem(refused, 429, "rate_limited");
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Bad bodies count too (the limit comes before the body is read).
    expectProblem(await h.request("POST", path, { rawBody: "{", headers: a }), 429, "rate_limited");
    expect(await caseCount()).toBe(before);

    // Another client is not affected; nor is the same client in the other tenant.
    expect((await h.request("POST", path, { body: report(), headers: newClient() })).status).toBe(201);
    const elsewhere = await h.request("POST", "/v1/tenants/other/public/cases", {
      body: report(),
      headers: a,
    });
    expect(elsewhere.status).not.toBe(429);

    h.advance(60_000);
    expect((await h.request("POST", path, { body: report(), headers: a })).status).toBe(201);
  });

  it("takes the limit from the tenant's settings; ratings are limited on their own budget", async () => {
    await settings({ publicIntake: { perMinute: 2 } });
    try {
      startOfMinute();
      const b = newClient();
      expect((await h.request("POST", path, { body: report(), headers: b })).status).toBe(201);
      expect((await h.request("POST", path, { body: report(), headers: b })).status).toBe(201);
      expectProblem(await h.request("POST", path, { body: report(), headers: b }), 429, "rate_limited");
      // The same client still has its rating budget.
      const rating = { body: { rating: "satisfied" }, headers: b };
      expectProblem(await h.request("POST", `${path}/AAAA-BBBB-CCCC/rating`, rating), 404, "not_found");
      expectProblem(await h.request("POST", `${path}/AAAA-BBBB-CCCC/rating`, rating), 404, "not_found");
      expectProblem(await h.request("POST", `${path}/AAAA-BBBB-CCCC/rating`, rating), 429, "rate_limited");
    } finally {
      await settings({});
    }
  });

  it("limits the public reads (tracking, the credit and disclosure boards) per client and minute, on their own budget", async () => {
    await settings({ publicReads: { perMinute: 3 } });
    try {
      startOfMinute();
      const c = newClient();
      const track = (headers = c) => h.request("GET", `${path}/AAAA-BBBB-CCCC`, { headers });
      const credit = () => h.request("GET", "/v1/tenants/ours/public/credit", { headers: c });
      const disclosures = () =>
        h.request("GET", `/v1/tenants/ours/public/disclosures?compoundId=${world.sunshine}`, { headers: c });
      // Unknown codes count like any read: guessing tracking codes is what the limit is for.
      expectProblem(await track(), 404, "not_found");
      expect((await credit()).status).toBe(200);
      expect((await disclosures()).status).toBe(200);
      for (const read of [track, credit, disclosures]) {
        const refused = await read();
        expectProblem(refused, 429, "rate_limited");
        const retryAfter = Number(refused.headers.get("retry-after"));
        expect(retryAfter).toBeGreaterThanOrEqual(1);
        expect(retryAfter).toBeLessThanOrEqual(60);
      }
      // Reports keep their own budget; another client is not affected.
      expect((await h.request("POST", path, { body: report(), headers: c })).status).toBe(201);
      expectProblem(await track(newClient()), 404, "not_found");
      // The next minute is a new window.
      h.advance(60_000);
      expectProblem(await track(), 404, "not_found");
    } finally {
      await settings({});
    }
  });

  it("replays a retried report with the same Idempotency-Key: one case, the same number", async () => {
    const body = report({ description: "幂等测试：车库漏水严重" });
    const headers = { ...newClient(), "idempotency-key": "3b9c0d9e-retry-1" };
    const first = await h.request("POST", path, { body, headers });
    expect(first.status).toBe(201);
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    const retry = await h.request("POST", path, { body, headers });
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(await rowsWhere("幂等测试：车库漏水严重")).toHaveLength(1);

    const changed = await h.request("POST", path, {
      body: report({ description: "幂等测试：另一件事情" }),
      headers,
    });
    expectProblem(changed, 422, "unprocessable");
    expect(failingPaths(changed)).toEqual(["header.idempotency-key"]);
    expect(await rowsWhere("幂等测试：另一件事情")).toEqual([]);

    // A day later the key is forgotten: the same request files a new case.
    h.advance(24 * 3600_000 + 60_000);
    const later = await h.request("POST", path, { body, headers });
    expect(later.status).toBe(201);
    expect(later.body.number).not.toBe(first.body.number);
    expect(later.headers.get("idempotent-replayed")).toBeNull();
    expect(await rowsWhere("幂等测试：车库漏水严重")).toHaveLength(2);
  });

  it("files one case for concurrent duplicates of a keyed report", async () => {
    const body = report({ description: "并发测试：消防通道被堵" });
    const headers = { ...newClient(), "idempotency-key": "concurrent-duplicate" };
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => h.request("POST", path, { body, headers })),
    );
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(answers.map((a) => a.body.number)).size).toBe(1);
    expect(new Set(answers.map((a) => a.body.trackingCode)).size).toBe(1);
    expect(answers.filter((a) => a.headers.get("idempotent-replayed") === "true")).toHaveLength(4);
    expect(await rowsWhere("并发测试：消防通道被堵")).toHaveLength(1);
  });

  it("refuses a malformed Idempotency-Key naming the header", async () => {
    for (const key of ["x".repeat(201), "tab\tinside"]) {
      const res = await h.request("POST", path, {
        body: report(),
        headers: { ...newClient(), "idempotency-key": key },
      });
      expectProblem(res, 400, "bad_request");
      expect(failingPaths(res)).toEqual(["header.idempotency-key"]);
    }
  });

  it("documents the public operations as needing no credentials", async () => {
    const doc = (await h.request("GET", "/openapi.json")).body;
    const intake = doc.paths["/v1/tenants/{tenant}/public/cases"].post;
    expect(intake.operationId).toBe("filePublicCase");
    expect(intake.security).toEqual([]);
    expect(intake.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`)).toContain(
      "header:idempotency-key",
    );
    const track = doc.paths["/v1/tenants/{tenant}/public/cases/{trackingCode}"].get;
    expect(track.operationId).toBe("getPublicCase");
    expect(track.security).toEqual([]);
    const rating = doc.paths["/v1/tenants/{tenant}/public/cases/{trackingCode}/rating"].post;
    expect(rating.operationId).toBe("ratePublicCase");
    expect(Object.keys(rating.responses)).toEqual(expect.arrayContaining(["200", "409", "429"]));
    for (const [route, method] of [
      ["/v1/tenants/{tenant}/public/cases", "post"],
      ["/v1/tenants/{tenant}/public/cases/{trackingCode}", "get"],
      ["/v1/tenants/{tenant}/public/credit", "get"],
      ["/v1/tenants/{tenant}/public/disclosures", "get"],
    ] as const) {
      expect(Object.keys(doc.paths[route][method].responses), `${method} ${route}`).toContain("429");
    }
  });

  describe("from the browser (CORS per tenant)", () => {
    const WIDGET = "https://www.mengcheng.gov.cn";
    const EVIL = "https://evil.example";
    beforeAll(() => settings({ allowedOrigins: [WIDGET] }));
    afterAll(() => settings({}));

    const preflight = (origin: string, tenant = "ours") =>
      h.request("OPTIONS", `/v1/tenants/${tenant}/public/cases`, {
        headers: {
          origin,
          "access-control-request-method": "POST",
          "access-control-request-headers": "content-type, idempotency-key",
        },
      });

    it("answers a preflight from an allowed origin, and only from it", async () => {
      const ok = await preflight(WIDGET);
      expect(ok.status).toBe(204);
      expect(ok.headers.get("access-control-allow-origin")).toBe(WIDGET);
      expect(ok.headers.get("access-control-allow-methods")).toBe("GET, POST");
      expect(ok.headers.get("access-control-allow-headers")).toBe("content-type, idempotency-key");
      expect(ok.headers.get("access-control-max-age")).toBe("600");
      expect(ok.headers.get("vary")).toContain("Origin");
      expect(ok.headers.get("access-control-allow-credentials")).toBeNull();

      const refused = await preflight(EVIL);
      expect(refused.headers.get("access-control-allow-origin")).toBeNull();
      expect(refused.headers.get("access-control-allow-methods")).toBeNull();
      // Allowed for one tenant is not allowed for another.
      expect((await preflight(WIDGET, "other")).headers.get("access-control-allow-origin")).toBeNull();
      expect((await preflight(WIDGET, "nowhere")).headers.get("access-control-allow-origin")).toBeNull();
    });

    it("files from an allowed origin as the widget, and lets it read the answer", async () => {
      const res = await h.request("POST", path, {
        body: report({ description: "来自小部件：垃圾没人清运" }),
        headers: { ...newClient(), origin: WIDGET },
      });
      expect(res.status).toBe(201);
      expect(res.headers.get("access-control-allow-origin")).toBe(WIDGET);
      expect(res.headers.get("access-control-expose-headers")).toContain("retry-after");
      expect(res.headers.get("access-control-allow-credentials")).toBeNull();
      const [row] = await rowsWhere("来自小部件：垃圾没人清运");
      expect(row?.channel).toBe("widget");

      const look = await h.request("GET", `${path}/${res.body.trackingCode}`, {
        headers: { origin: WIDGET },
      });
      expect(look.headers.get("access-control-allow-origin")).toBe(WIDGET);
      // Errors are readable too (a widget shows them).
      const missing = await h.request("GET", `${path}/AAAA-BBBB-CCCC`, { headers: { origin: WIDGET } });
      expect(missing.status).toBe(404);
      expect(missing.headers.get("access-control-allow-origin")).toBe(WIDGET);
    });

    it("gives another origin no CORS headers, and files its report as web", async () => {
      const res = await h.request("POST", path, {
        body: report({ description: "来自别处：小区大门坏了" }),
        headers: { ...newClient(), origin: EVIL },
      });
      expect(res.status).toBe(201);
      expect(res.headers.get("access-control-allow-origin")).toBeNull();
      expect(res.headers.get("vary")).toContain("Origin");
      const [row] = await rowsWhere("来自别处：小区大门坏了");
      expect(row?.channel).toBe("web");
    });
  });
});
