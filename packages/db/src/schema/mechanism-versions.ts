import type { MechanismInput } from "@propgov/core";
import { integer, jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { createdAt } from "./columns.js";
import { tenantIsolation } from "./rls.js";
import { tenants } from "./tenants.js";

/**
 * The tenant's mechanism document ("3338"-style configuration), one row per version. Version 1
 * is written with the tenant; every change appends the next version. Append-only: the
 * application role may only INSERT and SELECT, and a trigger refuses UPDATE and DELETE.
 */
export const mechanismVersions = pgTable(
  "mechanism_versions",
  {
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id),
    version: integer("version").notNull(),
    /**
     * The validated document, written as core's `Mechanism` (defaults filled in). Typed as what
     * core's `mechanismSchema` accepts: a version written before a part with defaults existed
     * (work orders, the schedule) lacks it, so readers parse it with `mechanismSchema`.
     */
    document: jsonb("document").$type<MechanismInput>().notNull(),
    createdAt: createdAt(),
    /** Who wrote it: a user, an API key or a platform user id; null for the system. */
    createdBy: text("created_by"),
  },
  (t) => [
    primaryKey({ name: "mechanism_versions_pkey", columns: [t.tenantId, t.version] }),
    tenantIsolation("mechanism_versions"),
  ],
).enableRLS();
