import type { z } from "@hono/zod-openapi";
import type { TenantRole } from "@propgov/core";
import type { Router } from "../../router.js";
import { actOnCase } from "../../services/cases/act.js";
import type { CaseActionInput } from "../../services/cases/actions/types.js";
import { commentOnCase, correctCase } from "../../services/cases/notes.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import {
  acknowledgeBody,
  callbackBody,
  caseActorRoles,
  caseConflict,
  caseIdParam,
  caseJson,
  caseSchema,
  commentBody,
  correctCaseBody,
  countyDeskRoles,
  dispatchBody,
  extensionApprovalBody,
  extensionRefusalBody,
  extensionRequestBody,
  mergeBody,
  reassignBody,
  returnBody,
  superviseBody,
} from "./schema.js";

/**
 * The 12345 work-order steps on a case, one operation each. They share one shape (POST a body,
 * get the case back, 409 naming the status and the allowed actions), so they are declared as a
 * table here rather than as twelve copies of the same file.
 */
interface StepSpec<B extends z.ZodType> {
  path: string;
  operationId: string;
  summary: string;
  description: string;
  roles: readonly TenantRole[];
  body: B;
  required: boolean;
  toInput: (body: z.output<B>) => CaseActionInput;
}

const step = <B extends z.ZodType>(spec: StepSpec<B>) => spec;

const steps = [
  step({
    path: "dispatch",
    operationId: "dispatchCase",
    summary: "Dispatch a work order (派单) to the community or to departments",
    description:
      "The dispatcher sends a case awaiting dispatch to its compound's community, or directly to departments for matters outside the community's remit. The unit's deadlines start now (the priority's caps apply); it acknowledges (签收) by `dispatch.acknowledgeDueAt`.",
    roles: countyDeskRoles,
    body: dispatchBody,
    required: true,
    toInput: (b) => ({ type: "dispatch", ...b }),
  }),
  step({
    path: "acknowledge",
    operationId: "acknowledgeCase",
    summary: "Acknowledge a dispatched case (签收)",
    description:
      "The receiving unit (community staff, or an officer of a department it was dispatched to) acknowledges the case; within 24 hours counts in the acknowledgement rate.",
    roles: caseActorRoles,
    body: acknowledgeBody,
    required: false,
    toInput: (b) => ({ type: "acknowledge", ...b }),
  }),
  step({
    path: "return",
    operationId: "returnCase",
    summary: "Return a case the unit is not responsible for (退单)",
    description:
      "With a reason. The case goes back to the dispatcher (awaitingDispatch) and counts against no unit until it is dispatched again. More returns than the mechanism's `workOrders.bounceLimit` flag it as bouncing.",
    roles: caseActorRoles,
    body: returnBody,
    required: true,
    toInput: (b) => ({ type: "return", ...b }),
  }),
  step({
    path: "reassign",
    operationId: "reassignCase",
    summary: "Reassign a case to another unit (改派)",
    description:
      "The dispatcher moves the case to the community or to other departments, with a reason; fresh deadlines.",
    roles: countyDeskRoles,
    body: reassignBody,
    required: true,
    toInput: (b) => ({ type: "reassign", ...b }),
  }),
  step({
    path: "extension",
    operationId: "requestCaseExtension",
    summary: "Request an extension (延期申请)",
    description:
      "The handling unit asks for a later resolution due date, with a reason. The deadline moves only when the dispatcher or the county approves.",
    roles: caseActorRoles,
    body: extensionRequestBody,
    required: true,
    toInput: (b) => ({ type: "requestExtension", ...b }),
  }),
  step({
    path: "extension/approve",
    operationId: "approveCaseExtension",
    summary: "Approve the pending extension (批准延期)",
    description: "The resolution deadline becomes the date asked for.",
    roles: countyDeskRoles,
    body: extensionApprovalBody,
    required: false,
    toInput: (b) => ({ type: "approveExtension", ...b }),
  }),
  step({
    path: "extension/refuse",
    operationId: "refuseCaseExtension",
    summary: "Refuse the pending extension (驳回延期)",
    description: "With a reason; the deadline stays.",
    roles: countyDeskRoles,
    body: extensionRefusalBody,
    required: true,
    toInput: (b) => ({ type: "refuseExtension", ...b }),
  }),
  step({
    path: "supervise",
    operationId: "superviseCase",
    summary: "Supervise a case (督办 / 挂牌督办)",
    description:
      "The county puts the case under supervision with a level and its own due date; supervised cases stand out in lists (`supervised=true`) and KPIs.",
    roles: countyDeskRoles,
    body: superviseBody,
    required: true,
    toInput: (b) => ({ type: "supervise", ...b }),
  }),
  step({
    path: "callback",
    operationId: "recordCaseCallback",
    summary: "Record the callback (回访)",
    description:
      "The dispatcher calls the resident; the satisfaction given by phone counts as the rating (an unsatisfied one reopens the case where the complaintHandling policy says so).",
    roles: countyDeskRoles,
    body: callbackBody,
    required: true,
    toInput: (b) => ({ type: "callback", ...b }),
  }),
  step({
    path: "merge",
    operationId: "mergeCase",
    summary: "Merge a repeat complaint into its original (重复件)",
    description:
      "The case follows the original and closes with it; it counts as a repeat complaint, not as a new case.",
    roles: ["countyAdmin", "dispatcher", "regionStaff"],
    body: mergeBody,
    required: true,
    toInput: (b) => ({ type: "merge", ...b }),
  }),
];

function registerStep(app: Router, spec: StepSpec<z.ZodType>) {
  const route = defineRoute({
    method: "post",
    path: `/v1/tenants/{tenant}/cases/{id}/${spec.path}`,
    roles: spec.roles,
    operationId: spec.operationId,
    tags: ["cases"],
    summary: spec.summary,
    description: spec.description,
    request: {
      params: caseIdParam,
      body: { content: { "application/json": { schema: spec.body } }, required: spec.required },
    },
    responses: {
      200: json(caseSchema, "The case after the step."),
      ...caseConflict,
    },
  });
  app.openapi(route, async (c) => {
    // Each step's body has its own schema: validated by the route, read by the step's `toInput`.
    const { id } = c.req.valid("param");
    const body = c.req.valid("json") ?? {};
    return c.json(caseJson(await actOnCase(tenantCtx(c), id, spec.toInput(body))), 200);
  });
}

const commentRoute = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/cases/{id}/comments",
  roles: caseActorRoles,
  operationId: "commentOnCase",
  tags: ["cases"],
  summary: "Comment on a case, or add an internal note",
  description:
    "Goes on the timeline with actor and time (`commented`, or `noted` when `internal`); public tracking shows neither. Any status.",
  request: {
    params: caseIdParam,
    body: { content: { "application/json": { schema: commentBody } }, required: true },
  },
  responses: { 200: json(caseSchema, "The case.") },
});

const correctRoute = defineRoute({
  method: "patch",
  path: "/v1/tenants/{tenant}/cases/{id}",
  roles: ["countyAdmin", "dispatcher", "regionStaff"],
  operationId: "correctCase",
  tags: ["cases"],
  summary: "Correct a case's category, compound, location or description",
  description:
    "Staff corrections with a reason, audited and on the timeline (`corrected`) with before and after. Not once the case is finished.",
  request: {
    params: caseIdParam,
    body: { content: { "application/json": { schema: correctCaseBody } }, required: true },
  },
  responses: { 200: json(caseSchema, "The corrected case."), ...caseConflict },
});

/** Registers the work-order steps, comments and corrections. */
export function registerWorkOrderRoutes(app: Router) {
  for (const spec of steps) registerStep(app, spec as StepSpec<z.ZodType>);
  app.openapi(commentRoute, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(caseJson(await commentOnCase(tenantCtx(c), id, c.req.valid("json"))), 200);
  });
  app.openapi(correctRoute, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(caseJson(await correctCase(tenantCtx(c), id, c.req.valid("json"))), 200);
  });
}
