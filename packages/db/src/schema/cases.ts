import type { CancelReason, CaseChannel, CaseKind, CaseRating, CaseStatus } from "@propgov/core";
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
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: "cases_pkey", columns: [t.tenantId, t.id] }),
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
    uniqueIndex("case_departments_round_key").on(t.tenantId, t.caseId, t.round, t.departmentId),
    index("case_departments_department_idx").on(t.tenantId, t.departmentId, t.caseId),
    tenantIsolation("case_departments"),
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
