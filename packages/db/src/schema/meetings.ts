import { sql } from "drizzle-orm";
import { date, foreignKey, index, jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { createdAt, timestamptz, updatedAt } from "./columns.js";
import { compounds } from "./compounds.js";
import { partyOrgs } from "./party-orgs.js";
import { regions } from "./regions.js";
import { tenantIsolation } from "./rls.js";
import { tenants } from "./tenants.js";
import { venues } from "./venues.js";

export type MeetingLevel = "township" | "community" | "compound";
export type MeetingKind = "jointConsultation" | "majorMatter" | "disputeMediation";
export type MeetingStatus = "planned" | "held" | "closed";
/** A unit that takes part in a meeting or owns a resolution or task. */
export type UnitType = "region" | "partyOrg" | "committee" | "company" | "department" | "body";

export interface MeetingParticipant {
  unitType: UnitType;
  unitId: string;
  attended: boolean;
}
export interface AgendaItem {
  topic: string;
  matter: string;
}

/**
 * 联席会商 / 党组织参与决策 / 矛盾纠纷调处: a meeting at a township, community or compound, who
 * convened it, who took part and what it decided (resolutions: `meeting_resolutions`).
 */
export const meetings = pgTable(
  "meetings",
  {
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    title: text("title").notNull(),
    level: text("level").$type<MeetingLevel>().notNull(),
    kind: text("kind").$type<MeetingKind>().notNull(),
    regionId: text("region_id"),
    compoundId: text("compound_id"),
    /** The party organisation that convened it. */
    convenedBy: text("convened_by"),
    scheduledAt: timestamptz("scheduled_at").notNull(),
    venueId: text("venue_id"),
    participants: jsonb("participants").$type<MeetingParticipant[]>().notNull().default([]),
    agenda: jsonb("agenda").$type<AgendaItem[]>().notNull().default([]),
    minutes: text("minutes"),
    attachments: jsonb("attachments").$type<string[]>().notNull().default([]),
    /** The cases a dispute-mediation meeting (矛盾纠纷调处) settles; their timelines show it. */
    caseIds: jsonb("case_ids").$type<string[]>().notNull().default([]),
    status: text("status").$type<MeetingStatus>().notNull(),
    heldAt: timestamptz("held_at"),
    closedAt: timestamptz("closed_at"),
    createdBy: text("created_by"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    archivedAt: timestamptz("archived_at"),
  },
  (t) => [
    primaryKey({ name: "meetings_pkey", columns: [t.tenantId, t.id] }),
    foreignKey({
      name: "meetings_region_fk",
      columns: [t.tenantId, t.regionId],
      foreignColumns: [regions.tenantId, regions.id],
    }),
    foreignKey({
      name: "meetings_compound_fk",
      columns: [t.tenantId, t.compoundId],
      foreignColumns: [compounds.tenantId, compounds.id],
    }),
    foreignKey({
      name: "meetings_convened_by_fk",
      columns: [t.tenantId, t.convenedBy],
      foreignColumns: [partyOrgs.tenantId, partyOrgs.id],
    }),
    foreignKey({
      name: "meetings_venue_fk",
      columns: [t.tenantId, t.venueId],
      foreignColumns: [venues.tenantId, venues.id],
    }),
    index("meetings_scheduled_idx").on(t.tenantId, t.scheduledAt),
    index("meetings_region_idx").on(t.tenantId, t.regionId, t.scheduledAt),
    index("meetings_compound_idx").on(t.tenantId, t.compoundId, t.scheduledAt),
    tenantIsolation("meetings"),
  ],
).enableRLS();

/** A resolution of a meeting (决议), owned by a unit, due on a day, done or not. */
export const meetingResolutions = pgTable(
  "meeting_resolutions",
  {
    tenantId: text("tenant_id").notNull(),
    id: text("id").notNull(),
    meetingId: text("meeting_id").notNull(),
    text: text("text").notNull(),
    /** The agenda matter it decides (fee, service, fundUse, other). */
    matter: text("matter").notNull().default("other"),
    ownerUnitType: text("owner_unit_type").$type<UnitType>().notNull(),
    ownerUnitId: text("owner_unit_id").notNull(),
    dueOn: date("due_on", { mode: "string" }),
    doneAt: timestamptz("done_at"),
    /** The responsibility-list task that follows it up, once made. */
    taskId: text("task_id"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: "meeting_resolutions_pkey", columns: [t.tenantId, t.id] }),
    foreignKey({
      name: "meeting_resolutions_meeting_fk",
      columns: [t.tenantId, t.meetingId],
      foreignColumns: [meetings.tenantId, meetings.id],
    }),
    index("meeting_resolutions_meeting_idx").on(t.tenantId, t.meetingId),
    index("meeting_resolutions_due_idx").on(t.tenantId, t.dueOn).where(sql`done_at is null`),
    tenantIsolation("meeting_resolutions"),
  ],
).enableRLS();
