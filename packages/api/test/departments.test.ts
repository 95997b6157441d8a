import { auditEvents, withTenant } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, expectProblem, failingPaths, type Harness } from "./harness.js";
import { seedRegion } from "./registry-fixtures.js";

describe.each(testDrivers())("departments on %s", (driver) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(driver);
  });
  afterAll(() => h?.destroy());

  const path = "/v1/tenants/ours/departments";
  const police = { code: "police", name: { zh: "公安", en: "Public security" }, kind: "core" };

  it("a county admin builds the roster; everyone in the county reads it", async () => {
    const created = await h.request("POST", path, {
      token: h.ours.adminToken,
      body: { ...police, contact: { name: "赵军", phone: "0558 7654321" } },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      ...police,
      contact: { name: "赵军", phone: "05587654321" },
      archivedAt: null,
    });
    expect(created.body.id).toMatch(/^dep_/);
    await h.request("POST", path, {
      token: h.ours.adminToken,
      body: { code: "power", name: { zh: "供电", en: "Power supply" }, kind: "utility" },
    });
    const officer = await h.userWith(h.ours, ["departmentOfficer"], { departmentId: created.body.id });
    const list = await h.request("GET", path, { token: officer.token });
    expect(list.body.items.map((d: { code: string }) => d.code)).toEqual(["police", "power"]);
    const utilities = await h.request("GET", `${path}?kind=utility`, { token: officer.token });
    expect(utilities.body.items.map((d: { code: string }) => d.code)).toEqual(["power"]);
    const search = await h.request("GET", `${path}?q=${encodeURIComponent("供电")}`, {
      token: officer.token,
    });
    expect(search.body.items.map((d: { code: string }) => d.code)).toEqual(["power"]);
    const literal = await h.request("GET", `${path}?q=${encodeURIComponent("%")}`, { token: officer.token });
    expect(literal.body.items).toEqual([]);
    const one = await h.request("GET", `${path}/${created.body.id}`, { token: officer.token });
    expect(one.body.code).toBe("police");
  });

  it("changes and archives, with before and after in the audit trail", async () => {
    const created = await h.request("POST", path, {
      token: h.ours.adminToken,
      body: { code: "fire", name: { zh: "消防", en: "Fire" }, kind: "core" },
    });
    const { id } = created.body;
    const changed = await h.request("PATCH", `${path}/${id}`, {
      token: h.ours.adminToken,
      body: { contact: { name: "孙丽", phone: "13912345678" } },
    });
    expect(changed.body.contact).toEqual({ name: "孙丽", phone: "13912345678" });
    const archived = await h.request("DELETE", `${path}/${id}`, { token: h.ours.adminToken });
    expect(archived.body.archivedAt).not.toBeNull();
    const list = await h.request("GET", path, { token: h.ours.adminToken });
    expect(list.body.items.map((d: { id: string }) => d.id)).not.toContain(id);
    const all = await h.request("GET", `${path}?includeArchived=true`, { token: h.ours.adminToken });
    expect(all.body.items.map((d: { id: string }) => d.id)).toContain(id);
    // The code of an archived department is free again.
    const again = await h.request("POST", path, {
      token: h.ours.adminToken,
      body: { code: "fire", name: { zh: "消防救援", en: "Fire and rescue" }, kind: "core" },
    });
    expect(again.status).toBe(201);
    const events = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx.select().from(auditEvents).where(eq(auditEvents.targetId, id)).orderBy(auditEvents.id),
    );
    expect(events.map((e) => e.action)).toEqual([
      "department.create",
      "department.update",
      "department.archive",
    ]);
    expect(events[1]?.before).toMatchObject({ contact: null });
    expect(events[1]?.after).toMatchObject({ contact: { name: "孙丽" } });
  });

  it("bad input is 4xx naming the field", async () => {
    const bad = await h.request("POST", path, {
      token: h.ours.adminToken,
      body: { code: "Police Dept", name: { zh: "" }, kind: "other", contact: { name: "x", phone: "123" } },
    });
    expectProblem(bad, 422, "unprocessable");
    expect(failingPaths(bad).sort()).toEqual([
      "body.code",
      "body.contact.phone",
      "body.kind",
      "body.name.en",
      "body.name.zh",
    ]);
    const dup = await h.request("POST", path, { token: h.ours.adminToken, body: police });
    expectProblem(dup, 409, "conflict");
    expect(failingPaths(dup)).toEqual(["body.code"]);
    expectProblem(
      await h.request("GET", `${path}/dep_nope`, { token: h.ours.adminToken }),
      400,
      "bad_request",
    );
    expectProblem(
      await h.request("GET", `${path}/dep_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0`, { token: h.ours.adminToken }),
      404,
      "not_found",
    );
  });

  it("security: no auth 401, non-admins cannot change the roster, another tenant sees nothing", async () => {
    expectProblem(await h.request("GET", path), 401, "unauthenticated");
    const staff = await h.userWith(h.ours, ["regionStaff"], {
      regionId: (await seedRegion(h, h.ours, "street", "任职街道")).id,
    });
    expectProblem(await h.request("POST", path, { token: staff.token, body: police }), 403, "forbidden");
    const list = await h.request("GET", path, { token: h.ours.adminToken });
    const id = list.body.items[0].id;
    expectProblem(await h.request("DELETE", `${path}/${id}`, { token: staff.token }), 403, "forbidden");
    expectProblem(await h.request("GET", path, { token: h.other.adminToken }), 404, "not_found");
    expectProblem(
      await h.request("GET", `/v1/tenants/other/departments/${id}`, { token: h.other.adminToken }),
      404,
      "not_found",
    );
    const theirs = await h.request("GET", "/v1/tenants/other/departments", { token: h.other.adminToken });
    expect(theirs.body.items).toEqual([]);
  });
});
