import { z } from "@hono/zod-openapi";
import {
  applyRepairSchema,
  creditAppealKinds,
  creditAppealStatuses,
  decideAppealSchema,
  fileObjectionSchema,
  idPattern,
} from "@propgov/core";
import type { Router } from "../../router.js";
import {
  applyRepair,
  type CreditAppealView,
  decideAppeal,
  fileObjection,
  listAppeals,
} from "../../services/credit/appeals.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { booleanQuery, iso, json, pageOf, paginationQuery } from "../shared.js";
import { creditAdminRoles, recordIdParam } from "./schema.js";

const label = z.object({ zh: z.string(), en: z.string() });
const ID = "01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0";

export const creditAppealSchema = z
  .object({
    id: z.string(),
    recordId: z.string(),
    companyId: z.string(),
    kind: z.enum(creditAppealKinds),
    kindLabel: label,
    status: z.enum(creditAppealStatuses),
    statusLabel: label,
    reason: z.string(),
    evidence: z.array(z.string()).openapi({ description: "Attachment ids (att_…) or https URLs." }),
    conditions: z
      .object({
        rectified: z.boolean().optional(),
        commitment: z.boolean().optional(),
        finePaid: z.boolean().optional(),
      })
      .nullable()
      .openapi({ description: "Repairs: the conditions the company stated as met." }),
    filedOn: z.string().openapi({ format: "date" }),
    dueOn: z.string().nullable().openapi({
      format: "date",
      description:
        "Objections: decided by this day (credit config objection.deadlineWorkingDays working days).",
    }),
    overdue: z.boolean().openapi({ description: "A pending objection past dueOn (today, tenant zone)." }),
    decidedOn: z.string().nullable().openapi({ format: "date" }),
    decidedAt: z.string().nullable(),
    decidedBy: z.string().nullable(),
    decisionNote: z.string().nullable(),
    allowedActions: z.array(z.enum(["uphold", "approve", "reject"])),
    filedBy: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("CreditAppeal", {
    example: {
      id: `cap_${ID}`,
      recordId: `crd_${ID}`,
      companyId: `cmp_${ID}`,
      kind: "objection",
      kindLabel: { zh: "信用异议", en: "Objection" },
      status: "pending",
      statusLabel: { zh: "待处理", en: "Pending" },
      reason: "该处罚决定已被复议撤销",
      evidence: [`att_${ID}`, "https://example.org/decision.pdf"],
      conditions: null,
      filedOn: "2026-06-15",
      dueOn: "2026-07-06",
      overdue: false,
      decidedOn: null,
      decidedAt: null,
      decidedBy: null,
      decisionNote: null,
      allowedActions: ["uphold", "reject"],
      filedBy: `usr_${ID}`,
      createdAt: "2026-06-15T02:00:00.000Z",
      updatedAt: "2026-06-15T02:00:00.000Z",
    },
  });

const appealJson = (a: CreditAppealView) => ({
  ...a,
  decidedAt: iso(a.decidedAt),
  createdAt: a.createdAt.toISOString(),
  updatedAt: a.updatedAt.toISOString(),
});

const appealIdParam = z.object({
  id: z
    .string()
    .regex(idPattern("cap"), "Not a credit appeal id.")
    .openapi({ param: { name: "id", in: "path" }, example: `cap_${ID}` }),
});

const objectionBody = fileObjectionSchema.meta({
  id: "FileCreditObjectionRequest",
  example: { reason: "该处罚决定已被复议撤销", evidence: [`att_${ID}`] },
});
const repairBody = applyRepairSchema.meta({
  id: "ApplyCreditRepairRequest",
  example: {
    reason: "已整改到位并作出信用承诺",
    evidence: ["https://example.org/rectification.pdf"],
    conditions: { rectified: true, commitment: true, finePaid: true },
  },
});
const decideBody = decideAppealSchema.meta({
  id: "DecideCreditAppealRequest",
  example: { action: "uphold", note: "经核实，处罚决定已撤销，异议成立。" },
});

const objectRoute = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/credit/records/{id}/objections",
  roles: ["companyStaff"],
  errors: [409],
  operationId: "fileCreditObjection",
  tags: ["credit"],
  summary: "Object to a credit record (信用异议), with evidence",
  description:
    "The company's own staff (another company's record is 404). From today the record is suspended from the score until the county decides, by `objection.deadlineWorkingDays` working days (credit config, default 15, on the county's working calendar); past that the objection is `overdue`. A record is objected to once; a revoked, withdrawn or repaired record, or one with a pending appeal, is 409 with `currentStatus` and `reason`. Evidence: attachment ids of this county or https URLs (422 naming `body.evidence.N`). Audited as `credit.objection`.",
  request: {
    params: recordIdParam,
    body: { content: { "application/json": { schema: objectionBody } }, required: true },
  },
  responses: { 201: json(creditAppealSchema, "Filed, pending; the record is suspended.") },
});

const repairRoute = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/credit/records/{id}/repairs",
  roles: ["companyStaff"],
  errors: [409],
  operationId: "applyCreditRepair",
  tags: ["credit"],
  summary: "Apply for credit repair of a bad record (信用修复)",
  description:
    "The company's own staff. Allowed once the record has been in force for the minimum period of its severity (credit config `repair.minMonths`: minor 3, serious 12 months; serious = `repair.seriousPoints` (10) points or more, or a blacklist category) and when the conditions are stated as met (`repair.conditions`: rectified 已整改 and commitment 信用承诺 by default; finePaid 罚款已缴纳 for a penalty with a fine). Otherwise 422 naming `path.id` or `body.conditions.X`, with `reasons` {code, zh, en}. Categories in `repair.excludedCategories` (blacklist) are never repaired. The county approves or rejects. Audited as `credit.repairApplication`.",
  request: {
    params: recordIdParam,
    body: { content: { "application/json": { schema: repairBody } }, required: true },
  },
  responses: { 201: json(creditAppealSchema, "Filed, pending.") },
});

const decideRoute = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/credit/appeals/{id}/decide",
  roles: creditAdminRoles,
  errors: [409],
  operationId: "decideCreditAppeal",
  tags: ["credit"],
  summary: "Decide an objection (uphold/reject) or a repair (approve/reject)",
  description:
    "County administrators, with a note. Upheld: the record is withdrawn from the score from today; rejected: an objected record counts again from today; approved: the repaired record stops counting and stays in the history. A decided appeal, or the other kind's action, is 409 with `currentStatus`, `allowedActions` and `reason`. Audited as `credit.objection.uphold` etc.",
  request: {
    params: appealIdParam,
    body: { content: { "application/json": { schema: decideBody } }, required: true },
  },
  responses: { 200: json(creditAppealSchema, "Decided.") },
});

const listRoute = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/credit/appeals",
  roles: ["countyAdmin", "companyStaff"],
  operationId: "listCreditAppeals",
  tags: ["credit"],
  summary: "Objections and repair applications, newest first",
  description:
    "County administrators see all, company staff their own company's. Filters: `kind`, `status`, `overdue=true` (pending objections past their deadline).",
  request: {
    query: paginationQuery.extend({
      kind: z
        .enum(creditAppealKinds)
        .optional()
        .openapi({ param: { name: "kind", in: "query" }, example: "objection" }),
      status: z
        .enum(creditAppealStatuses)
        .optional()
        .openapi({ param: { name: "status", in: "query" }, example: "pending" }),
      overdue: booleanQuery.openapi({ param: { name: "overdue", in: "query" }, example: "true" }),
    }),
  },
  responses: { 200: json(pageOf(creditAppealSchema, "CreditAppealPage"), "A page of appeals.") },
});

/** Registers the 异议 and 信用修复 routes. */
export function registerCreditAppeals(app: Router) {
  app.openapi(objectRoute, async (c) =>
    c.json(appealJson(await fileObjection(tenantCtx(c), c.req.valid("param").id, c.req.valid("json"))), 201),
  );
  app.openapi(repairRoute, async (c) =>
    c.json(appealJson(await applyRepair(tenantCtx(c), c.req.valid("param").id, c.req.valid("json"))), 201),
  );
  app.openapi(decideRoute, async (c) =>
    c.json(appealJson(await decideAppeal(tenantCtx(c), c.req.valid("param").id, c.req.valid("json"))), 200),
  );
  app.openapi(listRoute, async (c) => {
    const page = await listAppeals(tenantCtx(c), c.req.valid("query"));
    return c.json({ ...page, items: page.items.map(appealJson) }, 200);
  });
}
