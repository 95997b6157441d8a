import { date, foreignKey, index, integer, jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { createdAt, timestamptz, updatedAt } from "./columns.js";
import type { UnitType } from "./meetings.js";
import { tenantIsolation } from "./rls.js";
import { tenants } from "./tenants.js";

export type TaskStatus = "open" | "inProgress" | "submitted" | "verified" | "closed";
export type TaskSource = "manual" | "finding" | "meetingResolution" | "case";
export interface Milestone {
  title: string;
  dueOn: string;
  doneAt: string | null;
}

/** 责任清单: a task owned by a unit, with milestones, moved through a closed loop (闭环). */
export const tasks = pgTable(
  "tasks",
  {
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    title: text("title").notNull(),
    description: text("description"),
    source: text("source").$type<TaskSource>().notNull(),
    /** The finding, meeting resolution or case it came from. */
    sourceId: text("source_id"),
    ownerUnitType: text("owner_unit_type").$type<UnitType>().notNull(),
    ownerUnitId: text("owner_unit_id").notNull(),
    /** The region the owner belongs to, for filtering by subtree (null for county-level owners). */
    regionId: text("region_id"),
    assigneeUserId: text("assignee_user_id"),
    assigneeName: text("assignee_name"),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    milestones: jsonb("milestones").$type<Milestone[]>().notNull().default([]),
    status: text("status").$type<TaskStatus>().notNull(),
    /** Who issued it (and verifies it). */
    issuedBy: text("issued_by"),
    startedAt: timestamptz("started_at"),
    submittedAt: timestamptz("submitted_at"),
    verifiedAt: timestamptz("verified_at"),
    closedAt: timestamptz("closed_at"),
    sentBackCount: integer("sent_back_count").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: "tasks_pkey", columns: [t.tenantId, t.id] }),
    index("tasks_owner_idx").on(t.tenantId, t.ownerUnitType, t.ownerUnitId),
    index("tasks_due_idx").on(t.tenantId, t.dueOn),
    index("tasks_source_idx").on(t.tenantId, t.source, t.sourceId),
    tenantIsolation("tasks"),
  ],
).enableRLS();

/** What happened to a task (started, submitted, sent back with a reason, verified, closed). Append-only. */
export const taskEvents = pgTable(
  "task_events",
  {
    tenantId: text("tenant_id").notNull(),
    id: text("id").notNull(),
    taskId: text("task_id").notNull(),
    type: text("type").notNull(),
    at: timestamptz("at").notNull(),
    actorType: text("actor_type").notNull(),
    actorId: text("actor_id"),
    actorName: text("actor_name"),
    status: text("status").$type<TaskStatus>().notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    primaryKey({ name: "task_events_pkey", columns: [t.tenantId, t.id] }),
    foreignKey({
      name: "task_events_task_fk",
      columns: [t.tenantId, t.taskId],
      foreignColumns: [tasks.tenantId, tasks.id],
    }),
    index("task_events_task_idx").on(t.tenantId, t.taskId, t.at),
    tenantIsolation("task_events"),
  ],
).enableRLS();
