import type { TenantRole } from "@propgov/core";

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) over the county's cases: services are
 * the mechanism's categories, service requests are cases (`service_request_id` = case number).
 * Errors are AppErrors whose field errors name the spec's parameters (`api_key`, `service_code`,
 * `lat`, …); the routes render them in the spec's `[{ code, description }]` form.
 */

/** Where the two endpoints live on this server: production, and test (validates, files nothing). */
export const OPEN311_PATHS = { production: "/open311/v2", test: "/open311/test/v2" } as const;
export type Open311EndpointKind = keyof typeof OPEN311_PATHS;

/** The specification every endpoint of discovery implements. */
export const OPEN311_SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
/** When the endpoint's own shape last changed (discovery without a jurisdiction has no mechanism to date it by). */
export const OPEN311_ENDPOINT_CHANGESET = "2026-11-27T00:00:00Z";
/** Roles whose API keys may file service requests: those who file cases for residents. */
export const OPEN311_FILING_ROLES: readonly TenantRole[] = ["countyAdmin", "regionStaff"];
/** A compound within this distance of `lat`/`long` is the request's compound. */
export const NEAREST_COMPOUND_METRES = 2000;
/** At most this many requests in one `GET requests` answer (newest first), as the spec suggests. */
export const OPEN311_MAX_REQUESTS = 1000;
/** The widest `start_date`–`end_date` window, and the default one ending now. */
export const OPEN311_MAX_RANGE_DAYS = 90;
