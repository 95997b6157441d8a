import { date, foreignKey, index, jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { createdAt, timestamptz, updatedAt } from "./columns.js";
import { companies } from "./companies.js";
import { compounds } from "./compounds.js";
import { tenantIsolation } from "./rls.js";
import { tenants } from "./tenants.js";

export type LifecycleKind =
  | "companySelection"
  | "contractRenewal"
  | "committeeElection"
  | "committeeChange"
  | "handover"
  | "majorRepair";
export type LifecycleStatus = "open" | "completed" | "cancelled";
/** A step and who must sign it off, fixed from the policy config when the event starts. */
export interface LifecycleStep {
  code: string;
  name: { zh: string; en: string };
  participants: string[];
}

/** 全过程参与: a key step in a compound's life (选聘, 续聘, 换届, 交接, 大修) and its steps. */
export const lifecycleEvents = pgTable(
  "lifecycle_events",
  {
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    compoundId: text("compound_id").notNull(),
    kind: text("kind").$type<LifecycleKind>().notNull(),
    title: text("title").notNull(),
    startedOn: date("started_on", { mode: "string" }).notNull(),
    /** The company concerned: for a companySelection, the selected one (its bidding eligibility is checked). */
    companyId: text("company_id"),
    steps: jsonb("steps").$type<LifecycleStep[]>().notNull(),
    status: text("status").$type<LifecycleStatus>().notNull(),
    completedAt: timestamptz("completed_at"),
    /** When it was cancelled, and why (a cancelled event changes no more). */
    cancelledAt: timestamptz("cancelled_at"),
    cancelReason: text("cancel_reason"),
    createdBy: text("created_by"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: "lifecycle_events_pkey", columns: [t.tenantId, t.id] }),
    foreignKey({
      name: "lifecycle_events_compound_fk",
      columns: [t.tenantId, t.compoundId],
      foreignColumns: [compounds.tenantId, compounds.id],
    }),
    foreignKey({
      name: "lifecycle_events_company_fk",
      columns: [t.tenantId, t.companyId],
      foreignColumns: [companies.tenantId, companies.id],
    }),
    index("lifecycle_events_compound_idx").on(t.tenantId, t.compoundId, t.startedOn),
    tenantIsolation("lifecycle_events"),
  ],
).enableRLS();

/** A participant's sign-off on a step of a lifecycle event, with actor and time. Append-only. */
export const lifecycleSignOffs = pgTable(
  "lifecycle_sign_offs",
  {
    tenantId: text("tenant_id").notNull(),
    id: text("id").notNull(),
    eventId: text("event_id").notNull(),
    step: text("step").notNull(),
    /** A participant kind of the policy (community, communityPartyOrg, townshipStreet, …). */
    participant: text("participant").notNull(),
    unitId: text("unit_id"),
    note: text("note"),
    at: timestamptz("at").notNull(),
    actorType: text("actor_type").notNull(),
    actorId: text("actor_id"),
    actorName: text("actor_name"),
  },
  (t) => [
    primaryKey({ name: "lifecycle_sign_offs_pkey", columns: [t.tenantId, t.id] }),
    foreignKey({
      name: "lifecycle_sign_offs_event_fk",
      columns: [t.tenantId, t.eventId],
      foreignColumns: [lifecycleEvents.tenantId, lifecycleEvents.id],
    }),
    index("lifecycle_sign_offs_event_idx").on(t.tenantId, t.eventId),
    tenantIsolation("lifecycle_sign_offs"),
  ],
).enableRLS();
