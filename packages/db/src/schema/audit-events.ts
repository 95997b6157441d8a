import { index, jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { timestamptz } from "./columns.js";
import { tenantIsolation } from "./rls.js";
import { tenants } from "./tenants.js";

export type ActorType = "user" | "apiKey" | "platformUser" | "system";

/**
 * Who did what, when, with the state before and after. Append-only: the application role may
 * only INSERT and SELECT, and a trigger refuses UPDATE and DELETE for everyone.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id),
    id: text("id").notNull(),
    at: timestamptz("at").notNull().defaultNow(),
    actorType: text("actor_type").$type<ActorType>().notNull(),
    actorId: text("actor_id"),
    action: text("action").notNull(),
    targetType: text("target_type").notNull(),
    targetId: text("target_id"),
    before: jsonb("before"),
    after: jsonb("after"),
    requestId: text("request_id"),
  },
  (t) => [
    primaryKey({ name: "audit_events_pkey", columns: [t.tenantId, t.id] }),
    index("audit_events_target_idx").on(t.tenantId, t.targetType, t.targetId),
    index("audit_events_at_idx").on(t.tenantId, t.at),
    tenantIsolation("audit_events"),
  ],
).enableRLS();
