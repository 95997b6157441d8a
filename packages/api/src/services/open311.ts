import {
  AppError,
  type CaseChannel,
  type CaseStatus,
  type Category,
  caseKindLabels,
  caseStatusLabels,
  categoryOf,
  clampInstant,
  createCaseSchema,
  type FieldError,
  instantInRange,
  type Mechanism,
  mediaUrlSchema,
  nameSchema,
  newId,
  open311Status,
  phoneSchema,
  type TenantRole,
  tenantSlugSchema,
} from "@propgov/core";
import { cases, compounds, regions, type Tx, withContext, withTenant } from "@propgov/db";
import { and, desc, eq, gte, inArray, isNotNull, isNull, lte, notInArray, sql } from "drizzle-orm";
import { lookupContext, presentedToken, resolveToken } from "../auth/sessions.js";
import type { Principal, ResolvedDeps, TenantRef, TenantServiceContext } from "../context.js";
import {
  type Open311Discovery,
  type Open311Request,
  type Open311RequestCreated,
  type Open311Service,
  type Open311ServiceDefinition,
  type Open311Token,
  open311Time,
} from "../open311/format.js";
import { compoundsWithin, type Reach, reachOf } from "./access/reach.js";
import { publicPhotosOf } from "./attachments/read.js";
import { publicAttachmentPath } from "./attachments/view.js";
import { audit } from "./audit.js";
import { fileCase } from "./cases/create.js";
import { caseActorOf } from "./cases/events.js";
import { type CaseRow, departmentsOf } from "./cases/view.js";
import { currentMechanism } from "./mechanism.js";
import { findTenantBySlug } from "./tenants.js";
import { inTenant } from "./tx.js";
import { holdUnrouted, tokenStatus } from "./unrouted-requests.js";

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

const DAY_MS = 86_400_000;

const badRequest = (errors: FieldError[]): AppError =>
  new AppError("bad_request", errors.map((e) => `${e.path}: ${e.message}`).join(" "), { errors });
const fieldError = (path: string, message: string) => badRequest([{ path, message }]);

// ---------------------------------------------------------------------------------------------
// Jurisdiction and API key

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
    ? await withContext(deps.db.db, { ...lookupContext(token), tenantId: tenant.id }, (tx) =>
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

// ---------------------------------------------------------------------------------------------
// Discovery and services

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
    const version = await withTenant(deps.db.db, tenant.id, (tx) => currentMechanism(tx, ctx));
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

// ---------------------------------------------------------------------------------------------
// POST requests

interface CompoundRow {
  id: string;
  name: string;
  address: string;
  communityId: string;
  lat: number | null;
  lng: number | null;
}

const compoundColumns = {
  id: compounds.id,
  name: compounds.name,
  address: compounds.address,
  communityId: compounds.communityId,
  lat: compounds.lat,
  lng: compounds.lng,
};

/** Great-circle distance in metres (haversine, mean Earth radius). */
export function distanceMetres(a: { lat: number; long: number }, b: { lat: number; long: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLong = (b.long - a.long) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLong / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The nearest active compound with coordinates within {@link NEAREST_COMPOUND_METRES} that the reach sees. */
async function nearestCompound(
  tx: Tx,
  tenantId: string,
  reach: Reach,
  at: { lat: number; long: number },
): Promise<CompoundRow | undefined> {
  // A bounding box on the index-friendly columns first, then the exact distance.
  const dLat = (NEAREST_COMPOUND_METRES / 111_195) * 1.01;
  const dLong = dLat / Math.max(Math.cos((at.lat * Math.PI) / 180), 0.01);
  const candidates = await tx
    .select(compoundColumns)
    .from(compounds)
    .where(
      and(
        eq(compounds.tenantId, tenantId),
        isNull(compounds.archivedAt),
        isNotNull(compounds.lat),
        isNotNull(compounds.lng),
        sql`${compounds.lat} between ${at.lat - dLat} and ${at.lat + dLat}`,
        sql`${compounds.lng} between ${at.long - dLong} and ${at.long + dLong}`,
        compoundsWithin(reach),
      ),
    );
  let best: { row: CompoundRow; metres: number } | undefined;
  for (const row of candidates) {
    if (row.lat === null || row.lng === null) continue;
    const metres = distanceMetres(at, { lat: row.lat, long: row.lng });
    if (metres <= NEAREST_COMPOUND_METRES && (!best || metres < best.metres)) best = { row, metres };
  }
  return best?.row;
}

/** The active compound whose name or address appears in the text (the longest match wins). */
async function compoundNamedIn(
  tx: Tx,
  tenantId: string,
  reach: Reach,
  text: string,
): Promise<CompoundRow | undefined> {
  const haystack = text.toLowerCase();
  const nameHit = sql`(length(${compounds.name}) > 0 and strpos(${haystack}, lower(${compounds.name})) > 0)`;
  const addressHit = sql`(length(${compounds.address}) > 0 and strpos(${haystack}, lower(${compounds.address})) > 0)`;
  const [row] = await tx
    .select(compoundColumns)
    .from(compounds)
    .where(
      and(
        eq(compounds.tenantId, tenantId),
        isNull(compounds.archivedAt),
        sql`(${nameHit} or ${addressHit})`,
        compoundsWithin(reach),
      ),
    )
    .orderBy(
      sql`greatest(case when ${nameHit} then length(${compounds.name}) else 0 end, case when ${addressHit} then length(${compounds.address}) else 0 end) desc`,
      compounds.id,
    )
    .limit(1);
  return row;
}

async function compoundById(tx: Tx, tenantId: string, reach: Reach, id: string) {
  const [row] = await tx
    .select(compoundColumns)
    .from(compounds)
    .where(
      and(
        eq(compounds.tenantId, tenantId),
        eq(compounds.id, id),
        isNull(compounds.archivedAt),
        compoundsWithin(reach),
      ),
    );
  return row;
}

const CJK = /[\u3400-\u9fff]/;

/** `last_name` + `first_name` in Chinese order (张 + 三 → 张三), else `first_name last_name`. */
export function reporterName(first: string | undefined, last: string | undefined): string | undefined {
  const f = first?.trim() ?? "";
  const l = last?.trim() ?? "";
  if (!f && !l) return undefined;
  if (CJK.test(f) || CJK.test(l)) return `${l}${f}`;
  return [f, l].filter(Boolean).join(" ");
}

/** Where an error of `fileCase` (named for the JSON body) points in the Open311 form. */
const FORM_FIELD: Record<string, string> = {
  "body.category": "service_code",
  "body.compoundId": "address_id",
  "body.description": "description",
  "body.location": "address_string",
  "body.location.text": "address_string",
  "body.location.lat": "lat",
  "body.location.long": "long",
  "body.photos": "media_url",
  "body.photos.0": "media_url",
  "body.reporter.phone": "phone",
  "body.reporter.name": "first_name",
};

/** An AppError of the case service with its field paths renamed to the form's parameters. */
function asFormError(error: unknown): unknown {
  if (!(error instanceof AppError) || !error.errors) return error;
  const errors = error.errors.map((e) => ({
    path: FORM_FIELD[e.path] ?? e.path.replace(/^body\./, ""),
    message: e.message,
  }));
  return new AppError(
    error.code === "unprocessable" ? "bad_request" : error.code,
    errors.map((e) => `${e.path}: ${e.message}`).join(" "),
    { errors, ...(error.extensions ? { extensions: error.extensions } : {}) },
  );
}

const firstIssue = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues[0]?.message ?? "Invalid.";

function coordinate(value: string | undefined, min: number, max: number): number | "invalid" | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return "invalid";
  const n = Number(text);
  return n >= min && n <= max ? n : "invalid";
}

interface CheckedForm {
  category: Category;
  description: string;
  point: { lat: number; long: number } | undefined;
  addressString: string | undefined;
  addressId: string | undefined;
  photos: string[];
  reporter: { name: string; phone: string } | undefined;
}

/** GeoReport v2's limit on `description`. */
export const OPEN311_MAX_DESCRIPTION = 4000;

/**
 * The case's description for an Open311 request, whose `description` is optional: the text as
 * given when it describes enough (a case wants 5 characters), else the service's name with what
 * was given, or with a note that nothing was (`物业服务质量（未附描述 / no description given）`).
 */
export function caseDescription(category: Category, given: string): string {
  const text = given.trim();
  if (createCaseSchema.shape.description.safeParse(text).success) return text;
  return text ? `${category.name.zh}：${text}` : `${category.name.zh}（未附描述 / no description given）`;
}

/**
 * Checks every parameter at once, so that one answer names all the failing ones; an unknown
 * `service_code` is 404 at once, as GeoReport v2 says.
 */
function checkForm(fields: Record<string, string>, mechanism: Mechanism): CheckedForm {
  const errors: FieldError[] = [];
  const serviceCode = fields.service_code?.trim();
  const category = serviceCode ? categoryOf(mechanism, serviceCode) : undefined;
  if (!serviceCode) {
    errors.push({ path: "service_code", message: "Required: one of the service codes GET services lists." });
  } else if (!category) {
    // GeoReport v2: "404 - service_code or service_request_id not found".
    const message = `'${serviceCode}' is not a service here; one of: ${mechanism.categories.map((c) => c.code).join(", ")}.`;
    throw new AppError("not_found", `service_code: ${message}`, {
      errors: [{ path: "service_code", message }],
    });
  }

  const given = fields.description?.trim() ?? "";
  if (given.length > OPEN311_MAX_DESCRIPTION) {
    errors.push({ path: "description", message: `At most ${OPEN311_MAX_DESCRIPTION} characters.` });
  }

  const lat = coordinate(fields.lat, -90, 90);
  const long = coordinate(fields.long, -180, 180);
  if (lat === "invalid")
    errors.push({ path: "lat", message: "A latitude in decimal degrees (WGS 84), -90 to 90." });
  if (long === "invalid")
    errors.push({ path: "long", message: "A longitude in decimal degrees (WGS 84), -180 to 180." });
  if ((lat === undefined) !== (long === undefined)) {
    errors.push({ path: lat === undefined ? "lat" : "long", message: "Give lat and long together." });
  }
  const point = typeof lat === "number" && typeof long === "number" ? { lat, long } : undefined;

  const addressString = fields.address_string?.trim() || undefined;
  if (addressString && addressString.length > 300) {
    errors.push({ path: "address_string", message: "At most 300 characters." });
  }
  const addressId = fields.address_id?.trim() || undefined;
  if (!point && !addressString && !addressId && lat === undefined && long === undefined) {
    errors.push({
      path: "lat",
      message:
        "A location is required: lat and long, or address_string (naming the compound), or address_id (a compound id).",
    });
  }

  const photos: string[] = [];
  const mediaUrl = fields.media_url?.trim();
  if (mediaUrl) {
    const parsed = mediaUrlSchema.safeParse(mediaUrl);
    if (parsed.success) photos.push(parsed.data);
    else errors.push({ path: "media_url", message: firstIssue(parsed) });
  }

  let reporter: CheckedForm["reporter"];
  const phoneText = fields.phone?.trim();
  const name = reporterName(fields.first_name, fields.last_name);
  if (name !== undefined && !nameSchema.safeParse(name).success) {
    errors.push({
      path: "first_name",
      message: "first_name and last_name together: at most 100 characters.",
    });
  }
  if (phoneText) {
    const phone = phoneSchema.safeParse(phoneText);
    if (!phone.success) errors.push({ path: "phone", message: firstIssue(phone) });
    // The reporter's name is optional in Open311; a case keeps a reporter only with a phone.
    else reporter = { name: name ?? "匿名 / Anonymous", phone: phone.data };
  }

  if (errors.length > 0 || !category) throw badRequest(errors);
  return {
    category,
    description: caseDescription(category, given),
    point,
    addressString,
    addressId,
    photos,
    reporter,
  };
}

/**
 * `POST requests`: files a case on channel `open311` with the key as its actor. The compound is
 * `address_id` (a compound id), else the nearest compound within 2 km of `lat`/`long`, else one
 * whose name or address appears in `address_string`; a region-scoped key finds only compounds in
 * its subtree. `phone` (with `first_name`/`last_name`) becomes the reporter, `media_url` a photo.
 */
export async function submitOpen311Request(
  ctx: TenantServiceContext,
  fields: Record<string, string>,
  options: { endpoint?: Open311EndpointKind } = {},
): Promise<Open311RequestCreated> {
  const { deps, tenant } = ctx;
  try {
    return await withTenant(deps.db.db, tenant.id, async (tx) => {
      const reach = await reachOf(tx, ctx);
      if (reach.kind !== "county" && reach.kind !== "region") {
        throw new AppError("forbidden", "api_key: this key's region is not part of the county any more.", {
          errors: [{ path: "api_key", message: "The key's region is not part of the county any more." }],
        });
      }
      const mechanism = (await currentMechanism(tx, ctx)).document;
      const form = checkForm(fields, mechanism);

      let compound: CompoundRow | undefined;
      if (form.addressId) {
        compound = await compoundById(tx, tenant.id, reach, form.addressId);
        if (!compound) {
          throw fieldError("address_id", `'${form.addressId}' is not a compound id of this jurisdiction.`);
        }
      }
      if (!compound && form.point) compound = await nearestCompound(tx, tenant.id, reach, form.point);
      if (!compound && form.addressString) {
        compound = await compoundNamedIn(tx, tenant.id, reach, form.addressString);
      }
      if (!compound && form.addressString) {
        // A free-text address that names no compound: the 12345 desk routes it (GeoReport v2's token).
        const notice =
          "地址未能对应到小区，已转 12345 派单员分拨；凭 token 查询受理编号 / The address names no compound we know: the 12345 dispatcher routes it; poll tokens/{token} for the request id.";
        if (options.endpoint === "test") {
          return {
            token: `TEST-${newId("unroutedRequest").slice(4)}`,
            service_notice: notice,
            account_id: null,
          };
        }
        const held = await holdUnrouted(tx, ctx, {
          channel: "open311",
          category: form.category.code,
          description: form.description,
          addressText: form.addressString,
          point: form.point,
          photos: form.photos,
          reporter: form.reporter,
        });
        return { token: held.id, service_notice: notice, account_id: null };
      }
      if (!compound) {
        const where = form.point
          ? form.addressString
            ? `lies within ${NEAREST_COMPOUND_METRES / 1000} km of lat/long, and none is named in address_string`
            : `lies within ${NEAREST_COMPOUND_METRES / 1000} km of lat/long`
          : "is named in address_string";
        throw fieldError(
          form.point ? "lat" : "address_string",
          `No residential compound ${where}. Give address_id (a compound id), or the compound's name or address in address_string.`,
        );
      }

      if (options.endpoint === "test") {
        return {
          service_request_id: `TEST-${newId("case").slice(4)}`,
          service_notice: `测试端点：请求有效（小区 ${compound.name}），未受理、未保存 / Test endpoint: the request is valid (compound ${compound.name}); nothing was filed.`,
          account_id: null,
        };
      }
      const { row } = await fileCase(
        tx,
        ctx,
        {
          category: form.category.code,
          compoundId: compound.id,
          description: form.description,
          location:
            form.addressString || form.point
              ? {
                  ...(form.addressString ? { text: form.addressString } : {}),
                  ...(form.point ? form.point : {}),
                }
              : undefined,
          photos: form.photos,
          reporter: form.reporter,
          channel: "open311",
        },
        { reach, actor: caseActorOf(ctx), mechanism },
      );
      await audit(tx, ctx, tenant.id, {
        action: "case.create",
        targetType: "case",
        targetId: row.id,
        after: {
          number: row.number,
          category: row.category,
          compoundId: row.compoundId,
          channel: row.channel,
        },
      });
      const due = open311Time(row.firstContactDueAt, tenant.timezone);
      return {
        service_request_id: row.number,
        service_notice: `已受理，编号 ${row.number}，社区首次联系时限 ${due} / Received as ${row.number}; the community makes first contact by ${due}.`,
        account_id: null,
      };
    });
  } catch (error) {
    throw asFormError(error);
  }
}

// ---------------------------------------------------------------------------------------------
// GET requests

/** The query of `GET requests`, as the spec names its parameters. */
export interface Open311RequestQuery {
  service_request_id?: string | undefined;
  service_code?: string | undefined;
  start_date?: string | undefined;
  end_date?: string | undefined;
  status?: string | undefined;
}

const list = (value: string | undefined) =>
  (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

function instant(name: string, value: string | undefined, errors: FieldError[]): Date | undefined {
  // A `+` left unencoded in a query string arrives as a space: read `…T00:00:00 08:00` as `+08:00`.
  const text = value?.trim().replace(/ (\d{2}:?\d{2})$/, "+$1");
  if (!text) return undefined;
  const at = ISO_WITH_OFFSET.test(text) ? new Date(text.replace(/([+-]\d{2})(\d{2})$/, "$1:$2")) : null;
  if (!at || !instantInRange(at)) {
    errors.push({
      path: name,
      message: "An ISO 8601 datetime with an offset, e.g. 2024-05-06T00:00:00+08:00, from year 0001 to 9999.",
    });
    return undefined;
  }
  return at;
}

interface RequestFilter {
  numbers?: string[];
  codes?: string[];
  from: Date;
  to: Date;
  statuses?: ("open" | "closed")[];
}

/** Reads the query: `service_request_id` overrides the rest (as the spec says); else a window of at most 90 days. */
function requestFilter(query: Open311RequestQuery, now: Date): { numbers: string[] } | RequestFilter {
  const errors: FieldError[] = [];
  const numbers = list(query.service_request_id).map((n) => n.toUpperCase());
  if (numbers.length > OPEN311_MAX_REQUESTS) {
    throw fieldError("service_request_id", `At most ${OPEN311_MAX_REQUESTS} ids at once.`);
  }
  if (numbers.length > 0) return { numbers };

  const start = instant("start_date", query.start_date, errors);
  const end = instant("end_date", query.end_date, errors);
  const statuses = list(query.status);
  const badStatus = statuses.find((s) => s !== "open" && s !== "closed");
  if (badStatus !== undefined)
    errors.push({ path: "status", message: `'${badStatus}': use open or closed.` });
  const range = OPEN311_MAX_RANGE_DAYS * DAY_MS;
  if (start && end) {
    if (start.getTime() > end.getTime())
      errors.push({ path: "end_date", message: "Earlier than start_date." });
    else if (end.getTime() - start.getTime() > range) {
      errors.push({
        path: "end_date",
        message: `The range may span at most ${OPEN311_MAX_RANGE_DAYS} days.`,
      });
    }
  }
  if (errors.length > 0) throw badRequest(errors);

  const to = end ?? (start ? clampInstant(start.getTime() + range) : now);
  const from = start ?? clampInstant(to.getTime() - range);
  const codes = list(query.service_code);
  return {
    from,
    to,
    ...(codes.length > 0 ? { codes } : {}),
    ...(statuses.length > 0 ? { statuses: statuses as ("open" | "closed")[] } : {}),
  };
}

const CLOSED: CaseStatus[] = ["closed", "cancelled"];

/** Channels on which the reporter, not staff, gave the photo links. */
const RESIDENT_CHANNELS = new Set<CaseChannel>(["open311", "web", "widget"]);

/** `GET requests`: at most 1000 cases, newest first; never the reporter's name or phone. */
/** How answers link to this server: its origin as the client reached it, for `media_url`. */
export interface Open311Links {
  baseUrl: string;
}

export async function listOpen311Requests(
  ctx: TenantServiceContext,
  query: Open311RequestQuery,
  links: Open311Links,
): Promise<Open311Request[]> {
  const filter = requestFilter(query, ctx.deps.now());
  const t = ctx.tenant.id;
  return withTenant(ctx.deps.db.db, t, async (tx) => {
    const open = !("from" in filter) || (filter.statuses?.includes("open") ?? true);
    const closed = !("from" in filter) || (filter.statuses?.includes("closed") ?? true);
    const condition =
      "from" in filter
        ? and(
            eq(cases.tenantId, t),
            gte(cases.receivedAt, filter.from),
            lte(cases.receivedAt, filter.to),
            filter.codes ? inArray(cases.category, filter.codes) : undefined,
            open && !closed ? notInArray(cases.status, CLOSED) : undefined,
            closed && !open ? inArray(cases.status, CLOSED) : undefined,
          )
        : and(eq(cases.tenantId, t), inArray(cases.number, filter.numbers));
    const rows = await tx
      .select()
      .from(cases)
      .where(condition)
      .orderBy(desc(cases.receivedAt), desc(cases.id))
      .limit(OPEN311_MAX_REQUESTS);
    return requestViews(tx, ctx, rows, links);
  });
}

/** `GET requests/{service_request_id}`: one case by its number, as a list of one; unknown → 404. */
export async function getOpen311Request(
  ctx: TenantServiceContext,
  number: string,
  links: Open311Links,
): Promise<Open311Request[]> {
  const t = ctx.tenant.id;
  const found = await withTenant(ctx.deps.db.db, t, async (tx) => {
    const rows = await tx
      .select()
      .from(cases)
      .where(and(eq(cases.tenantId, t), eq(cases.number, number.trim().toUpperCase())));
    return requestViews(tx, ctx, rows, links);
  });
  if (found.length === 0) throw new AppError("not_found", `service_request_id '${number}' was not found.`);
  return found;
}

/** Rows as Open311 requests: compounds, communities and departments in one query each. */
async function requestViews(
  tx: Tx,
  ctx: TenantServiceContext,
  rows: readonly CaseRow[],
  links: Open311Links,
): Promise<Open311Request[]> {
  if (rows.length === 0) return [];
  const t = ctx.tenant.id;
  const mechanism = (await currentMechanism(tx, ctx)).document;
  const compoundRows = await tx
    .select(compoundColumns)
    .from(compounds)
    .where(
      and(eq(compounds.tenantId, t), inArray(compounds.id, [...new Set(rows.map((r) => r.compoundId))])),
    );
  const compoundById = new Map(compoundRows.map((c) => [c.id, c]));
  const communityRows = await tx
    .select({ id: regions.id, name: regions.name })
    .from(regions)
    .where(and(eq(regions.tenantId, t), inArray(regions.id, [...new Set(rows.map((r) => r.communityId))])));
  const communityName = new Map(communityRows.map((r) => [r.id, r.name]));
  const steps = await departmentsOf(
    tx,
    t,
    rows.map((r) => r.id),
  );
  const zone = ctx.tenant.timezone;
  const photos = await publicPhotosOf(
    tx,
    t,
    rows.map((r) => r.id),
  );
  const mediaUrl = (row: CaseRow): string | null => {
    const first = photos.get(row.id)?.[0];
    if (first) return `${links.baseUrl}${publicAttachmentPath(ctx.tenant.slug, first.id)}`;
    // A link the reporter gave (through Open311 or the public form) is theirs to show; staff's are not.
    return RESIDENT_CHANNELS.has(row.channel) ? (row.photos[0] ?? null) : null;
  };

  return rows.map((row): Open311Request => {
    const compound = compoundById.get(row.compoundId);
    const summoned = [
      ...new Set(steps.filter((s) => s.caseId === row.id && s.round === row.round).map((s) => s.nameZh)),
    ];
    const category = categoryOf(mechanism, row.category);
    const label = caseStatusLabels[row.status];
    const hasPoint = row.lat !== null && row.long !== null;
    return {
      service_request_id: row.number,
      status: open311Status(row.status),
      status_notes: `${label.zh} / ${label.en}`,
      service_name: category?.name.zh ?? null,
      service_code: row.category,
      description: row.description,
      agency_responsible:
        summoned.length > 0 ? summoned.join("、") : (communityName.get(row.communityId) ?? null),
      service_notice: null,
      requested_datetime: open311Time(row.receivedAt, zone),
      updated_datetime: open311Time(row.updatedAt, zone),
      expected_datetime: open311Time(row.resolutionDueAt, zone),
      address: row.locationText ?? compound?.address ?? null,
      address_id: row.compoundId,
      zipcode: null,
      lat: hasPoint ? row.lat : (compound?.lat ?? null),
      long: hasPoint ? row.long : (compound?.lng ?? null),
      media_url: mediaUrl(row),
    };
  });
}

/** `GET tokens/{token}`: the request id (case number) a held submission became, once it is routed. */
export async function getOpen311Token(ctx: TenantServiceContext, token: string): Promise<Open311Token> {
  const found = await inTenant(ctx, (tx) => tokenStatus(tx, ctx, token));
  return { token: found.token, service_request_id: found.caseNumber };
}
