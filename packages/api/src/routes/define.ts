import { createRoute, type RouteConfig, type z } from "@hono/zod-openapi";
import type { TenantRole } from "@propgov/core";
import type { MiddlewareHandler } from "hono";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../context.js";
import { requirePlatformAdmin, requirePrincipal, requireRole } from "../middleware/auth.js";
import { forgetForeignPrincipal } from "../middleware/tenant.js";
import { errorResponses, type errors, security, tenantParam } from "./shared.js";

/**
 * Who may call an operation, a required member of every route definition:
 * - county roles, e.g. `["countyAdmin", "regionStaff"]`, held in the path's county;
 * - `"public"`: anyone, signed in or not (residents, widgets, sign-in itself);
 * - `"signedIn"`: any caller with a valid session or key (e.g. `GET /v1/auth/me`);
 * - `"platform"`: platform administrators only.
 */
export type Roles = readonly TenantRole[] | "public" | "signedIn" | "platform";

type ErrorStatus = keyof typeof errors;

/** A route as its file declares it: everything but what the factory adds. */
export type RouteSpec = Omit<RouteConfig, "security" | "middleware"> & {
  roles: Roles;
  /** With county roles: let a platform administrator through as well. */
  platformAdmin?: boolean;
  /** Error statuses besides the shared ones (e.g. 409, 413). */
  errors?: readonly ErrorStatus[];
  /** Route middleware after the role gate, before validation (e.g. a rate limit). */
  use?: readonly MiddlewareHandler<AppEnv>[];
};

type TenantShape = (typeof tenantParam)["shape"];
type HasTenant<P extends string> = P extends `${string}{tenant}${string}` ? true : false;
type ParamsOf<S extends RouteSpec> = S["request"] extends { params: infer P } ? P : undefined;
type WithTenant<P> =
  P extends z.ZodObject<infer Shape> ? z.ZodObject<Omit<Shape, "tenant"> & TenantShape> : typeof tenantParam;

type SharedErrors = { [K in ErrorStatus]: (typeof errors)[K] };

/** What `app.openapi` receives: the spec with its tenant parameter, security, gate and errors. */
export type DefinedRoute<S extends RouteSpec> = Omit<
  S,
  "roles" | "platformAdmin" | "errors" | "use" | "request"
> & {
  request: HasTenant<S["path"]> extends true
    ? Omit<NonNullable<S["request"]>, "params"> & { params: WithTenant<ParamsOf<S>> }
    : S extends { request: infer R }
      ? R
      : undefined;
  responses: S["responses"] & Partial<SharedErrors>;
  middleware: MiddlewareHandler<AppEnv>[];
};

/**
 * Errors every operation of its kind may answer: 400 for a bad path, query or malformed JSON,
 * 422 for a body that does not fit, 401/403 for the gate (403 also for a cross-site cookie
 * request), 404 for an unknown tenant or what lies outside the caller's reach, 500, and 503 when
 * the database is not available.
 */
function sharedStatuses(spec: RouteSpec, hasTenant: boolean): ErrorStatus[] {
  const out: ErrorStatus[] = [500, 503];
  const request = spec.request ?? {};
  const hasInput = hasTenant || Object.keys(request).length > 0;
  if (hasInput) out.push(400);
  if (request.body) out.push(413, 422);
  if (hasTenant) out.push(404);
  if (spec.roles !== "public") out.push(401, 403);
  if (Array.isArray(spec.roles) || spec.roles === "platform") out.push(404);
  return out;
}

function gate(roles: Roles, platformAdmin: boolean): MiddlewareHandler<AppEnv> {
  if (roles === "public") {
    return createMiddleware<AppEnv>(async (c, next) => {
      await forgetForeignPrincipal(c);
      await next();
    });
  }
  if (roles === "signedIn") {
    return createMiddleware<AppEnv>(async (c, next) => {
      requirePrincipal(c);
      await next();
    });
  }
  if (roles === "platform") return requirePlatformAdmin;
  return requireRole(roles, { platformAdmin });
}

/**
 * Defines an operation. The factory adds what every route needs and no file should repeat: the
 * `{tenant}` path parameter, the security schemes (unless public), the shared error responses
 * and the role gate, which runs before any input is validated (so a caller without the role is
 * 403 before a bad body is 422). The roles are also written to the OpenAPI document as
 * `x-propgov-roles`, where the security matrix test reads them.
 */
export function defineRoute<const S extends RouteSpec>(spec: S): DefinedRoute<S> {
  const { roles, platformAdmin = false, errors: extra = [], use = [], request, responses, ...rest } = spec;
  const hasTenant = spec.path.includes("{tenant}");
  const params = request?.params as z.ZodObject | undefined;
  const statuses = [...new Set([...sharedStatuses(spec, hasTenant), ...extra])].sort();
  const route = createRoute({
    ...rest,
    security: roles === "public" ? [] : security,
    middleware: [gate(roles, platformAdmin), ...use],
    request: hasTenant
      ? { ...request, params: params ? tenantParam.extend(params.shape) : tenantParam }
      : request,
    responses: { ...errorResponses(...statuses), ...responses },
    "x-propgov-roles":
      roles === "public" || roles === "signedIn" || roles === "platform" ? roles : [...roles],
  } as RouteConfig);
  return route as unknown as DefinedRoute<S>;
}
