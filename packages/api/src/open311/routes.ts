import { AppError } from "@propgov/core";
import { isDatabaseUnavailable } from "@propgov/db";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { StatusCode } from "hono/utils/http-status";
import type { AppEnv, TenantRef, TenantServiceContext } from "../context.js";
import { rejectUnstorable, truncateEcho, truncateQuoted } from "../input-guard.js";
import { DATABASE_RETRY_AFTER_SECONDS } from "../problem.js";
import type { Router } from "../router.js";
import { OPEN311_PATHS, type Open311EndpointKind } from "../services/open311/constants.js";
import {
  listOpen311Services,
  open311Discovery,
  open311ServiceDefinition,
} from "../services/open311/discovery.js";
import { findJurisdiction, open311KeyPrincipal } from "../services/open311/jurisdiction.js";
import { getOpen311Request, getOpen311Token, listOpen311Requests } from "../services/open311/read.js";
import { submitOpen311Request } from "../services/open311/submit.js";
import { assertPublicRate, type PublicPurpose } from "../services/rate-limit.js";
import {
  formatOf,
  type Open311Body,
  type Open311Error,
  type Open311Format,
  parseRequestForm,
  renderDiscovery,
  renderErrors,
  renderRequestCreated,
  renderRequests,
  renderServiceDefinition,
  renderServices,
  renderToken,
} from "./format.js";

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) at `/open311/v2/`, outside `/v1`:
 *
 * - `GET discovery.{json,xml}`
 * - `GET services.{fmt}`, `GET services/{service_code}.{fmt}`
 * - `POST requests.{fmt}` (form-encoded, with `api_key`), `GET requests.{fmt}`, `GET requests/{id}.{fmt}`
 * - `GET tokens/{token}.{fmt}`: the request id of a submission held for routing (its address named no compound)
 *
 * `jurisdiction_id` (the tenant's slug) is required everywhere but discovery. Plain Hono routes, not
 * in the OpenAPI document (the spec documents them); every answer, errors included, is in the
 * format the path's extension names, errors as the spec's `[{ code, description }]`.
 */
export const OPEN311_BASE = OPEN311_PATHS.production;

const FORM_TYPE = "application/x-www-form-urlencoded";
const MAX_FORM_CHARS = 64 * 1024;

type Open311Context = Context<AppEnv>;

/**
 * Registers Open311 GeoReport v2 under `/open311/v2/`, and the test endpoint discovery lists under
 * `/open311/test/v2/`: the same resources, where `POST requests` is checked in full (key, service,
 * location) and answered with a `TEST-…` id, but files nothing, and `GET requests` lists nothing.
 */
export function registerOpen311Routes(app: Router) {
  for (const endpoint of ["production", "test"] as const) {
    const base = OPEN311_PATHS[endpoint];
    const handler = (c: Open311Context) => serve(c, endpoint);
    app.all(base, handler);
    app.all(`${base}/*`, handler);
  }
}

interface Resource {
  format: Open311Format;
  /** The path after `/open311/v2/` without its extension, split and decoded. */
  segments: string[];
}

function resourceOf(path: string, base: string): Resource | null {
  const rest = path.startsWith(`${base}/`) ? path.slice(base.length + 1) : "";
  const parsed = formatOf(rest);
  if (!parsed) return null;
  try {
    return { format: parsed.format, segments: parsed.path.split("/").map(decodeURIComponent) };
  } catch {
    return null;
  }
}

async function serve(c: Open311Context, endpoint: Open311EndpointKind): Promise<Response> {
  const base = OPEN311_PATHS[endpoint];
  const resource = resourceOf(c.req.path, base);
  const format = resource?.format ?? "json";
  try {
    if (!resource) {
      throw new AppError(
        "not_found",
        `No such Open311 resource: name one with its format, e.g. ${base}/services.json or ${base}/services.xml.`,
      );
    }
    rejectUnstorable(queryOf(c), "query");
    rejectUnstorable(resource.segments, "path");
    const [name, id, ...more] = resource.segments;
    const method = c.req.method === "HEAD" ? "GET" : c.req.method;
    if (more.length > 0 || !name || (name === "discovery" && id !== undefined)) throw noSuchResource();
    switch (name) {
      case "discovery":
        allow(method, ["GET"]);
        return await discovery(c, format);
      case "services":
        allow(method, ["GET"]);
        return id === undefined ? await services(c, format) : await serviceDefinition(c, format, id);
      case "requests":
        if (id !== undefined) {
          allow(method, ["GET"]);
          return await request(c, format, id, endpoint);
        }
        allow(method, ["GET", "POST"]);
        return method === "POST" ? await submit(c, format, endpoint) : await requests(c, format, endpoint);
      case "tokens":
        if (id === undefined) throw noSuchResource();
        allow(method, ["GET"]);
        return await token(c, format, id, endpoint);
      default:
        throw noSuchResource();
    }
  } catch (error) {
    return failure(c, format, error);
  }
}

/** The query as the validators see it: a repeated name as its list, any other as its value. */
function queryOf(c: Open311Context): Record<string, string | string[]> {
  return Object.fromEntries(
    Object.entries(c.req.queries()).map(([name, values]) => [
      name,
      values.length === 1 ? (values[0] ?? "") : values,
    ]),
  );
}

const noSuchResource = () =>
  new AppError(
    "not_found",
    "No such Open311 resource: discovery, services, services/{code}, requests, requests/{id}.",
  );

class MethodNotAllowed extends Error {
  constructor(readonly allowed: readonly string[]) {
    super(`Use ${allowed.join(" or ")} here.`);
  }
}

function allow(method: string, allowed: readonly string[]) {
  if (!allowed.includes(method)) throw new MethodNotAllowed(allowed);
}

function send(c: Open311Context, rendered: Open311Body, status: StatusCode = 200): Response {
  return c.body(rendered.body, status as 200, { "content-type": rendered.contentType });
}

/** Every failure as the spec's error list, with the HTTP status as each error's code. */
function failure(c: Open311Context, format: Open311Format, error: unknown): Response {
  let status: number;
  let errors: Open311Error[];
  const headers: Record<string, string> = {};
  if (error instanceof AppError) {
    // GeoReport v2 knows 400 for any bad parameter; 422 would surprise its clients.
    status = error.code === "unprocessable" ? 400 : error.status;
    errors =
      error.errors && error.errors.length > 0
        ? error.errors.map((e) => ({ code: status, description: truncateQuoted(`${e.path}: ${e.message}`) }))
        : [{ code: status, description: truncateQuoted(error.message) }];
    if (error.retryAfter !== undefined) headers["retry-after"] = String(Math.ceil(error.retryAfter));
  } else if (error instanceof MethodNotAllowed) {
    status = 405;
    errors = [{ code: status, description: error.message }];
    headers.allow = error.allowed.includes("GET")
      ? [...error.allowed, "HEAD"].join(", ")
      : error.allowed.join(", ");
  } else if (error instanceof HTTPException && error.status < 500) {
    status = error.status;
    errors = [{ code: status, description: error.message || "Bad request." }];
  } else if (isDatabaseUnavailable(error)) {
    status = 503;
    errors = [{ code: status, description: "The database cannot be reached right now; retry shortly." }];
    headers["retry-after"] = String(DATABASE_RETRY_AFTER_SECONDS);
  } else {
    c.get("deps").logger.error?.(error, { requestId: c.get("requestId") ?? "unknown" });
    status = 500;
    errors = [
      {
        code: status,
        description: `Something went wrong on our side. Quote the request id ${c.get("requestId")} when you report it.`,
      },
    ];
  }
  const rendered = renderErrors(errors, format);
  return c.body(rendered.body, status as 400, { ...headers, "content-type": rendered.contentType });
}

/**
 * The tenant of `jurisdiction_id`, remembered on the context for the request log; the request
 * counts against the client's per-minute budget for `purpose` there (the county's
 * `publicReads.perMinute` for GETs, `publicIntake.perMinute` for submissions): over it, 429 with
 * Retry-After, in the spec's error format.
 */
async function jurisdiction(
  c: Open311Context,
  slug: string | undefined,
  purpose: PublicPurpose = "open311Read",
): Promise<TenantRef> {
  const deps = c.get("deps");
  const tenant = await findJurisdiction(deps, slug);
  if (!tenant) throw new Error("a required jurisdiction came back empty");
  c.set("tenant", tenant);
  await assertPublicRate(serviceContext(c, tenant), purpose, deps.clientAddress(c));
  return tenant;
}

function serviceContext(c: Open311Context, tenant: TenantRef): TenantServiceContext {
  return { deps: c.get("deps"), requestId: c.get("requestId"), principal: c.get("principal"), tenant };
}

/** This server's origin as the client reached it (a proxy's `x-forwarded-*` when well-formed). */
function baseUrl(c: Open311Context): string {
  const own = new URL(c.req.url);
  const proto = c.req.header("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  const host = (c.req.header("x-forwarded-host") ?? c.req.header("host"))?.split(",")[0]?.trim();
  const scheme = proto === "http" || proto === "https" ? proto : own.protocol.replace(":", "");
  return `${scheme}://${host && /^[A-Za-z0-9.[\]:-]{1,255}$/.test(host) ? host : own.host}`;
}

async function discovery(c: Open311Context, format: Open311Format) {
  const deps = c.get("deps");
  const tenant = await findJurisdiction(deps, c.req.query("jurisdiction_id"), { optional: true });
  if (tenant) c.set("tenant", tenant);
  return send(c, renderDiscovery(await open311Discovery(deps, tenant, baseUrl(c)), format));
}

async function services(c: Open311Context, format: Open311Format) {
  const tenant = await jurisdiction(c, c.req.query("jurisdiction_id"));
  return send(c, renderServices(await listOpen311Services(serviceContext(c, tenant)), format));
}

async function serviceDefinition(c: Open311Context, format: Open311Format, code: string) {
  const tenant = await jurisdiction(c, c.req.query("jurisdiction_id"));
  return send(
    c,
    renderServiceDefinition(await open311ServiceDefinition(serviceContext(c, tenant), code), format),
  );
}

async function requests(c: Open311Context, format: Open311Format, endpoint: Open311EndpointKind) {
  const tenant = await jurisdiction(c, c.req.query("jurisdiction_id"));
  const q = (name: string) => c.req.query(name);
  const query = {
    service_request_id: q("service_request_id"),
    service_code: q("service_code"),
    start_date: q("start_date"),
    end_date: q("end_date"),
    status: q("status"),
  };
  // The test endpoint files nothing, so it holds no requests (the query is still checked).
  const found = await listOpen311Requests(serviceContext(c, tenant), query, { baseUrl: baseUrl(c) });
  return send(c, renderRequests(endpoint === "test" ? [] : found, format));
}

async function request(c: Open311Context, format: Open311Format, id: string, endpoint: Open311EndpointKind) {
  const tenant = await jurisdiction(c, c.req.query("jurisdiction_id"));
  if (endpoint === "test") {
    throw new AppError(
      "not_found",
      `service_request_id '${id}' was not found: the test endpoint keeps no requests.`,
    );
  }
  return send(
    c,
    renderRequests(await getOpen311Request(serviceContext(c, tenant), id, { baseUrl: baseUrl(c) }), format),
  );
}

async function token(c: Open311Context, format: Open311Format, id: string, endpoint: Open311EndpointKind) {
  const tenant = await jurisdiction(c, c.req.query("jurisdiction_id"));
  if (endpoint === "test") {
    throw new AppError("not_found", `token '${id}' was not found: the test endpoint keeps no requests.`);
  }
  return send(c, renderToken(await getOpen311Token(serviceContext(c, tenant), id), format));
}

async function submit(c: Open311Context, format: Open311Format, endpoint: Open311EndpointKind) {
  const type = c.req.header("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type !== FORM_TYPE) {
    throw new AppError(
      "bad_request",
      `Send the request as ${FORM_TYPE}, as GeoReport v2 defines it (got ${truncateEcho(type || "no content type")}).`,
    );
  }
  const text = await c.req.text();
  if (text.length > MAX_FORM_CHARS) {
    throw new AppError("bad_request", `The form is larger than ${MAX_FORM_CHARS / 1024} KiB.`);
  }
  const { fields, attributes } = parseRequestForm(text);
  rejectUnstorable({ ...fields, attribute: attributes }, "form");
  const tenant = await jurisdiction(
    c,
    c.req.query("jurisdiction_id") || fields.jurisdiction_id,
    "open311Request",
  );
  const principal = await open311KeyPrincipal(c.get("deps"), tenant, fields.api_key);
  c.set("principal", principal);
  const created = await submitOpen311Request(serviceContext(c, tenant), fields, { endpoint });
  return send(c, renderRequestCreated(created, format), 201);
}
