import { testDrivers } from "@propgov/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, expectProblem, failingPaths, type Harness } from "./harness.js";

describe.each(testDrivers())("audit trail read API on %s", (driver) => {
  let h: Harness;
  const path = "/v1/tenants/ours/audit-events";
  let firstKeyId: string;
  let secondKeyId: string;
  let staff: { id: string; token: string };

  beforeAll(async () => {
    h = await createHarness(driver, { startAt: "2026-04-14T02:00:00.000Z" });
    const a = await h.request("POST", "/v1/tenants/ours/api-keys", {
      token: h.ours.adminToken,
      body: { name: "12345 bridge", roles: ["countyAdmin"] },
    });
    firstKeyId = a.body.id;
    h.advance(60 * 60_000); // 03:00Z
    const b = await h.request("POST", "/v1/tenants/ours/api-keys", {
      token: h.ours.adminToken,
      body: { name: "feed", roles: ["countyAdmin"] },
    });
    secondKeyId = b.body.id;
    h.advance(60 * 60_000); // 04:00Z
    await h.request("DELETE", `/v1/tenants/ours/api-keys/${firstKeyId}`, { token: h.ours.adminToken });
    staff = await h.userWith(h.ours, ["dispatcher"]);
    // The other county does things of its own.
    await h.request("POST", "/v1/tenants/other/api-keys", {
      token: h.other.adminToken,
      body: { name: "other county's key", roles: ["countyAdmin"] },
    });
  });
  afterAll(() => h?.destroy());

  it("lists the county's events newest first, with who, what, target and the actor's name", async () => {
    const res = await h.request("GET", path, { token: h.ours.adminToken });
    expect(res.status).toBe(200);
    const actions = res.body.items.map((e: { action: string }) => e.action);
    expect(actions.indexOf("apiKey.revoke")).toBeLessThan(actions.indexOf("apiKey.create"));
    const revoke = res.body.items.find((e: { action: string }) => e.action === "apiKey.revoke");
    expect(revoke).toMatchObject({
      actorType: "user",
      actorId: h.ours.adminId,
      targetType: "apiKey",
      targetId: firstKeyId,
    });
    expect(revoke.at.startsWith("2026-04-14T04:00:0")).toBe(true);
    expect(typeof revoke.actorName).toBe("string");
    expect(JSON.stringify(res.body)).not.toContain("other county's key");
  });

  it("filters by actor, action, target and time (inclusive)", async () => {
    const byAction = await h.request("GET", `${path}?action=apiKey.create`, { token: h.ours.adminToken });
    expect(byAction.body.items.map((e: { targetId: string }) => e.targetId)).toEqual([
      secondKeyId,
      firstKeyId,
    ]);

    const byTarget = await h.request("GET", `${path}?targetType=apiKey&targetId=${firstKeyId}`, {
      token: h.ours.adminToken,
    });
    expect(byTarget.body.items.map((e: { action: string }) => e.action)).toEqual([
      "apiKey.revoke",
      "apiKey.create",
    ]);

    const byTime = await h.request(
      "GET",
      `${path}?action=apiKey.create&from=${encodeURIComponent("2026-04-14T11:00:00+08:00")}&to=2026-04-14T03:30:00Z`,
      { token: h.ours.adminToken },
    );
    expect(byTime.body.items.map((e: { targetId: string }) => e.targetId)).toEqual([secondKeyId]);

    const byActor = await h.request("GET", `${path}?actor=${h.ours.adminId}&targetType=apiKey`, {
      token: h.ours.adminToken,
    });
    expect(byActor.body.items).toHaveLength(3);
    const nobody = await h.request("GET", `${path}?actor=${staff.id}&targetType=apiKey`, {
      token: h.ours.adminToken,
    });
    expect(nobody.body.items).toEqual([]);
  });

  it("pages with a cursor, without repeats or gaps", async () => {
    const all = await h.request("GET", `${path}?limit=200`, { token: h.ours.adminToken });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const q: string = cursor ? `&cursor=${cursor}` : "";
      const page = await h.request("GET", `${path}?limit=2${q}`, { token: h.ours.adminToken });
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((e: { id: string }) => e.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.body.items.map((e: { id: string }) => e.id));
    expect(seen.length).toBeGreaterThanOrEqual(4);
  });

  it("is for county administrators only; another county's admin sees none of ours", async () => {
    expectProblem(await h.request("GET", path), 401, "unauthenticated");
    expectProblem(await h.request("GET", path, { token: staff.token }), 403, "forbidden");
    const foreign = await h.request("GET", path, { token: h.other.adminToken });
    expect(foreign.status).not.toBe(200);
    const theirs = await h.request("GET", "/v1/tenants/other/audit-events", { token: h.other.adminToken });
    expect(theirs.status).toBe(200);
    const ids = JSON.stringify(theirs.body);
    expect(ids).not.toContain(firstKeyId);
    expect(ids).not.toContain(secondKeyId);
    expect(ids).toContain("other county's key");
  });

  it("a bad cursor, date or id is 400 naming the field", async () => {
    const t = { token: h.ours.adminToken };
    const cursor = await h.request("GET", `${path}?cursor=nonsense`, t);
    expectProblem(cursor, 400, "bad_request");
    expect(failingPaths(cursor)).toContain("query.cursor");
    const from = await h.request("GET", `${path}?from=yesterday`, t);
    expectProblem(from, 400, "bad_request");
    expect(failingPaths(from)).toContain("query.from");
    const dateOnly = await h.request("GET", `${path}?to=2026-04-14`, t);
    expectProblem(dateOnly, 400, "bad_request");
    expect(failingPaths(dateOnly)).toContain("query.to");
    const reversed = await h.request("GET", `${path}?from=2026-04-15T00:00:00Z&to=2026-04-14T00:00:00Z`, t);
    expectProblem(reversed, 400, "bad_request");
    expect(failingPaths(reversed)).toEqual(["query.to"]);
    const actor = await h.request("GET", `${path}?actor=admin`, t);
    expectProblem(actor, 400, "bad_request");
    expect(failingPaths(actor)).toContain("query.actor");
  });
});
