import type { Label } from "../registry/common.js";

/**
 * The small vocabularies of 12345 work orders, declared once: the database columns, the API's
 * schemas and the services all take their unions from here.
 */

/** Where a dispatch sends a case: its community, or straight to departments. */
export const dispatchTargets = ["community", "departments"] as const;
export type DispatchTargetKind = (typeof dispatchTargets)[number];

/** Who gave a case's rating: the resident, or the dispatcher's callback (回访) by phone. */
export const ratingSources = ["resident", "callback"] as const;
export type RatingSource = (typeof ratingSources)[number];

export const ratingSourceLabels: Record<RatingSource, Label> = {
  resident: { zh: "群众评价", en: "Resident" },
  callback: { zh: "电话回访", en: "Callback" },
};

/** The kind of unit a case is assigned to (and acknowledges it: 签收). */
export const assignedUnitTypes = ["community", "department"] as const;
export type AssignedUnitType = (typeof assignedUnitTypes)[number];

/** Why an assignment ended before the case did: returned (退单) or reassigned (改派). */
export const assignmentEndReasons = ["returned", "reassigned"] as const;
export type AssignmentEndReason = (typeof assignmentEndReasons)[number];

/** An Open311 request that named no compound: waiting for the desk, routed to a case, or declined. */
export const unroutedRequestStatuses = ["pending", "routed", "declined"] as const;
export type UnroutedRequestStatus = (typeof unroutedRequestStatuses)[number];

export const unroutedRequestStatusLabels: Record<UnroutedRequestStatus, Label> = {
  pending: { zh: "待分拨", en: "Pending" },
  routed: { zh: "已立案", en: "Routed" },
  declined: { zh: "不予受理", en: "Declined" },
};
