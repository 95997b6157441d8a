import { sql } from "drizzle-orm";
import { boolean, integer, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, timestamptz, updatedAt } from "./columns.js";
import { tenantIsolation } from "./rls.js";
import { tenants } from "./tenants.js";

/** 物业服务企业, identified by its unified social credit code (unique per tenant). */
export const companies = pgTable(
  "companies",
  {
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    name: text("name").notNull(),
    uscc: text("uscc").notNull(),
    legalRepresentative: text("legal_representative").notNull(),
    phone: text("phone").notNull(),
    local: boolean("local").notNull().default(true),
    partyMembers: integer("party_members").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    archivedAt: timestamptz("archived_at"),
  },
  (t) => [
    primaryKey({ name: "companies_pkey", columns: [t.tenantId, t.id] }),
    uniqueIndex("companies_uscc_key").on(t.tenantId, t.uscc).where(sql`archived_at is null`),
    tenantIsolation("companies"),
  ],
).enableRLS();
