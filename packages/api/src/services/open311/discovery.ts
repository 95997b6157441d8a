import { AppError, type Category, caseKindLabels, categoryOf, type Mechanism } from "@propgov/core";
import type { ResolvedDeps, TenantRef, TenantServiceContext } from "../../context.js";
import {
  type Open311Discovery,
  type Open311Service,
  type Open311ServiceDefinition,
  open311Time,
} from "../../open311/format.js";
import { currentMechanism } from "../mechanism.js";
import { withTenantDb } from "../shards.js";
import { inTenant } from "../tx.js";
import { OPEN311_ENDPOINT_CHANGESET, OPEN311_PATHS, OPEN311_SPECIFICATION } from "./constants.js";

/**
 * `GET discovery`: this server's GeoReport v2 endpoints, dated by the tenant's mechanism when one is
 * named: production, and a test endpoint where the same requests are checked in full (key,
 * service, location) but nothing is filed.
 */
export async function open311Discovery(
  deps: ResolvedDeps,
  tenant: TenantRef | null,
  baseUrl: string,
): Promise<Open311Discovery> {
  let changeset = OPEN311_ENDPOINT_CHANGESET;
  if (tenant) {
    const ctx: TenantServiceContext = { deps, requestId: "open311", principal: null, tenant };
    const version = await withTenantDb(deps, tenant.id, (tx) => currentMechanism(tx, ctx));
    changeset = open311Time(version.createdAt, tenant.timezone);
  }
  const keysPath = `/v1/tenants/${tenant?.slug ?? "{jurisdiction_id}"}/api-keys`;
  return {
    changeset,
    contact: tenant
      ? `${tenant.name}物业管理平台管理员 / The administrator of ${tenant.name}'s property-governance platform (jurisdiction_id ${tenant.slug}).`
      : "请联系所在县的物业管理平台管理员 / Ask your county's administrator of the property-governance platform.",
    key_service: `API 密钥由县管理员签发（角色 countyAdmin 或 regionStaff）/ The county's administrator issues API keys with the countyAdmin or regionStaff role, in the console or with POST ${keysPath}; send it as api_key when you submit a request. Reading needs no key.`,
    endpoints: [
      {
        specification: OPEN311_SPECIFICATION,
        url: `${baseUrl}${OPEN311_PATHS.production}`,
        changeset,
        type: "production",
        formats: ["text/xml", "application/json"],
      },
      {
        specification: OPEN311_SPECIFICATION,
        url: `${baseUrl}${OPEN311_PATHS.test}`,
        changeset,
        type: "test",
        formats: ["text/xml", "application/json"],
      },
    ],
  };
}

const serviceOf = (category: Category): Open311Service => ({
  service_code: category.code,
  service_name: category.name.zh,
  description: `${category.name.zh} / ${category.name.en}`,
  // Categories have no extra attributes (yet), so there is no definition worth fetching.
  metadata: false,
  type: "realtime",
  keywords: category.kind,
  group: caseKindLabels[category.kind].zh,
});

async function mechanismOf(ctx: TenantServiceContext): Promise<Mechanism> {
  return inTenant(ctx, async (tx) => (await currentMechanism(tx, ctx)).document);
}

/** `GET services`: the tenant's case categories. */
export async function listOpen311Services(ctx: TenantServiceContext): Promise<Open311Service[]> {
  return (await mechanismOf(ctx)).categories.map(serviceOf);
}

/** `GET services/{service_code}`: a category's definition (no attributes today); unknown → 404. */
export async function open311ServiceDefinition(
  ctx: TenantServiceContext,
  serviceCode: string,
): Promise<Open311ServiceDefinition> {
  const category = categoryOf(await mechanismOf(ctx), serviceCode);
  if (!category) throw new AppError("not_found", `service_code '${serviceCode}' is not a service here.`);
  return { service_code: category.code, attributes: [] };
}
