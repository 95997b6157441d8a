import type {
  AssignedUnitType,
  AssignmentEndReason,
  CalendarDayKind,
  CancelReason,
  CaseChannel,
  CaseKind,
  CasePriority,
  CaseRating,
  CaseStatus,
  CoordinateSystem,
  DispatchTargetKind,
  RatingSource,
  SupervisionLevel,
  UnroutedRequestStatus,
} from "@propgov/core";
import { sql } from "drizzle-orm";
import {
  boolean,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { createdAt, timestamptz, updatedAt } from "./columns.js";
import { compounds, grids } from "./compounds.js";
import { departments } from "./departments.js";
import { regions } from "./regions.js";
import { tenantIsolation } from "./rls.js";
import { tenants } from "./tenants.js";

/**
 * A case (诉求): a complaint, violation, dispute or consultation about a compound. The row holds
 * the current state and the deadlines of the current round; what happened is in `case_events`.
 * Overdue is never stored: it is the deadlines compared with now.
 */
export const cases = pgTable(
  "cases",
  {
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    /** `MC-2024-000123`, unique in the tenant. */
    number: text("number").notNull(),
    /** What the reporter holds to follow the case without an account; unique in the tenant. */
    trackingCode: text("tracking_code").notNull(),
    category: text("category").notNull(),
    kind: text("kind").$type<CaseKind>().notNull(),
    compoundId: text("compound_id").notNull(),
    gridId: text("grid_id"),
    /** The compound's community when the case was filed: the unit that answers first. */
    communityId: text("community_id").notNull(),
    /** The grid's guarantor (else the compound's) when the case was filed. */
    guarantorUserId: text("guarantor_user_id"),
    guarantorName: text("guarantor_name"),
    locationText: text("location_text"),
    lat: doublePrecision("lat"),
    long: doublePrecision("long"),
    /** The coordinate system of lat/long as given: `gcj02` (Chinese map apps), `wgs84` (GPS), `bd09` (Baidu). */
    coordinateSystem: text("coordinate_system").$type<CoordinateSystem>(),
    description: text("description").notNull(),
    photos: jsonb("photos").$type<string[]>().notNull().default([]),
    reporterName: text("reporter_name"),
    reporterPhone: text("reporter_phone"),
    channel: text("channel").$type<CaseChannel>().notNull(),
    status: text("status").$type<CaseStatus>().notNull(),
    /** 1 for the first handling; +1 each time the case is reopened. */
    round: integer("round").notNull().default(1),
    /** When the case was first received. */
    receivedAt: timestamptz("received_at").notNull(),
    /** When the current round started (received, or reopened). */
    roundStartedAt: timestamptz("round_started_at").notNull(),
    firstContactDueAt: timestamptz("first_contact_due_at").notNull(),
    resolutionDueAt: timestamptz("resolution_due_at").notNull(),
    contactedAt: timestamptz("contacted_at"),
    resolvedAt: timestamptz("resolved_at"),
    resolvedOnSpot: boolean("resolved_on_spot"),
    ratedAt: timestamptz("rated_at"),
    rating: text("rating").$type<CaseRating>(),
    closedAt: timestamptz("closed_at"),
    cancelledAt: timestamptz("cancelled_at"),
    cancelReason: text("cancel_reason").$type<CancelReason>(),
    /** `normal`, `urgent` or `emergency`: the mechanism's per-priority deadlines cap the category's. */
    priority: text("priority").$type<CasePriority>().notNull().default("normal"),
    /** The 12345 ticket (工单号) this case came from: the system and its number, unique per county and system. */
    externalSystem: text("external_system"),
    externalNumber: text("external_number"),
    /** Whom the case is dispatched to now: the community, or departments directly; null before a dispatch. */
    assignment: text("assignment").$type<DispatchTargetKind>(),
    dispatchedAt: timestamptz("dispatched_at"),
    acknowledgeDueAt: timestamptz("acknowledge_due_at"),
    acknowledgedAt: timestamptz("acknowledged_at"),
    /** How often a unit returned the case (退单). */
    returnCount: integer("return_count").notNull().default(0),
    /** A pending extension request (延期): the due date asked for, when and why. */
    extensionDueAt: timestamptz("extension_due_at"),
    extensionRequestedAt: timestamptz("extension_requested_at"),
    extensionReason: text("extension_reason"),
    /** Extensions approved so far. */
    extensionCount: integer("extension_count").notNull().default(0),
    /** Supervision (督办) by the county: level, since when, due by. */
    supervisionLevel: text("supervision_level").$type<SupervisionLevel>(),
    supervisedAt: timestamptz("supervised_at"),
    supervisionDueAt: timestamptz("supervision_due_at"),
    /** The original case this one repeats (重复件); it follows the original and closes with it. */
    duplicateOfId: text("duplicate_of_id"),
    /** Who gave the rating: the resident, or the dispatcher's callback (回访). */
    ratingSource: text("rating_source").$type<RatingSource>(),
    /** When the reporter asked for no more text messages about this case (public opt-out); null: texts allowed. */
    smsOptedOutAt: timestamptz("sms_opted_out_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: "cases_pkey", columns: [t.tenantId, t.id] }),
    foreignKey({
      name: "cases_duplicate_of_fk",
      columns: [t.tenantId, t.duplicateOfId],
      foreignColumns: [t.tenantId, t.id],
    }),
    uniqueIndex("cases_external_ref_key")
      .on(t.tenantId, t.externalSystem, t.externalNumber)
      .where(sql`external_system is not null`),
    index("cases_duplicate_of_idx").on(t.tenantId, t.duplicateOfId).where(sql`duplicate_of_id is not null`),
    foreignKey({
      name: "cases_compound_fk",
      columns: [t.tenantId, t.compoundId],
      foreignColumns: [compounds.tenantId, compounds.id],
    }),
    foreignKey({
      name: "cases_grid_fk",
      columns: [t.tenantId, t.gridId],
      foreignColumns: [grids.tenantId, grids.id],
    }),
    foreignKey({
      name: "cases_community_fk",
      columns: [t.tenantId, t.communityId],
      foreignColumns: [regions.tenantId, regions.id],
    }),
    uniqueIndex("cases_number_key").on(t.tenantId, t.number),
    uniqueIndex("cases_tracking_code_key").on(t.tenantId, t.trackingCode),
    // Lists and KPIs read ranges of one tenant's cases by these instants.
    index("cases_received_idx").on(t.tenantId, t.receivedAt),
    index("cases_first_contact_due_idx").on(t.tenantId, t.firstContactDueAt),
    index("cases_resolution_due_idx").on(t.tenantId, t.resolutionDueAt),
    index("cases_rated_idx").on(t.tenantId, t.ratedAt).where(sql`rated_at is not null`),
    index("cases_compound_idx").on(t.tenantId, t.compoundId, t.receivedAt),
    index("cases_community_idx").on(t.tenantId, t.communityId, t.receivedAt),
    // Open cases are a small part of a large table: the overdue list reads only them.
    index("cases_open_idx")
      .on(t.tenantId, t.resolutionDueAt)
      .where(sql`status not in ('resolved', 'rated', 'closed', 'cancelled')`),
    tenantIsolation("cases"),
  ],
).enableRLS();

export type CaseActorType = "user" | "apiKey" | "platformUser" | "public" | "system";

/** What happened to a case, with actor and time. Append-only (trigger), like the audit log. */
export const caseEvents = pgTable(
  "case_events",
  {
    tenantId: text("tenant_id").notNull(),
    id: text("id").notNull(),
    caseId: text("case_id").notNull(),
    /** `received`, `contacted`, `resolved`, `whistled`, `checkedIn`, `completed`, `rated`, `closed`, `reopened`, `cancelled`. */
    type: text("type").notNull(),
    at: timestamptz("at").notNull(),
    actorType: text("actor_type").$type<CaseActorType>().notNull(),
    actorId: text("actor_id"),
    actorName: text("actor_name"),
    /** Status after the event. */
    status: text("status").$type<CaseStatus>().notNull(),
    /** Details (department ids, outcome, rating, reason). Never the reporter's phone. */
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull().default({}),
    requestId: text("request_id"),
  },
  (t) => [
    primaryKey({ name: "case_events_pkey", columns: [t.tenantId, t.id] }),
    foreignKey({
      name: "case_events_case_fk",
      columns: [t.tenantId, t.caseId],
      foreignColumns: [cases.tenantId, cases.id],
    }),
    index("case_events_case_idx").on(t.tenantId, t.caseId, t.at),
    tenantIsolation("case_events"),
  ],
).enableRLS();

/** A department summoned by a whistle (吹哨) in one round of a case, and its check-in (报到). */
export const caseDepartments = pgTable(
  "case_departments",
  {
    tenantId: text("tenant_id").notNull(),
    id: text("id").notNull(),
    caseId: text("case_id").notNull(),
    departmentId: text("department_id").notNull(),
    round: integer("round").notNull(),
    notifiedAt: timestamptz("notified_at").notNull(),
    checkInDueAt: timestamptz("check_in_due_at").notNull(),
    checkedInAt: timestamptz("checked_in_at"),
    completedAt: timestamptz("completed_at"),
    outcome: text("outcome"),
    /** The case was returned or reassigned away from this department (its round no longer counts). */
    withdrawnAt: timestamptz("withdrawn_at"),
  },
  (t) => [
    primaryKey({ name: "case_departments_pkey", columns: [t.tenantId, t.id] }),
    foreignKey({
      name: "case_departments_case_fk",
      columns: [t.tenantId, t.caseId],
      foreignColumns: [cases.tenantId, cases.id],
    }),
    foreignKey({
      name: "case_departments_department_fk",
      columns: [t.tenantId, t.departmentId],
      foreignColumns: [departments.tenantId, departments.id],
    }),
    uniqueIndex("case_departments_round_key")
      .on(t.tenantId, t.caseId, t.round, t.departmentId)
      .where(sql`withdrawn_at is null`),
    index("case_departments_department_idx").on(t.tenantId, t.departmentId, t.caseId),
    tenantIsolation("case_departments"),
  ],
).enableRLS();

/**
 * One dispatch (派单) of a case to one unit (its community, or one department): when, the
 * acknowledgement (签收) deadline and time, and how it ended (returned 退单, reassigned 改派). The
 * per-unit work-order KPIs read these.
 */
export const caseAssignments = pgTable(
  "case_assignments",
  {
    tenantId: text("tenant_id").notNull(),
    id: text("id").notNull(),
    caseId: text("case_id").notNull(),
    unitType: text("unit_type").$type<AssignedUnitType>().notNull(),
    unitId: text("unit_id").notNull(),
    assignedAt: timestamptz("assigned_at").notNull(),
    acknowledgeDueAt: timestamptz("acknowledge_due_at").notNull(),
    acknowledgedAt: timestamptz("acknowledged_at"),
    endedAt: timestamptz("ended_at"),
    endReason: text("end_reason").$type<AssignmentEndReason>(),
    returnReason: text("return_reason"),
  },
  (t) => [
    primaryKey({ name: "case_assignments_pkey", columns: [t.tenantId, t.id] }),
    foreignKey({
      name: "case_assignments_case_fk",
      columns: [t.tenantId, t.caseId],
      foreignColumns: [cases.tenantId, cases.id],
    }),
    index("case_assignments_case_idx").on(t.tenantId, t.caseId),
    index("case_assignments_unit_idx").on(t.tenantId, t.unitType, t.unitId, t.assignedAt),
    index("case_assignments_assigned_idx").on(t.tenantId, t.assignedAt),
    tenantIsolation("case_assignments"),
  ],
).enableRLS();

/**
 * An Open311 request whose location names no compound the county knows (a free-text
 * `address_string`): it waits here for the 12345 dispatcher, who routes it to a compound (and so
 * files the case) or declines it. GeoReport v2 answers such a submission with a `token`, and
 * `GET tokens/{token}` gives the case number once it is routed. The id is that token.
 */
export const unroutedRequests = pgTable(
  "unrouted_requests",
  {
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    channel: text("channel").$type<CaseChannel>().notNull(),
    category: text("category").notNull(),
    description: text("description").notNull(),
    addressText: text("address_text").notNull(),
    lat: doublePrecision("lat"),
    long: doublePrecision("long"),
    photos: jsonb("photos").$type<string[]>().notNull().default([]),
    reporterName: text("reporter_name"),
    reporterPhone: text("reporter_phone"),
    /** The API key (or user) that submitted it: the case it becomes is filed on its behalf. */
    submittedBy: text("submitted_by"),
    receivedAt: timestamptz("received_at").notNull(),
    status: text("status").$type<UnroutedRequestStatus>().notNull().default("pending"),
    caseId: text("case_id"),
    decidedAt: timestamptz("decided_at"),
    decidedBy: text("decided_by"),
    declineReason: text("decline_reason"),
  },
  (t) => [
    primaryKey({ name: "unrouted_requests_pkey", columns: [t.tenantId, t.id] }),
    foreignKey({
      name: "unrouted_requests_case_fk",
      columns: [t.tenantId, t.caseId],
      foreignColumns: [cases.tenantId, cases.id],
    }),
    index("unrouted_requests_status_idx").on(t.tenantId, t.status, t.receivedAt),
    tenantIsolation("unrouted_requests"),
  ],
).enableRLS();

/**
 * A county's entry in its working calendar (法定节假日 / 调休), overriding the national preset:
 * a holiday, a make-up working day, or `regular` (the weekday rule, removing a preset day).
 */
export const calendarDays = pgTable(
  "calendar_days",
  {
    tenantId: text("tenant_id").notNull(),
    /** `YYYY-MM-DD`. */
    date: text("date").notNull(),
    kind: text("kind").$type<CalendarDayKind>().notNull(),
    nameZh: text("name_zh"),
    nameEn: text("name_en"),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: "calendar_days_pkey", columns: [t.tenantId, t.date] }),
    tenantIsolation("calendar_days"),
  ],
).enableRLS();

/** The last case number given in a year, per tenant (`MC-2024-000123`). */
export const caseCounters = pgTable(
  "case_counters",
  {
    tenantId: text("tenant_id").notNull(),
    year: integer("year").notNull(),
    last: integer("last").notNull(),
  },
  (t) => [
    primaryKey({ name: "case_counters_pkey", columns: [t.tenantId, t.year] }),
    tenantIsolation("case_counters"),
  ],
).enableRLS();

/**
 * A replayable response for an `Idempotency-Key`: a retried request with the same key and body
 * gets the first response back instead of doing the work twice.
 */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    tenantId: text("tenant_id").notNull(),
    /** SHA-256 of scope + client key. */
    key: text("key").notNull(),
    /** SHA-256 of the request body: the same key with another body is refused. */
    requestHash: text("request_hash").notNull(),
    status: integer("status").notNull(),
    response: jsonb("response").$type<unknown>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: "idempotency_keys_pkey", columns: [t.tenantId, t.key] }),
    index("idempotency_keys_created_idx").on(t.tenantId, t.createdAt),
    tenantIsolation("idempotency_keys"),
  ],
).enableRLS();

/** Fixed-window request counters (per tenant, per hashed client and purpose), e.g. public intake. */
export const rateLimits = pgTable(
  "rate_limits",
  {
    tenantId: text("tenant_id").notNull(),
    key: text("key").notNull(),
    windowStartedAt: timestamptz("window_started_at").notNull(),
    count: integer("count").notNull(),
  },
  (t) => [
    primaryKey({ name: "rate_limits_pkey", columns: [t.tenantId, t.key] }),
    tenantIsolation("rate_limits"),
  ],
).enableRLS();
