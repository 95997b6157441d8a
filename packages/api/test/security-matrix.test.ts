import { tenantRoles } from "@propgov/core";
import { departments, withTenant } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, expectProblem, type Harness } from "./harness.js";
import { seedDepartments } from "./mechanism-fixtures.js";
import { createCompanyVia, seedWorld } from "./registry-fixtures.js";

interface Operation {
  method: string;
  path: string;
  operationId: string;
  roles: readonly string[] | "public" | "signedIn" | "platform";
  parameters: { name: string; in: string; schema?: { pattern?: string; example?: unknown } }[];
}

/** A value for a path parameter that passes its schema, so that only the gate decides the answer. */
function sample(name: string, schema: { pattern?: string; example?: unknown } = {}): string {
  if (name === "tenant") return "ours";
  if (typeof schema.example === "string" || typeof schema.example === "number") return String(schema.example);
  const prefix = /^\^([a-z]{2,5})_/.exec(schema.pattern ?? "")?.[1];
  if (prefix) return `${prefix}_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0`;
  return "1";
}

/**
 * The one security suite every operation runs, read from the OpenAPI document (so operations
 * added later are covered without anyone writing a test): the roles each operation declares
 * (`x-propgov-roles`) decide what must happen without a token (401), with a role it does not
 * name (403), and with another county's token (404).
 */
describe.each(testDrivers())("security matrix over the OpenAPI document on %s", (driver) => {
  let h: Harness;
  let operations: Operation[];
  const tokenOf: Record<string, string> = {};

  beforeAll(async () => {
    h = await createHarness(driver);
    const world = await seedWorld(h);
    await seedDepartments(h, h.ours, ["urbanManagement"]);
    const [dep] = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx
        .select({ id: departments.id })
        .from(departments)
        .where(and(eq(departments.tenantId, h.ours.id), eq(departments.code, "urbanManagement"))),
    );
    const company = await createCompanyVia(h, 1);
    const scopes: Record<string, Record<string, string>> = {
      regionStaff: { regionId: world.community.id },
      departmentOfficer: { departmentId: dep?.id ?? "" },
      companyStaff: { companyId: company },
      committeeMember: { compoundId: world.sunshine },
    };
    for (const role of tenantRoles) {
      tokenOf[role] =
        role === "countyAdmin" ? h.ours.adminToken : (await h.userWith(h.ours, [role], scopes[role])).token;
    }

    const doc = (await h.request("GET", "/openapi.json")).body;
    operations = Object.entries(doc.paths as Record<string, Record<string, any>>).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({
        method: method.toUpperCase(),
        path,
        operationId: op.operationId,
        roles: op["x-propgov-roles"],
        parameters: op.parameters ?? [],
      })),
    );
  });
  afterAll(() => h?.destroy());

  const urlOf = (op: Operation) =>
    op.path.replace(/\{(\w+)\}/g, (_, name: string) =>
      encodeURIComponent(sample(name, op.parameters.find((p) => p.in === "path" && p.name === name)?.schema)),
    );

  it("every operation declares who may call it", () => {
    expect(operations.length).toBeGreaterThan(100);
    const undeclared = operations.filter(
      (op) => !(Array.isArray(op.roles) || ["public", "signedIn", "platform"].includes(op.roles as string)),
    );
    expect(undeclared.map((op) => op.operationId)).toEqual([]);
  });

  it("without a token: 401 for every operation that is not public", async () => {
    const wrong: string[] = [];
    for (const op of operations.filter((o) => o.roles !== "public")) {
      const res = await h.request(op.method, urlOf(op));
      if (res.status !== 401 || res.body?.code !== "unauthenticated")
        wrong.push(`${op.operationId}: ${res.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it("with a county role the operation does not name: 403", async () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const op of operations) {
      const allowed = op.roles;
      const outsider =
        allowed === "platform"
          ? "countyAdmin"
          : Array.isArray(allowed)
            ? tenantRoles.find((r) => !allowed.includes(r))
            : undefined;
      if (!outsider) continue;
      checked++;
      const res = await h.request(op.method, urlOf(op), { token: tokenOf[outsider] });
      if (res.status !== 403 || res.body?.code !== "forbidden") {
        wrong.push(`${op.operationId} as ${outsider}: ${res.status}`);
      }
    }
    expect(checked).toBeGreaterThan(30);
    expect(wrong).toEqual([]);
  });

  it("with another county's token on this county's path: 404, as if the county did not exist", async () => {
    const wrong: string[] = [];
    for (const op of operations.filter((o) => Array.isArray(o.roles) && o.path.includes("{tenant}"))) {
      const res = await h.request(op.method, urlOf(op), { token: h.other.adminToken });
      if (res.status !== 404) wrong.push(`${op.operationId}: ${res.status}`);
      else expectProblem(res, 404, "not_found");
    }
    expect(wrong).toEqual([]);
  });

  it("a public operation ignores another county's token: it answers as to anyone", async () => {
    for (const op of operations.filter((o) => o.roles === "public" && o.method === "GET")) {
      const anonymous = await h.request(op.method, urlOf(op));
      const foreign = await h.request(op.method, urlOf(op), { token: h.other.adminToken });
      expect({ op: op.operationId, status: foreign.status }).toEqual({
        op: op.operationId,
        status: anonymous.status,
      });
    }
  });
});
