import type { DepartmentKind } from "@propgov/core";
import { sql } from "drizzle-orm";
import { pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, timestamptz, updatedAt } from "./columns.js";
import { tenantIsolation } from "./rls.js";
import { tenants } from "./tenants.js";

/** A member of the "8+N" roster: core departments and utilities, summoned by whistles. */
export const departments = pgTable(
  "departments",
  {
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    code: text("code").notNull(),
    nameZh: text("name_zh").notNull(),
    nameEn: text("name_en").notNull(),
    kind: text("kind").$type<DepartmentKind>().notNull(),
    contactName: text("contact_name"),
    contactPhone: text("contact_phone"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    archivedAt: timestamptz("archived_at"),
  },
  (t) => [
    primaryKey({ name: "departments_pkey", columns: [t.tenantId, t.id] }),
    uniqueIndex("departments_code_key").on(t.tenantId, t.code).where(sql`archived_at is null`),
    tenantIsolation("departments"),
  ],
).enableRLS();
