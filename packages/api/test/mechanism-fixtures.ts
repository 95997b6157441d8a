import { anhui3338, newId } from "@propgov/core";
import { bodies, compounds, departments, grids, staff, venues, withTenant } from "@propgov/db";
import { and, eq } from "drizzle-orm";
import { systemPrincipal } from "../src/context.js";
import { createUser } from "../src/services/users.js";
import type { Harness, SeededTenant } from "./harness.js";

/**
 * Seeding for the mechanism suites, straight into the tables (the registry's own API is tested
 * elsewhere): the roster's departments, grids with or without guarantors, bodies, staff, venues.
 */

/** Every department the anhui-3338 roster names, so a document built on it passes validation. */
export const anhuiRoster = [...anhui3338.roster.core, ...(anhui3338.roster.utilities ?? [])];

export async function seedDepartments(h: Harness, tenant: SeededTenant, codes: readonly string[]) {
  await withTenant(h.deps.db.db, tenant.id, (tx) =>
    tx.insert(departments).values(
      codes.map((code, i) => ({
        tenantId: tenant.id,
        id: newId("department"),
        code,
        nameZh: `部门${i}`,
        nameEn: `Department ${i}`,
        kind: i < 8 ? ("core" as const) : ("utility" as const),
      })),
    ),
  );
}

export async function seedGrid(
  h: Harness,
  tenant: SeededTenant,
  compoundId: string,
  name: string,
  guarantorName: string | null = null,
): Promise<string> {
  const id = newId("grid");
  await withTenant(h.deps.db.db, tenant.id, (tx) =>
    tx.insert(grids).values({
      tenantId: tenant.id,
      id,
      compoundId,
      name,
      guarantorName,
      guarantorPhone: guarantorName ? "13812345678" : null,
    }),
  );
  return id;
}

export async function setCompoundGuarantor(
  h: Harness,
  tenant: SeededTenant,
  compoundId: string,
  name: string,
) {
  await withTenant(h.deps.db.db, tenant.id, (tx) =>
    tx
      .update(compounds)
      .set({ guarantorName: name, guarantorPhone: "13812345678" })
      .where(and(eq(compounds.tenantId, tenant.id), eq(compounds.id, compoundId))),
  );
}

type Unit = { regionId: string } | { compoundId: string };
const unitOf = (unit: Unit) => ({
  regionId: "regionId" in unit ? unit.regionId : null,
  compoundId: "compoundId" in unit ? unit.compoundId : null,
});

export async function seedBody(h: Harness, tenant: SeededTenant, level: string, unit: Unit) {
  await withTenant(h.deps.db.db, tenant.id, (tx) =>
    tx
      .insert(bodies)
      .values({ tenantId: tenant.id, id: newId("body"), level, name: `${level}机构`, ...unitOf(unit) }),
  );
}

export async function seedStaff(
  h: Harness,
  tenant: SeededTenant,
  team: string,
  unit: Unit,
  count: number,
  dedicated = true,
) {
  await withTenant(h.deps.db.db, tenant.id, (tx) =>
    tx.insert(staff).values(
      Array.from({ length: count }, (_, i) => ({
        tenantId: tenant.id,
        id: newId("staff"),
        name: `专职${i}`,
        phone: "13812345678",
        team,
        dedicated,
        ...unitOf(unit),
      })),
    ),
  );
}

export async function seedVenue(h: Harness, tenant: SeededTenant, level: string, unit: Unit) {
  await withTenant(h.deps.db.db, tenant.id, (tx) =>
    tx.insert(venues).values({
      tenantId: tenant.id,
      id: newId("venue"),
      level,
      name: `${level}阵地`,
      address: "人民路1号",
      areaM2: 60,
      purpose: ["consultation", "mediation"],
      ...unitOf(unit),
    }),
  );
}

/** A third tenant created through the API with a preset, with its admin signed in. */
export async function tenantWithPreset(h: Harness, slug: string, preset: string): Promise<SeededTenant> {
  const res = await h.request("POST", "/v1/tenants", {
    token: h.rootToken,
    body: { slug, name: `${slug}县`, divisionCode: "341623", preset },
  });
  if (res.status !== 201) throw new Error(`tenant create failed: ${res.status} ${JSON.stringify(res.body)}`);
  const tenant = {
    id: res.body.id,
    slug,
    name: res.body.name,
    divisionCode: "341623",
    timezone: res.body.timezone,
  };
  const admin = await createUser(
    { deps: h.deps, requestId: "test-seed", principal: systemPrincipal("test-seed"), tenant },
    {
      username: "admin",
      displayName: "管理员",
      password: "correct horse battery staple",
      roles: ["countyAdmin"],
    },
  );
  return { ...tenant, adminId: admin.id, adminToken: await h.login(slug, "admin") };
}
