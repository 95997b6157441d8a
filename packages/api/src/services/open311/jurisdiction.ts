import { AppError, tenantSlugSchema } from "@propgov/core";
import { lookupContext, presentedToken, resolveToken } from "../../auth/sessions.js";
import type { Principal, ResolvedDeps, TenantRef } from "../../context.js";
import { withTenantContext } from "../shards.js";
import { findTenantBySlug } from "../tenants.js";
import { OPEN311_FILING_ROLES } from "./constants.js";
import { fieldError } from "./errors.js";

/**
 * The tenant a `jurisdiction_id` names: missing → 400 (unless `optional`), unknown or archived → 404.
 * `null` only when optional and not given.
 */
export async function findJurisdiction(
  deps: ResolvedDeps,
  slug: string | undefined,
  options: { optional?: boolean } = {},
): Promise<TenantRef | null> {
  const given = slug?.trim();
  if (!given) {
    if (options.optional) return null;
    throw fieldError("jurisdiction_id", "Required: the county's id (its tenant slug, e.g. mengcheng).");
  }
  const tenant = tenantSlugSchema.safeParse(given).success ? await findTenantBySlug(deps, given) : null;
  if (!tenant) throw new AppError("not_found", `jurisdiction_id '${given}' is not a jurisdiction here.`);
  return tenant;
}

/**
 * The principal of an `api_key` form field: a valid, unexpired, unrevoked API key of this tenant
 * whose roles may file cases. Missing → 403 (as GeoReport v2 says); anything else (garbage, a session token, a revoked key,
 * another county's key) → 403 with one message, so a key's existence elsewhere does not leak; a
 * key of this county without a filing role → 403 naming the roles.
 */
export async function open311KeyPrincipal(
  deps: ResolvedDeps,
  tenant: TenantRef,
  apiKey: string | undefined,
): Promise<Principal> {
  const key = apiKey?.trim();
  if (!key) {
    // GeoReport v2: "403 - api_key was not provided or was invalid".
    const message = "Required to submit a request: ask the county's administrator for an API key.";
    throw new AppError("forbidden", `api_key: ${message}`, { errors: [{ path: "api_key", message }] });
  }
  const token = key.length <= 512 ? await presentedToken(key, "bearer") : null;
  const resolved = token
    ? await withTenantContext(deps, tenant.id, lookupContext(token), (tx) =>
        resolveToken(tx, deps, token, tenant.id),
      )
    : null;
  const principal = resolved?.principal;
  if (principal?.kind !== "apiKey" || principal.tenantId !== tenant.id) {
    throw new AppError("forbidden", "api_key: not a valid API key of this jurisdiction.", {
      errors: [{ path: "api_key", message: "Not a valid API key of this jurisdiction." }],
    });
  }
  if (!principal.roles.some((role) => OPEN311_FILING_ROLES.includes(role))) {
    const message = `This key may not submit requests: it needs one of the roles ${OPEN311_FILING_ROLES.join(", ")}.`;
    throw new AppError("forbidden", `api_key: ${message}`, { errors: [{ path: "api_key", message }] });
  }
  return principal;
}
