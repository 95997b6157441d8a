import { z } from "@hono/zod-openapi";
import {
  acknowledgeSchema,
  callbackSchema,
  cancelReasons,
  cancelSchema,
  caseActions,
  caseChannels,
  caseKinds,
  caseNoteSchema,
  casePriorities,
  caseRatings,
  caseStatuses,
  commentSchema,
  completeSchema,
  coordinateSystems,
  correctCaseSchema,
  createCaseSchema,
  dispatchSchema,
  extensionApprovalSchema,
  extensionRefusalSchema,
  extensionRequestSchema,
  idPattern,
  mergeSchema,
  rateSchema,
  reassignSchema,
  reopenSchema,
  returnSchema,
  superviseSchema,
  supervisionLevels,
  whistleSchema,
} from "@propgov/core";
import { PROBLEM_CONTENT_TYPE, problemSchema } from "../../problem.js";
import type { CaseWithTimeline } from "../../services/cases/read.js";
import type { CaseEventView, CaseView } from "../../services/cases/view.js";
import { iso } from "../shared.js";

const label = z.object({ zh: z.string(), en: z.string() });
const instant = z.string().openapi({ description: "ISO 8601, UTC.", example: "2026-11-26T08:00:00.000Z" });
const maybeInstant = z.string().nullable().openapi({ example: null });

const departmentExample = {
  departmentId: "dep_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  code: "housingCentre",
  name: { zh: "县住房发展中心", en: "County housing centre" },
  round: 1,
  notifiedAt: "2026-11-26T09:00:00.000Z",
  checkInDueAt: "2026-11-26T11:00:00.000Z",
  checkedInAt: "2026-11-26T09:40:00.000Z",
  completedAt: null,
  outcome: null,
  withdrawnAt: null,
  checkInOverdue: false,
};

export const caseDepartmentSchema = z
  .object({
    departmentId: z.string(),
    code: z.string().openapi({ description: "The department's roster code." }),
    name: label,
    round: z.number().int().min(1).openapi({ description: "The round of the case it was summoned in." }),
    notifiedAt: instant.openapi({ description: "When the whistle summoned it (吹哨)." }),
    checkInDueAt: instant.openapi({ description: "When it must check in (报到) by." }),
    checkedInAt: maybeInstant,
    completedAt: maybeInstant,
    outcome: z.string().nullable().openapi({ description: "What the department did, as it reported." }),
    withdrawnAt: maybeInstant.openapi({
      description:
        "The case was returned (退单) or reassigned (改派) away from the department; the step no longer counts.",
    }),
    checkInOverdue: z.boolean().openapi({
      description: "An open case's current-round department has not checked in and its deadline has passed.",
    }),
  })
  .openapi("CaseDepartment", { example: departmentExample });

const caseExample = {
  id: "cas_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  number: "MC-2026-000123",
  trackingCode: "K7QH-3M9T-XR2P",
  category: { code: "serviceQuality", name: { zh: "物业服务质量", en: "Quality of property service" } },
  kind: "complaint",
  compound: { id: "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0", name: "阳光花园" },
  gridId: "grd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  communityId: "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  guarantor: { userId: null, name: "王网格员" },
  location: { text: "3号楼2单元" },
  description: "3号楼电梯坏了三天，物业没人来修。",
  photos: [],
  reporter: { name: "张三", phone: "138****5678", phoneMasked: true },
  channel: "hotline12345",
  status: "whistled",
  round: 1,
  receivedAt: "2026-11-26T08:00:00.000Z",
  roundStartedAt: "2026-11-26T08:00:00.000Z",
  firstContactDueAt: "2026-11-26T10:00:00.000Z",
  resolutionDueAt: "2026-12-01T08:00:00.000Z",
  contactedAt: "2026-11-26T08:30:00.000Z",
  resolvedAt: null,
  resolvedOnSpot: null,
  rating: null,
  ratedAt: null,
  closedAt: null,
  cancelledAt: null,
  cancelReason: null,
  priority: "normal",
  externalRef: { system: "12345", number: "GD20261126000123" },
  dispatch: {
    to: "community",
    dispatchedAt: "2026-11-26T08:05:00.000Z",
    acknowledgeDueAt: "2026-11-27T08:05:00.000Z",
    acknowledgedAt: "2026-11-26T08:20:00.000Z",
    acknowledgeOverdue: false,
  },
  returns: { count: 0, bouncing: false },
  extension: { pending: null, approved: 0 },
  supervision: null,
  duplicateOf: null,
  ratingSource: null,
  overdue: { firstContact: false, checkIn: false, resolution: false, any: false },
  departments: [departmentExample],
  allowedActions: ["whistle", "complete", "reassign", "requestExtension", "supervise", "cancel", "merge"],
  createdAt: "2026-11-26T08:00:00.000Z",
  updatedAt: "2026-11-26T09:40:00.000Z",
};

const caseFields = {
  id: z.string(),
  number: z.string().openapi({ description: "Tenant-scoped number: prefix, year received, sequence." }),
  trackingCode: z.string().openapi({ description: "What the reporter holds to follow the case." }),
  category: z.object({ code: z.string(), name: label }),
  kind: z.enum(caseKinds),
  compound: z.object({ id: z.string(), name: z.string() }),
  gridId: z.string().nullable(),
  communityId: z.string().openapi({ description: "The compound's community: the unit that answers first." }),
  guarantor: z.object({ userId: z.string().nullable(), name: z.string().nullable() }).nullable().openapi({
    description: "The grid's guarantor (包保责任人), else the compound's, when the case was filed.",
  }),
  location: z
    .object({
      text: z.string().optional(),
      lat: z.number().optional(),
      long: z.number().optional(),
      coordinateSystem: z.enum(coordinateSystems).optional().openapi({
        description:
          "Of lat/long: gcj02 (Chinese map apps; the default at intake), wgs84 (GPS, Open311), bd09 (Baidu).",
      }),
    })
    .nullable(),
  description: z.string(),
  photos: z.array(z.string()),
  reporter: z
    .object({
      name: z.string(),
      phone: z.string().openapi({
        description: "Masked (138****5678) unless the caller handles the case.",
        example: "138****5678",
      }),
      phoneMasked: z.boolean().openapi({
        description:
          "False only for region staff of the case's subtree, officers of a department whistled to it, and its guarantor.",
      }),
    })
    .nullable()
    .openapi({ description: "Null for a case nobody reported (an inspection)." }),
  channel: z.enum(caseChannels),
  status: z.enum(caseStatuses),
  round: z.number().int().min(1).openapi({ description: "1, and one more each time the case is reopened." }),
  receivedAt: instant,
  roundStartedAt: instant.openapi({ description: "When the current round began (received or reopened)." }),
  firstContactDueAt: instant.openapi({ description: "The community reaches the reporter by then." }),
  resolutionDueAt: instant,
  contactedAt: maybeInstant,
  resolvedAt: maybeInstant,
  resolvedOnSpot: z.boolean().nullable().openapi({ description: "Resolved without a whistle (就地解决)." }),
  rating: z.enum(caseRatings).nullable(),
  ratedAt: maybeInstant,
  closedAt: maybeInstant,
  cancelledAt: maybeInstant,
  cancelReason: z.enum(cancelReasons).nullable(),
  priority: z.enum(casePriorities).openapi({
    description: "normal | urgent | emergency: the mechanism's per-priority deadlines cap the category's.",
  }),
  externalRef: z
    .object({ system: z.string(), number: z.string() })
    .nullable()
    .openapi({ description: "The 12345 ticket (工单号) the case came from; unique per county and system." }),
  dispatch: z
    .object({
      to: z.enum(["community", "departments"]),
      dispatchedAt: maybeInstant,
      acknowledgeDueAt: maybeInstant,
      acknowledgedAt: maybeInstant,
      acknowledgeOverdue: z.boolean(),
    })
    .nullable()
    .openapi({ description: "The current dispatch (派单) and its acknowledgement (签收); null before one." }),
  returns: z.object({
    count: z.number().int().min(0).openapi({ description: "Returns (退单) so far." }),
    bouncing: z
      .boolean()
      .openapi({ description: "More returns than the mechanism's `workOrders.bounceLimit`." }),
  }),
  extension: z.object({
    pending: z.object({ dueAt: instant, requestedAt: instant, reason: z.string() }).nullable().openapi({
      description: "An extension (延期) waiting for approval; the deadline moves only on approval.",
    }),
    approved: z.number().int().min(0),
  }),
  supervision: z
    .object({
      level: z.enum(supervisionLevels),
      since: instant,
      dueAt: maybeInstant,
      overdue: z.boolean(),
    })
    .nullable()
    .openapi({ description: "The county's supervision (督办 / 挂牌督办), if any." }),
  duplicateOf: z
    .string()
    .nullable()
    .openapi({ description: "The original case this one repeats (重复件); it closes with the original." }),
  ratingSource: z
    .enum(["resident", "callback"])
    .nullable()
    .openapi({ description: "Who gave the rating: the resident, or the dispatcher's callback (回访)." }),
  overdue: z
    .object({
      firstContact: z.boolean(),
      checkIn: z.boolean(),
      resolution: z.boolean(),
      any: z.boolean(),
    })
    .openapi({
      description: "Deadlines of the current round an open case has missed, as of now (never stored).",
    }),
  departments: z
    .array(caseDepartmentSchema)
    .openapi({ description: "Departments summoned (吹哨), every round, oldest round first." }),
  allowedActions: z.array(z.enum(caseActions)).openapi({
    description:
      "What the state machine accepts now and the caller may take: a department officer sees check-in and complete only for its own department's step; company staff and committee members see none.",
  }),
  createdAt: instant,
  updatedAt: instant,
};

export const caseSchema = z.object(caseFields).openapi("Case", { example: caseExample });

const eventExample = {
  id: "cev_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  type: "whistled",
  at: "2026-11-26T09:00:00.000Z",
  actor: { type: "user", id: "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0", name: "社区网格员" },
  status: "whistled",
  payload: { departmentIds: ["dep_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0"], checkInDueAt: "2026-11-26T11:00:00.000Z" },
};

export const caseEventSchema = z
  .object({
    id: z.string(),
    type: z.string().openapi({
      description:
        "`received`, `contacted`, `resolved`, `whistled`, `checkedIn`, `completed`, `rated` (by the resident, or `source: callback` for the dispatcher's 回访), `closed`, `reopened`, `cancelled`; work orders: `dispatched`, `acknowledged`, `returned`, `reassigned`, `extensionRequested`, `extensionApproved`, `extensionRefused`, `supervised`, `merged`, `duplicateMerged`; `commented`, `noted` (internal), `corrected` (before and after)",
    }),
    at: instant,
    actor: z.object({
      type: z.enum(["user", "apiKey", "platformUser", "public", "system"]),
      id: z.string().nullable(),
      name: z.string().nullable(),
    }),
    status: z.enum(caseStatuses).openapi({ description: "The case's status after the event." }),
    payload: z
      .record(z.string(), z.unknown())
      .openapi({ description: "Details: departments, outcome, rating, reason, deadlines, policy effects." }),
  })
  .openapi("CaseEvent", { example: eventExample });

export const caseWithTimelineSchema = z
  .object({
    ...caseFields,
    timeline: z.array(caseEventSchema).openapi({ description: "Every event, oldest first (append-only)." }),
  })
  .openapi("CaseWithTimeline", { example: { ...caseExample, timeline: [eventExample] } });

export const casePageSchema = z
  .object({
    items: z.array(caseSchema),
    nextCursor: z.string().nullable().openapi({ example: null }),
  })
  .openapi("CasePage", { example: { items: [caseExample], nextCursor: null } });

/** A refused transition: the problem document names the current status and what it allows. */
export const caseConflictSchema = problemSchema
  .extend({
    currentStatus: z.enum(caseStatuses).optional(),
    allowedActions: z.array(z.enum(caseActions)).optional(),
  })
  .openapi("CaseConflictProblem", {
    example: {
      type: "urn:propgov:problem:conflict",
      title: "Conflict",
      status: 409,
      detail: "A received case does not accept 'resolve'. Allowed now: contact, cancel.",
      code: "conflict",
      requestId: "req_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
      currentStatus: "received",
      allowedActions: ["contact", "cancel"],
    },
  });

export const caseConflict = {
  409: {
    description:
      "The case's status does not accept this action: `currentStatus` and `allowedActions` say what it does accept.",
    content: { [PROBLEM_CONTENT_TYPE]: { schema: caseConflictSchema } },
  },
} as const;

/**
 * Roles that act on cases: county and community staff, and department officers (whom the service
 * lets check in and complete only for their own department). Company staff and committees read only.
 */
export const caseActorRoles = ["countyAdmin", "dispatcher", "regionStaff", "departmentOfficer"] as const;
/** The county desk: the 12345 dispatcher and county administrators. */
export const countyDeskRoles = ["countyAdmin", "dispatcher"] as const;

/** `{tenant}/cases/{id}` path parameter. */
export const caseIdParam = z.object({
  id: z
    .string()
    .regex(idPattern("cas"), "Not a case id.")
    .openapi({ param: { name: "id", in: "path" }, example: "cas_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0" }),
});

export const departmentIdParam = z.object({
  departmentId: z
    .string()
    .regex(idPattern("dep"), "Not a department id.")
    .openapi({ param: { name: "departmentId", in: "path" }, example: "dep_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0" }),
});

// Core's schemas are built before zod gains `.openapi()`; `.meta()` carries the same metadata.
export const createCaseBody = createCaseSchema.meta({
  id: "CreateCaseRequest",
  example: {
    category: "serviceQuality",
    compoundId: "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
    gridId: "grd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
    description: "3号楼电梯坏了三天，物业没人来修。",
    location: { text: "3号楼2单元" },
    photos: [],
    reporter: { name: "张三", phone: "13812345678" },
    channel: "hotline12345",
  },
});
export const caseNoteBody = caseNoteSchema.meta({
  id: "CaseNoteRequest",
  example: { note: "已电话联系反映人，约定下午上门。" },
});
export const whistleBody = whistleSchema.meta({
  id: "WhistleCaseRequest",
  example: { departmentIds: ["dep_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0"], note: "需城管到场处理。" },
});
export const completeBody = completeSchema.meta({
  id: "CompleteCaseDepartmentRequest",
  example: { outcome: "已责令物业三日内修复电梯并复查。" },
});
export const rateBody = rateSchema.meta({
  id: "RateCaseRequest",
  example: { rating: "satisfied", comment: "处理及时。" },
});
export const reopenBody = reopenSchema.meta({
  id: "ReopenCaseRequest",
  example: { note: "居民再次反映电梯又坏了。" },
});
export const cancelBody = cancelSchema.meta({
  id: "CancelCaseRequest",
  example: { reason: "duplicate", note: "与 MC-2026-000122 重复。" },
});

export const dispatchBody = dispatchSchema.meta({
  id: "DispatchCaseRequest",
  example: { to: "community", priority: "urgent", note: "请社区24小时内签收。" },
});
export const reassignBody = reassignSchema.meta({
  id: "ReassignCaseRequest",
  example: { to: "departments", departmentIds: ["dep_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0"], reason: "属城管职责。" },
});
export const acknowledgeBody = acknowledgeSchema.meta({
  id: "AcknowledgeCaseRequest",
  example: { note: "已签收。" },
});
export const returnBody = returnSchema.meta({
  id: "ReturnCaseRequest",
  example: { reason: "该小区不属本社区管辖。" },
});
export const extensionRequestBody = extensionRequestSchema.meta({
  id: "RequestCaseExtensionRequest",
  example: { dueAt: "2026-12-10T08:00:00.000Z", reason: "需等待配件到货。" },
});
export const extensionApprovalBody = extensionApprovalSchema.meta({
  id: "ApproveCaseExtensionRequest",
  example: { note: "同意延期。" },
});
export const extensionRefusalBody = extensionRefusalSchema.meta({
  id: "RefuseCaseExtensionRequest",
  example: { reason: "理由不充分，按期办结。" },
});
export const superviseBody = superviseSchema.meta({
  id: "SuperviseCaseRequest",
  example: { level: "listed", dueAt: "2026-12-05T08:00:00.000Z", reason: "群众多次反映，挂牌督办。" },
});
export const commentBody = commentSchema.meta({
  id: "CommentOnCaseRequest",
  example: { text: "已与物业约定明日上午维修。", internal: false },
});
export const mergeBody = mergeSchema.meta({
  id: "MergeCaseRequest",
  example: { duplicateOf: "cas_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0", note: "同一电梯问题。" },
});
export const callbackBody = callbackSchema.meta({
  id: "CaseCallbackRequest",
  example: { rating: "satisfied", comment: "电话回访，群众表示满意。" },
});
export const correctCaseBody = correctCaseSchema.meta({
  id: "CorrectCaseRequest",
  example: { category: "facilityMaintenance", reason: "12345 分类有误，更正为设施维修。" },
});

const departmentJson = (d: CaseView["departments"][number]) => ({
  ...d,
  withdrawnAt: iso(d.withdrawnAt),
  notifiedAt: d.notifiedAt.toISOString(),
  checkInDueAt: d.checkInDueAt.toISOString(),
  checkedInAt: iso(d.checkedInAt),
  completedAt: iso(d.completedAt),
});

/** A case view as JSON: instants as ISO strings. */
export const caseJson = (v: CaseView) => ({
  ...v,
  receivedAt: v.receivedAt.toISOString(),
  roundStartedAt: v.roundStartedAt.toISOString(),
  firstContactDueAt: v.firstContactDueAt.toISOString(),
  resolutionDueAt: v.resolutionDueAt.toISOString(),
  contactedAt: iso(v.contactedAt),
  resolvedAt: iso(v.resolvedAt),
  ratedAt: iso(v.ratedAt),
  closedAt: iso(v.closedAt),
  cancelledAt: iso(v.cancelledAt),
  dispatch: v.dispatch
    ? {
        ...v.dispatch,
        dispatchedAt: iso(v.dispatch.dispatchedAt),
        acknowledgeDueAt: iso(v.dispatch.acknowledgeDueAt),
        acknowledgedAt: iso(v.dispatch.acknowledgedAt),
      }
    : null,
  extension: {
    approved: v.extension.approved,
    pending: v.extension.pending
      ? {
          ...v.extension.pending,
          dueAt: v.extension.pending.dueAt.toISOString(),
          requestedAt: v.extension.pending.requestedAt.toISOString(),
        }
      : null,
  },
  supervision: v.supervision
    ? { ...v.supervision, since: v.supervision.since.toISOString(), dueAt: iso(v.supervision.dueAt) }
    : null,
  departments: v.departments.map(departmentJson),
  allowedActions: v.allowedActions as (typeof caseActions)[number][],
  createdAt: v.createdAt.toISOString(),
  updatedAt: v.updatedAt.toISOString(),
});

export const caseEventJson = (e: CaseEventView) => ({ ...e, at: e.at.toISOString() });

export const caseWithTimelineJson = (v: CaseWithTimeline) => ({
  ...caseJson(v),
  timeline: v.timeline.map(caseEventJson),
});
