import { index, jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { timestamptz } from "./columns.js";
import { tenantIsolation } from "./rls.js";
import { tenants } from "./tenants.js";

/**
 * What the scheduler has announced: one row per reminder (a deadline coming), overdue notice and
 * escalation step, keyed by the deadline it is about. Inserting the row is what makes the notice
 * go out (with its outbox event, in the same transaction), so a second pass, a second process or
 * a restart never announces the same thing twice; a deadline that moves (an extension) is a new
 * key and gets its own reminder. Append-only: it is also the record of who was told when.
 */
export const scheduledNotices = pgTable(
  "scheduled_notices",
  {
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    /** `case` or `task`. */
    subjectType: text("subject_type").notNull(),
    subjectId: text("subject_id").notNull(),
    /** The deadline: `firstContact`, `acknowledge`, `checkIn`, `resolution`, `task`. */
    deadline: text("deadline").notNull(),
    /** For a department's check-in or a unit's acknowledgement: whose; '' for the case's own. */
    unitId: text("unit_id").notNull().default(""),
    dueAt: timestamptz("due_at").notNull(),
    /** `dueSoon`, `overdue`, or `escalated:<level>` (township, county). */
    notice: text("notice").notNull(),
    sentAt: timestamptz("sent_at").notNull(),
    /** The outbox message that carried it. */
    messageId: text("message_id").notNull(),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    primaryKey({
      name: "scheduled_notices_pkey",
      columns: [t.tenantId, t.subjectType, t.subjectId, t.deadline, t.unitId, t.dueAt, t.notice],
    }),
    index("scheduled_notices_sent_idx").on(t.tenantId, t.sentAt),
    tenantIsolation("scheduled_notices"),
  ],
).enableRLS();
