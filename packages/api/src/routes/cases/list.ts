import { z } from "@hono/zod-openapi";
import {
  AppError,
  caseKinds,
  casePriorities,
  caseStatuses,
  type IdPrefix,
  idPattern,
  isoDateSchema,
  mechanismCodeSchema,
} from "@propgov/core";
import type { Router } from "../../router.js";
import { listCases } from "../../services/cases/read.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { anyTenantRole, booleanQuery, paginationQuery } from "../shared.js";
import { exportContent, exportDescription, exportFormatOf, formatQuery, sendExport } from "./export.js";
import { caseJson, casePageSchema } from "./schema.js";

const idQuery = (name: string, prefix: IdPrefix, what: string, description: string) =>
  z
    .string()
    .regex(idPattern(prefix), `Not a ${what} id.`)
    .optional()
    .openapi({
      param: { name, in: "query" },
      description,
      example: `${prefix}_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0`,
    });

/** One status, several comma-separated (`filed,dispatched`), or the parameter repeated. */
const statusQuery = z
  .union([z.string(), z.array(z.string())])
  .transform((v) =>
    (Array.isArray(v) ? v : [v])
      .flatMap((s) => s.split(","))
      .map((s) => s.trim())
      .filter((s) => s !== ""),
  )
  .pipe(z.array(z.enum(caseStatuses)).min(1, "Name at least one status."))
  .optional()
  .openapi({
    param: { name: "status", in: "query", style: "form", explode: true },
    description:
      "Any of these statuses: one, several separated by commas (`received,whistled`), or the parameter repeated.",
    example: ["received", "whistled"],
  });

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/cases",
  roles: anyTenantRole,
  operationId: "listCases",
  tags: ["cases"],
  summary: "List cases, newest first or by deadline, with filters",
  description: `Cases the caller may see: the county all, region staff their subtree, a department's officers the cases whistled to it, company staff and committee members those of their compounds.${exportDescription}`,
  request: {
    query: paginationQuery.extend({
      status: statusQuery,
      open: booleanQuery.openapi({
        param: { name: "open", in: "query" },
        description:
          "`true`: cases not yet finished (every status but resolved, rated, closed, cancelled and merged); `false`: finished ones.",
        example: "true",
      }),
      guarantorId: z
        .string()
        .regex(/^(me|usr_[0-9A-Z]{26})$/, "A user id, or `me`.")
        .optional()
        .openapi({
          param: { name: "guarantorId", in: "query" },
          description:
            "Cases of the grids this user guarantees (包保责任人); `me`: the signed-in user's grids.",
          example: "me",
        }),
      sort: z
        .enum(["newest", "deadline"])
        .optional()
        .openapi({
          param: { name: "sort", in: "query" },
          description:
            "`newest` (default): newest first. `deadline`: the next deadline still to meet first (first contact, acknowledgement, a department's check-in, resolution), cases without one last; the cursor pages this order.",
          example: "deadline",
        }),
      // Core's schemas are built before zod gains `.openapi()`; `.meta()` carries the same metadata.
      category: mechanismCodeSchema
        .optional()
        .meta({ param: { name: "category", in: "query" }, example: "serviceQuality" }),
      kind: z
        .enum(caseKinds)
        .optional()
        .openapi({ param: { name: "kind", in: "query" }, example: "complaint" }),
      regionId: idQuery("regionId", "reg", "region", "Cases of compounds in this region's subtree."),
      compoundId: idQuery("compoundId", "cpd", "compound", "Cases of this compound."),
      departmentId: idQuery("departmentId", "dep", "department", "Cases whistled to this department."),
      overdue: booleanQuery.openapi({
        param: { name: "overdue", in: "query" },
        description:
          "`true`: open cases past a deadline now (first contact, a department's check-in, or resolution); `false`: all others.",
        example: "true",
      }),
      from: isoDateSchema.optional().meta({
        param: { name: "from", in: "query" },
        description: "First day received, in the tenant's time zone (inclusive).",
        example: "2026-11-01",
      }),
      to: isoDateSchema.optional().meta({
        param: { name: "to", in: "query" },
        description: "Last day received, in the tenant's time zone (inclusive).",
        example: "2026-11-30",
      }),
      q: z
        .string()
        .trim()
        .max(100)
        .optional()
        .openapi({
          param: { name: "q", in: "query" },
          description: "Text in the case number or the description.",
          example: "电梯",
        }),
      format: formatQuery,
      externalSystem: z
        .string()
        .regex(/^[a-z0-9][a-z0-9-]{1,39}$/, "A system code such as 12345.")
        .optional()
        .openapi({
          param: { name: "externalSystem", in: "query" },
          description: "Work orders from this system (the 12345 ticket's `externalRef.system`).",
          example: "12345",
        }),
      externalNumber: z
        .string()
        .min(1)
        .max(64)
        .optional()
        .openapi({
          param: { name: "externalNumber", in: "query" },
          description: "The ticket number (工单号), `externalRef.number`.",
          example: "GD20261126000123",
        }),
      priority: z
        .enum(casePriorities)
        .optional()
        .openapi({ param: { name: "priority", in: "query" }, example: "emergency" }),
      supervised: booleanQuery.openapi({
        param: { name: "supervised", in: "query" },
        description: "`true`: cases under the county's supervision (督办); `false`: the others.",
        example: "true",
      }),
    }),
  },
  responses: {
    200: {
      description: "A page of cases, newest first; or every matching case as CSV or XLSX.",
      content: { "application/json": { schema: casePageSchema }, ...exportContent },
    },
  },
});

/** `guarantorId=me` as the signed-in user's id; a key or a platform user has no grids of its own. */
function guarantorOf(c: Parameters<typeof tenantCtx>[0], id: string | undefined): string | undefined {
  if (id !== "me") return id;
  const p = tenantCtx(c).principal;
  if (p?.kind === "user") return p.userId;
  throw new AppError("bad_request", "`guarantorId=me` needs a signed-in user.", {
    errors: [{ path: "query.guarantorId", message: "Only a signed-in user has grids of their own." }],
  });
}

export const registerListCases = (app: Router) =>
  app.openapi(route, async (c) => {
    const query = c.req.valid("query");
    const { format, limit: _limit, cursor: _cursor, sort: _sort, ...rest } = query;
    const filters = { ...rest, guarantorId: guarantorOf(c, rest.guarantorId) };
    const exportAs = exportFormatOf(c, format);
    if (exportAs) return sendExport(c, exportAs, filters);
    const page = await listCases(tenantCtx(c), { ...query, ...filters });
    return c.json({ items: page.items.map(caseJson), nextCursor: page.nextCursor }, 200);
  });
