import { anhui3338, compact2Level } from "@propgov/core";
import { auditEvents, withTenant } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, expectProblem, failingPaths, type Harness } from "./harness.js";
import { anhuiRoster, seedDepartments, tenantWithPreset } from "./mechanism-fixtures.js";
import { seedRegion } from "./registry-fixtures.js";

describe.each(testDrivers())("mechanism on %s", (driver) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(driver);
    await seedDepartments(h, h.ours, anhuiRoster);
  });
  afterAll(() => h?.destroy());

  const path = "/v1/tenants/ours/mechanism";
  const current = async () => (await h.request("GET", path, { token: h.ours.adminToken })).body;

  it("every tenant starts at version 1 of a preset: anhui-3338 by default, or the one asked for", async () => {
    const mine = await current();
    expect(mine).toMatchObject({ version: 1, createdBy: null });
    expect(mine.document.preset).toBe("anhui-3338");
    expect(mine.document.name).toEqual(anhui3338.name);
    expect(mine.document.levels.map((l: { code: string }) => l.code)).toEqual([
      "township",
      "community",
      "compound",
    ]);
    // Defaults are filled in (thresholds, each policy's config).
    expect(mine.document.thresholds).toEqual({ partyEligibility: 3 });
    expect(mine.document.policies.complaintHandling.config.firstContactHours).toBeTypeOf("number");

    const compact = await tenantWithPreset(h, "qinghe", "compact-2level");
    const theirs = await h.request("GET", "/v1/tenants/qinghe/mechanism", { token: compact.adminToken });
    expect(theirs.status).toBe(200);
    expect(theirs.body.version).toBe(1);
    expect(theirs.body.createdBy).toMatch(/^pusr_/);
    expect(theirs.body.document.preset).toBe("compact-2level");
    expect(theirs.body.document.levels.map((l: { code: string }) => l.code)).toEqual(
      compact2Level.levels.map((l) => l.code),
    );
    expect(theirs.body.document.thresholds.partyEligibility).toBe(5);

    const unknown = await h.request("POST", "/v1/tenants", {
      token: h.rootToken,
      body: { slug: "nowhere", name: "无县", divisionCode: "341699", preset: "anhui-9999" },
    });
    expectProblem(unknown, 422, "unprocessable");
    expect(failingPaths(unknown)).toEqual(["body.preset"]);
  });

  it("PUT writes the next version, keeps the old ones, and audits before and after", async () => {
    const doc = (await current()).document;
    doc.policies.complaintHandling.config.firstContactHours = 1;
    doc.policies.jointConsultation.enabled = false;
    const put = await h.request("PUT", path, { token: h.ours.adminToken, body: doc });
    expect(put.status).toBe(200);
    expect(put.body.version).toBe(2);
    expect(put.body.createdBy).toBe(h.ours.adminId);
    expect(put.body.document.policies.complaintHandling.config.firstContactHours).toBe(1);
    expect(put.body.document.policies.jointConsultation.enabled).toBe(false);
    expect((await current()).version).toBe(2);

    const again = await h.request("PUT", path, { token: h.ours.adminToken, body: put.body.document });
    expect(again.body.version).toBe(3);

    const list = await h.request("GET", `${path}/versions`, { token: h.ours.adminToken });
    expect(list.status).toBe(200);
    expect(list.body.items.map((v: { version: number }) => v.version)).toEqual([3, 2, 1]);
    expect(list.body.items[2]).toMatchObject({ version: 1, preset: "anhui-3338", createdBy: null });
    expect(list.body.items[0].document).toBeUndefined();
    const first = await h.request("GET", `${path}/versions?limit=2`, { token: h.ours.adminToken });
    expect(first.body.items.map((v: { version: number }) => v.version)).toEqual([3, 2]);
    const second = await h.request("GET", `${path}/versions?limit=2&cursor=${first.body.nextCursor}`, {
      token: h.ours.adminToken,
    });
    expect(second.body).toMatchObject({ items: [{ version: 1 }], nextCursor: null });

    const v1 = await h.request("GET", `${path}/versions/1`, { token: h.ours.adminToken });
    expect(v1.body.document.policies.jointConsultation.enabled).toBe(true);
    const v2 = await h.request("GET", `${path}/versions/2`, { token: h.ours.adminToken });
    expect(v2.body.document.policies.jointConsultation.enabled).toBe(false);

    const events = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.tenantId, h.ours.id), eq(auditEvents.action, "mechanism.update")))
        .orderBy(auditEvents.id),
    );
    expect(events.map((e) => [e.targetId, e.actorId])).toEqual([
      ["2", h.ours.adminId],
      ["3", h.ours.adminId],
    ]);
    expect(events[0]?.before).toMatchObject({ version: 1, document: { preset: "anhui-3338" } });
    expect(events[0]?.after).toMatchObject({
      version: 2,
      document: { policies: { jointConsultation: { enabled: false } } },
    });
  });

  it("a bad document is 422 naming every error at once, with its path", async () => {
    const doc = (await current()).document;
    const before = (await current()).version;
    doc.policies.complaintHandling.config.firstContactHours = -1; // a bad policy config value
    doc.categories[0].departments = ["forestry"]; // not in the roster
    doc.roster.utilities.push("gasSupply"); // not a department of the registry
    doc.policies["guoyang.unknown"] = { enabled: true, config: {} }; // no such policy
    const res = await h.request("PUT", path, { token: h.ours.adminToken, body: doc });
    expectProblem(res, 422, "unprocessable");
    expect(failingPaths(res).sort()).toEqual([
      "body.categories.0.departments.0",
      "body.policies.complaintHandling.config.firstContactHours",
      "body.policies.guoyang.unknown",
      "body.roster.utilities.3",
    ]);

    // Schema errors too: reported together with the rest, not instead of it.
    const worse = (await current()).document;
    worse.levels = [];
    worse.extra = true;
    worse.policies.gridResponsibility.config = { requireGrids: "yes" };
    const res2 = await h.request("PUT", path, { token: h.ours.adminToken, body: worse });
    expectProblem(res2, 422, "unprocessable");
    expect(failingPaths(res2).sort()).toEqual([
      "body",
      "body.levels",
      "body.policies.gridResponsibility.config.requireGrids",
    ]);

    const notAnObject = await h.request("PUT", path, { token: h.ours.adminToken, body: [1, 2] });
    expectProblem(notAnObject, 422, "unprocessable");
    expect(failingPaths(notAnObject)).toContain("body");
    expect((await current()).version).toBe(before);
  });

  it("unknown versions are 404, malformed ones 400", async () => {
    expectProblem(
      await h.request("GET", `${path}/versions/99`, { token: h.ours.adminToken }),
      404,
      "not_found",
    );
    expectProblem(
      await h.request("GET", `${path}/versions/abc`, { token: h.ours.adminToken }),
      400,
      "bad_request",
    );
    expectProblem(
      await h.request("GET", `${path}/versions?cursor=!!`, { token: h.ours.adminToken }),
      400,
      "bad_request",
    );
  });

  it("security: 401 without auth, 403 for non-admins writing, 404 for another tenant", async () => {
    const doc = (await current()).document;
    expectProblem(await h.request("GET", path), 401, "unauthenticated");
    expectProblem(await h.request("PUT", path, { body: doc }), 401, "unauthenticated");
    expectProblem(await h.request("GET", `${path}/versions`), 401, "unauthenticated");
    expectProblem(await h.request("GET", `${path}/versions/1`), 401, "unauthenticated");
    const staff = await h.userWith(h.ours, ["regionStaff"], {
      regionId: (await seedRegion(h, h.ours, "street", "任职街道")).id,
    });
    expect((await h.request("GET", path, { token: staff.token })).status).toBe(200);
    expectProblem(await h.request("PUT", path, { token: staff.token, body: doc }), 403, "forbidden");
    for (const [method, p] of [
      ["GET", path],
      ["PUT", path],
      ["GET", `${path}/versions`],
      ["GET", `${path}/versions/1`],
      ["GET", `${path}/presets`],
      ["GET", `${path}/presets/anhui-3338`],
    ] as const) {
      expectProblem(
        await h.request(method, p, { token: h.other.adminToken, ...(method === "PUT" ? { body: doc } : {}) }),
        404,
        "not_found",
      );
    }
    // The other tenant's own mechanism is untouched by ours.
    const theirs = await h.request("GET", "/v1/tenants/other/mechanism", { token: h.other.adminToken });
    expect(theirs.body.version).toBe(1);
  });

  it("lists the presets and gives each one's document as a county's version would hold it", async () => {
    const list = await h.request("GET", `${path}/presets`, { token: h.ours.adminToken });
    expect(list.status).toBe(200);
    expect(list.body.items.map((p: { id: string }) => p.id)).toEqual(["anhui-3338", "compact-2level"]);
    expect(list.body.items[0]).toEqual({
      id: "anhui-3338",
      name: anhui3338.name,
      levels: anhui3338.levels.map((l) => l.name),
    });

    const preset = await h.request("GET", `${path}/presets/compact-2level`, { token: h.ours.adminToken });
    expect(preset.status).toBe(200);
    expect(preset.body.id).toBe("compact-2level");
    // Defaults are filled in, exactly as on a tenant created from the preset.
    const created = await tenantWithPreset(h, "qinghe2", "compact-2level");
    const theirs = await h.request("GET", "/v1/tenants/qinghe2/mechanism", { token: created.adminToken });
    expect(preset.body.document).toEqual(theirs.body.document);

    expectProblem(
      await h.request("GET", `${path}/presets/anhui-9999`, { token: h.ours.adminToken }),
      404,
      "not_found",
    );
  });
});
