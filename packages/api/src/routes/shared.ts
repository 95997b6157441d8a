import { z } from "@hono/zod-openapi";
import { type IdPrefix, idPattern, tenantSlugSchema } from "@propgov/core";
import { PROBLEM_CONTENT_TYPE, problemSchema } from "../problem.js";
import { DEFAULT_LIMIT, MAX_LIMIT } from "../services/pagination.js";

const problem = (description: string) => ({
  description,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: problemSchema } },
});

/** The error responses every operation may answer, by status. */
export const errors = {
  400: problem("Bad request: a path or query value, or the JSON itself, is malformed."),
  401: problem("Not signed in, or the session or API key is invalid or expired."),
  403: problem("Signed in, but the role does not allow this (or a cross-site cookie request)."),
  404: problem("Not found, or belongs to another tenant."),
  409: problem("Conflicts with the current state (e.g. a duplicate)."),
  413: problem("The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import."),
  422: problem("The body parsed but does not fit: `errors` names each failing field."),
  429: problem("Too many requests; see Retry-After."),
  500: problem("Unexpected failure; quote the request id."),
  503: problem("A dependency (the database) is not available."),
} as const;

type ErrorStatus = keyof typeof errors;

/** Picks shared error responses for a route's `responses`. */
export function errorResponses<S extends ErrorStatus>(...statuses: S[]): { [K in S]: (typeof errors)[K] } {
  const out = {} as { [K in S]: (typeof errors)[K] };
  for (const status of statuses) out[status] = errors[status];
  return out;
}

/** Errors of a signed-in tenant route. */
export const tenantRouteErrors = errorResponses(400, 401, 403, 404, 422, 500);

export const security: Record<string, string[]>[] = [{ bearerAuth: [] }, { cookieAuth: [] }];

export const tenantParam = z.object({
  // Core's schemas are built before zod is extended with `.openapi()`; `.meta()` is read the same way.
  tenant: tenantSlugSchema.meta({
    param: { name: "tenant", in: "path", description: "The tenant's slug." },
    example: "mengcheng",
  }),
});

export const paginationQuery = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_LIMIT)
    .default(DEFAULT_LIMIT)
    .openapi({ param: { name: "limit", in: "query" }, example: 50 }),
  cursor: z
    .string()
    .max(200)
    .optional()
    .openapi({ param: { name: "cursor", in: "query" }, description: "`nextCursor` of the previous page." }),
});

/** `?flag=true|false` as a boolean. */
export const booleanQuery = z
  .enum(["true", "false"])
  .transform((v) => v === "true")
  .optional();

export const timestamp = z.iso.datetime({ offset: true }).openapi({ example: "2026-11-26T08:00:00.000Z" });

export const pageOf = <T extends z.ZodTypeAny>(item: T, name: string) =>
  z
    .object({
      items: z.array(item),
      nextCursor: z.string().nullable().openapi({ example: null }),
    })
    .openapi(name);

export const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

/** The query of every registry list: pagination, `q` text search, archived rows on request. */
export const registryListQuery = paginationQuery.extend({
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .openapi({ param: { name: "q", in: "query" }, description: "Text search on names.", example: "城关" }),
  includeArchived: booleanQuery.openapi({
    param: { name: "includeArchived", in: "query" },
    example: "false",
  }),
});

/** A `{id}` path parameter with the resource's id prefix. */
export const idParam = (prefix: IdPrefix, what: string) =>
  z.object({
    id: z
      .string()
      .regex(idPattern(prefix), `Not a ${what} id.`)
      .openapi({ param: { name: "id", in: "path" }, example: `${prefix}_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0` }),
  });

/** Every role of a tenant: for reads of the organisational map. */
export const anyTenantRole = [
  "countyAdmin",
  "dispatcher",
  "regionStaff",
  "departmentOfficer",
  "companyStaff",
  "committeeMember",
] as const;

export const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * Bytes as a response body, which takes only bytes over an `ArrayBuffer` (not a
 * `SharedArrayBuffer`): the same bytes when they are (drivers, stores and Node's `Buffer` give
 * those), else a copy.
 */
export const bodyBytes = (bytes: Uint8Array): Uint8Array<ArrayBuffer> =>
  isOverArrayBuffer(bytes) ? bytes : new Uint8Array(bytes);

const isOverArrayBuffer = (bytes: Uint8Array): bytes is Uint8Array<ArrayBuffer> =>
  bytes.buffer instanceof ArrayBuffer;
