import { makeUscc, newId, type RegionKind } from "@propgov/core";
import { companies, compounds, departments, regions, withTenant } from "@propgov/db";
import type { Harness, SeededTenant } from "./harness.js";

/**
 * Seeding for the registry suites: regions and compounds are written straight into the tables
 * (their own API is tested elsewhere), so these suites depend only on the tables.
 */
export interface SeededRegion {
  id: string;
  path: string;
}

export async function seedRegion(
  h: Harness,
  tenant: SeededTenant,
  kind: RegionKind,
  name: string,
  parent?: SeededRegion,
): Promise<SeededRegion> {
  const id = newId("region");
  const path = `${parent?.path ?? ""}${id}/`;
  await withTenant(h.deps.db.db, tenant.id, (tx) =>
    tx.insert(regions).values({ tenantId: tenant.id, id, kind, name, parentId: parent?.id ?? null, path }),
  );
  return { id, path };
}

/** One department of the roster, written straight into the table; answers its id. */
export async function seedDepartment(h: Harness, tenant: SeededTenant = h.ours): Promise<string> {
  const id = newId("department");
  await withTenant(h.deps.db.db, tenant.id, (tx) =>
    tx.insert(departments).values({
      tenantId: tenant.id,
      id,
      code: `dept-${id.slice(-8).toLowerCase()}`,
      nameZh: "测试部门",
      nameEn: "Test department",
      kind: "core",
    }),
  );
  return id;
}

let seededCompanies = 0;

/**
 * One company written straight into the table (no audit event), e.g. to scope a user to: its
 * USCC numbers (from 9000 up) stay clear of the ones suites use through the API.
 */
export async function seedCompany(h: Harness, tenant: SeededTenant = h.ours): Promise<string> {
  const id = newId("company");
  const n = 9000 + ++seededCompanies;
  await withTenant(h.deps.db.db, tenant.id, (tx) =>
    tx.insert(companies).values({
      tenantId: tenant.id,
      id,
      name: `任职物业${n}`,
      uscc: validUscc(n),
      legalRepresentative: "陈十一",
      phone: "13912345678",
    }),
  );
  return id;
}

/**
 * A compound to scope a committee member to, in the community given (a suite that lists its
 * regions passes one of its own), else in a community of its own.
 */
export async function seedScopeCompound(
  h: Harness,
  tenant: SeededTenant = h.ours,
  community?: SeededRegion,
): Promise<string> {
  return seedCompound(
    h,
    tenant,
    community ?? (await seedRegion(h, tenant, "community", "任职社区")),
    "任职小区",
  );
}

export async function seedCompound(
  h: Harness,
  tenant: SeededTenant,
  community: SeededRegion,
  name: string,
  options: { archived?: boolean } = {},
): Promise<string> {
  const id = newId("compound");
  await withTenant(h.deps.db.db, tenant.id, (tx) =>
    tx.insert(compounds).values({
      tenantId: tenant.id,
      id,
      name,
      address: `${name}路1号`,
      communityId: community.id,
      buildings: 10,
      households: 300,
      serviceMode: "professional",
      residentPartyMembers: 5,
      archivedAt: options.archived ? new Date() : null,
    }),
  );
  return id;
}

/**
 * A small county: street 城关街道 with community 城南社区 (compounds 阳光花园, 幸福里), and
 * township 立仓镇 with community 立仓社区 (compound 立仓小区); plus one archived compound.
 */
export async function seedWorld(h: Harness, tenant: SeededTenant = h.ours) {
  const street = await seedRegion(h, tenant, "street", "城关街道");
  const community = await seedRegion(h, tenant, "community", "城南社区", street);
  const township = await seedRegion(h, tenant, "township", "立仓镇");
  const farCommunity = await seedRegion(h, tenant, "community", "立仓社区", township);
  return {
    street,
    community,
    township,
    farCommunity,
    sunshine: await seedCompound(h, tenant, community, "阳光花园"),
    happy: await seedCompound(h, tenant, community, "幸福里"),
    far: await seedCompound(h, tenant, farCommunity, "立仓小区"),
    archived: await seedCompound(h, tenant, community, "旧城小区", { archived: true }),
  };
}

export type World = Awaited<ReturnType<typeof seedWorld>>;

/** A valid unified social credit code, distinct for each `n`. */
export const validUscc = (n: number) => makeUscc("91", "341622", `MA2N${String(n).padStart(4, "0")}`);

/** A company body that passes validation. */
export const companyBody = (n: number, overrides: Record<string, unknown> = {}) => ({
  name: `蒙城县第${n}物业服务有限公司`,
  uscc: validUscc(n),
  legalRepresentative: "张伟",
  phone: "0558-7123456",
  ...overrides,
});

/** Creates a company through the API as the tenant's admin; returns its id. */
export async function createCompanyVia(
  h: Harness,
  n: number,
  tenant: SeededTenant = h.ours,
): Promise<string> {
  const res = await h.request("POST", `/v1/tenants/${tenant.slug}/companies`, {
    token: tenant.adminToken,
    body: companyBody(n),
  });
  if (res.status !== 201) throw new Error(`company create failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

/** `YYYY-MM-DD` of year offset from now (tests want ranges around "today"). */
export const yearsFromNow = (years: number, monthDay: string) =>
  `${new Date().getUTCFullYear() + years}-${monthDay}`;
